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
 * @param rectifyDeadline when rectification is due: for a major hazard the end of its plan's due
 *     date (in the district's zone), otherwise the rectification time limit
 * @param responsible who held the rungs of the case's grid's chain when it was dispatched (added
 *     later: empty in older logs); the assignee is {@code department} and {@code handlerId}
 * @param treatmentPlan the elements of a major hazard's treatment plan (令第16号); present for every
 *     major hazard dispatched since they were required
 */
public record CaseDispatched(
        DepartmentId department,
        Optional<String> handlerId,
        Optional<String> overrideReason,
        Optional<RectificationPlan> plan,
        Optional<ListedSupervision> listedSupervision,
        Instant rectifyDeadline,
        @AddedComponent List<Responsibility> responsible,
        @AddedComponent Optional<TreatmentPlan> treatmentPlan)
        implements CaseEvent {

    public CaseDispatched {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        treatmentPlan = treatmentPlan == null ? Optional.empty() : treatmentPlan;
    }

    /** A dispatch that records nobody responsible, with a major hazard's treatment plan elements. */
    public CaseDispatched(
            DepartmentId department,
            Optional<String> handlerId,
            Optional<String> overrideReason,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision,
            Instant rectifyDeadline,
            Optional<TreatmentPlan> treatmentPlan) {
        this(department, handlerId, overrideReason, plan, listedSupervision, rectifyDeadline, List.of(), treatmentPlan);
    }

    /** A dispatch with the people responsible and no treatment plan elements. */
    public CaseDispatched(
            DepartmentId department,
            Optional<String> handlerId,
            Optional<String> overrideReason,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision,
            Instant rectifyDeadline,
            List<Responsibility> responsible) {
        this(
                department,
                handlerId,
                overrideReason,
                plan,
                listedSupervision,
                rectifyDeadline,
                responsible,
                Optional.empty());
    }

    /** A dispatch that records nobody responsible and no treatment plan elements (older logs). */
    public CaseDispatched(
            DepartmentId department,
            Optional<String> handlerId,
            Optional<String> overrideReason,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision,
            Instant rectifyDeadline) {
        this(
                department,
                handlerId,
                overrideReason,
                plan,
                listedSupervision,
                rectifyDeadline,
                List.of(),
                Optional.empty());
    }
}
