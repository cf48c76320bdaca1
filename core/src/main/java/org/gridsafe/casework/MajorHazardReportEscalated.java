package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;

/**
 * 督办 of a report a major hazard owes: its deadline passed while it was outstanding, and the duty
 * was pushed one rung up the responsibility chain. The state and the step's own rung stay.
 *
 * @param kind which report is overdue
 * @param dueAt the deadline it missed
 * @param rung the rung reached
 * @param grid the grid whose chain (or, at the top rung, whose command center) was reached
 * @param recipient the person reached (a vacant rung climbs the chain and the parent grids)
 */
public record MajorHazardReportEscalated(
        MajorHazardReportKind kind, Instant dueAt, EscalationRung rung, GridCode grid, ResponsiblePerson recipient)
        implements CaseEvent {

    public MajorHazardReportEscalated {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(rung, "rung");
        Objects.requireNonNull(grid, "grid");
        // Every escalation reaches a person; one without a recipient is refused, never recorded.
        Objects.requireNonNull(recipient, "recipient");
    }
}
