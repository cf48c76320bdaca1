package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.grid.ResponsiblePerson;

/**
 * 督办: the current step is overdue and the case was pushed one rung up the chain.
 *
 * @param step the state whose deadline passed
 * @param rung the rung reached
 * @param grid the grid whose chain (or, at the top rung, whose command center) was reached
 * @param recipient the person reached, when the rung is a person and the grid names one
 * @param responsible the rung holder notified, with the grid and rung they hold it in (a vacant
 *     rung climbs, so this may be a higher rung or a parent grid's) as of the escalation (added
 *     later: empty in older logs)
 */
public record CaseEscalated(
        CaseState step,
        EscalationRung rung,
        GridCode grid,
        Optional<ResponsiblePerson> recipient,
        @AddedComponent List<Responsibility> responsible)
        implements CaseEvent {

    public CaseEscalated {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** An escalation that records only its recipient (the shape before responsibility was recorded). */
    public CaseEscalated(CaseState step, EscalationRung rung, GridCode grid, Optional<ResponsiblePerson> recipient) {
        this(step, rung, grid, recipient, List.of());
    }
}
