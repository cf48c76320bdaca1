package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;

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
        @AddedComponent Optional<TreatmentPlan> treatmentPlan)
        implements CaseEvent {

    public CaseDispatched {
        treatmentPlan = treatmentPlan == null ? Optional.empty() : treatmentPlan;
    }

    /** A dispatch without the treatment plan's elements (general hazards, older logs). */
    public CaseDispatched(
            DepartmentId department,
            Optional<String> handlerId,
            Optional<String> overrideReason,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision,
            Instant rectifyDeadline) {
        this(department, handlerId, overrideReason, plan, listedSupervision, rectifyDeadline, Optional.empty());
    }
}
