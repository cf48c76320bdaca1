package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/** 不同意延期: the waiting request is refused with a reason; the deadline stays. */
final class DenyingExtension implements Step<DenyExtension, StepContext> {

    @Override
    public void decide(DenyExtension command, StepContext ctx) {
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        Case c = ctx.current();
        ExtensionRequest pending = c.pendingExtension().orElseThrow();
        ctx.add(new ExtensionDenied(command.reason()));
        ctx.notify(
                NotificationKind.EXTENSION_DECIDED,
                c.department(),
                Optional.of(pending.requestedBy()),
                command.reason());
    }
}
