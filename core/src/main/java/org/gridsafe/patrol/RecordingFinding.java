package org.gridsafe.patrol;

import org.gridsafe.lifecycle.Step;

/** Links a pending finding to the case it became; a finding gets one case, once. */
final class RecordingFinding implements Step<PatrolCommand.RecordFinding, PatrolStepContext> {

    @Override
    public void decide(PatrolCommand.RecordFinding c, PatrolStepContext ctx) {
        Finding finding = ctx.occurrence().findings().stream()
                .filter(f -> f.report().item().equals(c.item()))
                .findFirst()
                .orElse(null);
        if (finding == null) {
            ctx.problem("item", c.item() + " is not a finding of this occurrence");
        } else if (!finding.pending()) {
            ctx.problem("item", c.item() + " became case " + finding.caseId().get() + " already");
        } else {
            ctx.emit(new PatrolEvent.FindingReported(c.item(), c.caseId()));
        }
    }
}
