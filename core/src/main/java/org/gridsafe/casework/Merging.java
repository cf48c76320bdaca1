package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.Step;

/**
 * Step 2, 合并: a duplicate report is merged into another case, which must exist, be open, not be
 * the case itself, and be one the actor may merge into as well.
 */
final class Merging implements Step<Merge, StepContext> {

    @Override
    public void decide(Merge command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Case c = ctx.current();
        checks.text("reason", command.reason(), InputLimits.REASON);
        if (!checks.required("into", command.into())) {
            return;
        }
        if (command.into().equals(c.id())) {
            checks.fail("into", "a case cannot be merged into itself");
            return;
        }
        Optional<Case> target = ctx.find(command.into());
        if (target.isEmpty()) {
            checks.fail("into", "case " + command.into() + " does not exist");
        } else if (!target.get().state().isOpen()) {
            checks.fail(
                    "into",
                    "case " + command.into() + " is " + target.get().state().enName()
                            + "; a duplicate can only be merged into an open case");
        } else {
            AccessDecision onTarget = ctx.rules()
                    .access()
                    .decide(ctx.actor(), Action.MERGE, target.get().facts());
            if (!onTarget.allowed()) {
                checks.fail(
                        "into",
                        "case " + command.into() + " is outside what " + ctx.actor() + " may merge into ("
                                + onTarget.rule() + ")");
            }
        }
        ctx.add(new CaseMerged(command.into(), command.reason()));
    }
}
