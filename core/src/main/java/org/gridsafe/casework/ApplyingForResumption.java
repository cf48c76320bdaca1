package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/**
 * 恢复生产申请: the rectification under stopped production is reported done; the department's
 * review is due within {@link MajorHazardRules#resumptionReview()} (calendar time).
 */
final class ApplyingForResumption implements Step<ApplyForResumption, StepContext> {

    @Override
    public void decide(ApplyForResumption command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("summary", command.summary(), InputLimits.DESCRIPTION);
        if (!ctx.checks().ok()) {
            return;
        }
        ctx.add(new ResumptionApplied(
                command.summary(), ctx.now().plus(ctx.rules().majorHazards().resumptionReview())));
        ctx.notify(
                NotificationKind.RESUMPTION_APPLIED,
                c.department(),
                java.util.Optional.empty(),
                StepContext.abbreviate(command.summary()));
    }
}
