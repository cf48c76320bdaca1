package org.gridsafe.casework;

import org.gridsafe.lifecycle.Step;

/**
 * 停产停业: a dispatched major hazard's production stops while it is rectified; the running
 * rectification deadline (its plan's due date) is kept, and the department and handler are told.
 */
final class StoppingProduction implements Step<StopProduction, StepContext> {

    @Override
    public void decide(StopProduction command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Case c = ctx.current();
        checks.required("scope", command.scope());
        checks.text("reason", command.reason(), InputLimits.REASON);
        if (!checks.ok()) {
            return;
        }
        ctx.add(new ProductionStopped(command.scope(), command.evacuated(), command.reason()));
        ctx.notify(NotificationKind.PRODUCTION_STOPPED, c.department(), c.handlerId(), command.reason());
    }
}
