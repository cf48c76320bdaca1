package org.gridsafe.patrol;

import org.gridsafe.lifecycle.Step;

/** A run of a plan creates the occurrence: its window must be a real one and its checklist known. */
final class SchedulingPatrol implements Step<PatrolCommand.Schedule, PatrolStepContext> {

    @Override
    public void decide(PatrolCommand.Schedule command, PatrolStepContext context) {
        PatrolEvent.Scheduled s = command.scheduled();
        if (!s.windowEnd().isAfter(s.windowStart())) {
            context.problem("windowEnd", "must be after the window's start " + s.windowStart());
        }
        if (context.rules().checklists().find(s.checklist()).isEmpty()) {
            context.problem("checklist", "no checklist " + s.checklist() + " is known");
        }
        context.text(s.assignee(), "assignee", 64);
        if (context.ok()) {
            context.emit(s);
        }
    }
}
