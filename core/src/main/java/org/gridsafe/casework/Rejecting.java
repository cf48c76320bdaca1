package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/** Step 2, 不予立案: the report is not taken up; the reporter is told why. */
final class Rejecting implements Step<Reject, StepContext> {

    @Override
    public void decide(Reject command, StepContext ctx) {
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        ctx.add(new CaseRejected(command.reason()));
        ctx.notify(
                NotificationKind.CASE_REJECTED,
                Optional.empty(),
                Optional.of(ctx.current().reporterId()),
                command.reason());
    }
}
