package org.gridsafe.patrol;

import org.gridsafe.lifecycle.Step;

/** 免巡 needs a reason. */
final class SkippingPatrol implements Step<PatrolCommand.Skip, PatrolStepContext> {

    static final int MAX_REASON = 500;

    @Override
    public void decide(PatrolCommand.Skip c, PatrolStepContext ctx) {
        ctx.text(c.reason(), "reason", MAX_REASON);
        if (ctx.ok()) {
            ctx.emit(new PatrolEvent.Skipped(c.reason()));
        }
    }
}
