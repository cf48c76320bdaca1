package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.Responsibility;

/**
 * Step 3, 派遣交办: the case was handed to the department responsible for it, with a deadline.
 *
 * @param department the responsible department (from the duty matrix, or chosen with a reason)
 * @param handlerId the person or enterprise who will do the work, if named
 * @param overrideReason why the duty matrix was overridden, if it was
 * @param plan the treatment plan; present for every major hazard
 * @param listedSupervision the upper-level supervision; present for every major hazard
 * @param rectifyDeadline when rectification is due
 * @param responsible who held the rungs of the case's grid's chain when it was dispatched (added
 *     later: empty in older logs); the assignee is {@code department} and {@code handlerId}
 */
public record CaseDispatched(
        DepartmentId department,
        Optional<String> handlerId,
        Optional<String> overrideReason,
        Optional<RectificationPlan> plan,
        Optional<ListedSupervision> listedSupervision,
        Instant rectifyDeadline,
        @AddedComponent List<Responsibility> responsible)
        implements CaseEvent {

    public CaseDispatched {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** A dispatch that records nobody responsible (the shape before responsibility was recorded). */
    public CaseDispatched(
            DepartmentId department,
            Optional<String> handlerId,
            Optional<String> overrideReason,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision,
            Instant rectifyDeadline) {
        this(department, handlerId, overrideReason, plan, listedSupervision, rectifyDeadline, List.of());
    }
}
