package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/** Step 4, 整改处置: the department or enterprise reports the hazard rectified, with evidence. */
final class Rectifying implements Step<SubmitRectification, StepContext> {

    @Override
    public void decide(SubmitRectification command, StepContext ctx) {
        ctx.checks().text("evidence", command.evidence(), InputLimits.DESCRIPTION);
        ctx.checks().attachments("attachments", command.attachments());
        ctx.add(new RectificationSubmitted(
                command.evidence(),
                command.attachments(),
                ctx.deadline(CaseState.RECTIFIED, ctx.current().grade()),
                command.media()));
    }
}
