package org.gridsafe.patrol;

import org.gridsafe.lifecycle.Step;

/** A run marks the occurrence missed once its window has closed, and not before. */
final class MarkingMissed implements Step<PatrolCommand.MarkMissed, PatrolStepContext> {

    @Override
    public void decide(PatrolCommand.MarkMissed c, PatrolStepContext ctx) {
        PatrolOccurrence o = ctx.occurrence();
        if (c.now().isBefore(o.scheduled().windowEnd())) {
            ctx.problem(
                    "now",
                    "the window of " + o.id() + " is open until "
                            + o.scheduled().windowEnd());
            return;
        }
        ctx.emit(new PatrolEvent.Missed(o.scheduled().windowEnd()));
    }
}
