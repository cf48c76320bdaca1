package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/** 同意延期: the waiting request's deadline becomes the rectification deadline. */
final class ApprovingExtension implements Step<ApproveExtension, StepContext> {

    @Override
    public void decide(ApproveExtension command, StepContext ctx) {
        ctx.checks().optionalText("note", command.note(), InputLimits.NOTE);
        Case c = ctx.current();
        ExtensionRequest pending = c.pendingExtension().orElseThrow();
        ctx.add(new ExtensionApproved(pending.requestedDeadline(), command.note()));
        ctx.notify(NotificationKind.EXTENSION_DECIDED, c.department(), Optional.of(pending.requestedBy()), null);
    }
}
