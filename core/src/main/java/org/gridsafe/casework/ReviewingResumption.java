package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/**
 * 恢复生产审查: passed writes the major hazard off (核销) and the case waits to be closed; failed
 * keeps production stopped with a full rectification time limit from now, counted as rework.
 */
final class ReviewingResumption implements Step<ReviewResumption, StepContext> {

    @Override
    public void decide(ReviewResumption command, StepContext ctx) {
        Case c = ctx.current();
        FieldChecks checks = ctx.checks();
        if (command.passed()) {
            if (command.remarks() != null) {
                checks.text("remarks", command.remarks(), InputLimits.REASON);
            }
            if (!checks.ok()) {
                return;
            }
            String remarks = command.remarks() == null ? "" : command.remarks();
            ctx.add(new ResumptionApproved(remarks, ctx.deadline(CaseState.VERIFIED, c.grade())));
            ctx.notify(
                    NotificationKind.RESUMPTION_REVIEWED,
                    c.department(),
                    c.handlerId(),
                    remarks.isEmpty() ? "核销，同意恢复生产" : remarks);
            return;
        }
        if (command.remarks() == null) {
            checks.fail("remarks", "say what is still wrong when the resumption is not approved");
            return;
        }
        checks.text("remarks", command.remarks(), InputLimits.REASON);
        if (!checks.ok()) {
            return;
        }
        ctx.add(new ResumptionRefused(command.remarks(), ctx.deadline(CaseState.PRODUCTION_STOPPED, c.grade())));
        ctx.notify(NotificationKind.RESUMPTION_REVIEWED, c.department(), c.handlerId(), command.remarks());
    }
}
