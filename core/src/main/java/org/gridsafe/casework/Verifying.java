package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/**
 * Step 5, 核查验收: the rectification is accepted, or sent back for rework (返工) with what is
 * still wrong, which counts against the case's rework figure.
 */
final class Verifying implements Step<Verify, StepContext> {

    @Override
    public void decide(Verify command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().optionalText("remarks", command.remarks(), InputLimits.REASON);
        if (command.passed()) {
            ctx.add(new VerificationPassed(
                    StepContext.orEmpty(command.remarks()),
                    ctx.deadline(CaseState.VERIFIED, c.grade()),
                    command.media()));
            return;
        }
        if (command.remarks() == null || command.remarks().isEmpty()) {
            ctx.checks().fail("remarks", "say what is still wrong when a rectification is not accepted");
            return;
        }
        String reason = command.remarks().get();
        ctx.add(new VerificationFailed(reason, ctx.deadline(CaseState.DISPATCHED, c.grade()), command.media()));
        ctx.notify(NotificationKind.REWORK_REQUIRED, c.department(), c.handlerId(), reason);
    }
}
