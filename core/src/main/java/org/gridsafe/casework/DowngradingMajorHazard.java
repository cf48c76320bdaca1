package org.gridsafe.casework;

import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.lifecycle.Step;

/**
 * 重大事故隐患降级: an open MAJOR case becomes GENERAL with a reason, and loses its criterion link.
 * Its current deadline is kept (the project's own choice: a downgrade never buys time).
 */
final class DowngradingMajorHazard implements Step<DowngradeMajorHazard, StepContext> {

    @Override
    public void decide(DowngradeMajorHazard command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        if (c.grade() != HazardGrade.MAJOR) {
            ctx.checks().fail("grade", "the case is " + c.grade() + ", not MAJOR; there is nothing to downgrade");
        }
        if (!ctx.checks().ok()) {
            return;
        }
        ctx.add(new MajorHazardDowngraded(c.majorHazardCriterion(), command.reason()));
    }
}
