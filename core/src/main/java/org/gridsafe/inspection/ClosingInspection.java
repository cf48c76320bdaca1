package org.gridsafe.inspection;

import org.gridsafe.lifecycle.Step;

/** Closing an inspection: a conclusion of 1-1000 characters (every finding has its case: the row's guard). */
final class ClosingInspection implements Step<InspectionCommand.Close, InspectionStepContext> {

    @Override
    public void decide(InspectionCommand.Close command, InspectionStepContext ctx) {
        ctx.text(command.conclusion(), "conclusion", 1000);
        if (ctx.ok()) {
            ctx.emit(new InspectionEvent.Closed(command.conclusion()));
        }
    }
}
