package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.Responsibility;

/**
 * 改派: the command center moved a dispatched case to another department, overriding the duty
 * matrix, with the reason; the new department's rectification clock starts now.
 *
 * @param from the department that had it
 * @param to the department that has it now
 * @param handlerId who there will do the work, if named
 * @param reason why it was reassigned
 * @param rectifyDeadline when the new department's rectification is due
 * @param responsible who held the rungs of the case's grid's chain when it was reassigned (added
 *     later: empty in older logs)
 */
public record CaseReassigned(
        DepartmentId from,
        DepartmentId to,
        Optional<String> handlerId,
        String reason,
        Instant rectifyDeadline,
        @AddedComponent List<Responsibility> responsible)
        implements CaseEvent {

    public CaseReassigned {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** A reassignment that records nobody responsible (the shape before responsibility was recorded). */
    public CaseReassigned(
            DepartmentId from, DepartmentId to, Optional<String> handlerId, String reason, Instant rectifyDeadline) {
        this(from, to, handlerId, reason, rectifyDeadline, List.of());
    }
}
