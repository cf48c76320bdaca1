package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/**
 * 回退 during step 4: the case's department hands it back with the reason. The case goes back to
 * REGISTERED with a fresh dispatch deadline, so the time until it is dispatched again is the
 * command center's; a pending extension request lapses with it.
 */
final class Returning implements Step<ReturnCase, StepContext> {

    @Override
    public void decide(ReturnCase command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        ctx.add(new CaseReturned(
                c.department().orElseThrow(), command.reason(), ctx.deadline(CaseState.REGISTERED, c.grade())));
        ctx.notify(NotificationKind.CASE_RETURNED, c.department(), Optional.empty(), command.reason());
    }
}
