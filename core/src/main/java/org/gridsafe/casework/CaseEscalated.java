package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;

/**
 * 督办: the current step is overdue and the case was pushed one rung up the chain.
 *
 * @param step the state whose deadline passed
 * @param rung the rung reached
 * @param grid the grid whose chain (or, at the top rung, whose command center) was reached
 * @param recipient the person reached, when the rung is a person and the grid names one
 */
public record CaseEscalated(CaseState step, EscalationRung rung, GridCode grid, Optional<ResponsiblePerson> recipient)
        implements CaseEvent {}
