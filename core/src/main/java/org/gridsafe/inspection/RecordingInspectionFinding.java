package org.gridsafe.inspection;

import org.gridsafe.lifecycle.Step;

/** Recording the case a finding became: the item must be a finding still waiting for its case. */
final class RecordingInspectionFinding implements Step<InspectionCommand.RecordFinding, InspectionStepContext> {

    @Override
    public void decide(InspectionCommand.RecordFinding command, InspectionStepContext ctx) {
        boolean pending = ctx.inspection().pendingFindings().stream()
                .anyMatch(f -> f.item().equals(command.item()));
        if (!pending) {
            ctx.problem("item", command.item() + " is not a finding waiting for its case");
            return;
        }
        ctx.emit(new InspectionEvent.FindingReported(command.item(), command.caseId()));
    }
}
