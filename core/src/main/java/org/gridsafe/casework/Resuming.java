package org.gridsafe.casework;

import org.gridsafe.access.ActorRole;
import org.gridsafe.lifecycle.Step;

/**
 * The end of a suspension: the case is DISPATCHED again with its department, and a full
 * rectification time limit starts now (the time it waited does not count against anyone).
 */
final class Resuming implements Step<Resume, StepContext> {

    @Override
    public void decide(Resume command, StepContext ctx) {
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        Case c = ctx.current();
        boolean reviewDateReached = ctx.actor().has(ActorRole.SYSTEM)
                && c.suspension().map(s -> !ctx.now().isBefore(s.reviewAt())).orElse(false);
        ctx.add(new CaseResumed(command.reason(), reviewDateReached, ctx.deadline(CaseState.DISPATCHED, c.grade())));
        ctx.notify(NotificationKind.CASE_RESUMED, c.department(), c.handlerId(), command.reason());
    }
}
