package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/**
 * 变更重大事故隐患判定依据: an open case gets a major-hazard criterion, or another one, and is MAJOR.
 * The current step's deadline is kept (the project's own choice: the link changes what the case
 * is, not the clock already running; later steps use the major limits).
 */
final class ChangingMajorHazardCriterion implements Step<ChangeMajorHazardCriterion, StepContext> {

    @Override
    public void decide(ChangeMajorHazardCriterion command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        if (ctx.checks().required("criterion", command.criterion())) {
            ctx.checkMajorHazardCriterion("criterion", command.criterion());
        }
        if (!ctx.checks().ok()) {
            return;
        }
        if (c.majorHazardCriterion().filter(command.criterion()::equals).isPresent()) {
            ctx.checks()
                    .fail(
                            "criterion",
                            "the case is already linked to " + command.criterion()
                                    + "; give another criterion, or downgrade it (DowngradeMajorHazard) to remove the link");
            return;
        }
        ctx.add(new MajorHazardCriterionChanged(command.criterion(), c.majorHazardCriterion(), command.reason()));
        // A case that becomes major after its dispatch owes the reports from now.
        if (c.dispatchedAt().isPresent()) {
            ctx.reportsDueIfNone();
        }
    }
}
