package org.gridsafe.casework;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.duty.DepartmentId;

/**
 * Step 3, 派遣交办: hand the case to the responsible department with a deadline.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param department a department chosen by hand, or empty to route by the duty matrix
 * @param overrideReason why the duty matrix is overridden; required when it is
 * @param handlerId the person or enterprise who will do the work
 * @param plan the treatment plan; required for a major hazard
 * @param listedSupervision the upper-level supervision; required for a major hazard
 */
public record Dispatch(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<DepartmentId> department,
        Optional<String> overrideReason,
        Optional<String> handlerId,
        Optional<RectificationPlan> plan,
        Optional<ListedSupervision> listedSupervision)
        implements ExistingCaseCommand {

    public Dispatch {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.DISPATCH;
    }
}
