package org.gridsafe.casework;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gridsafe.lifecycle.Step;

/** 申请延期 during step 4: a later rectification deadline is asked for, with a reason. */
final class RequestingExtension implements Step<RequestExtension, StepContext> {

    @Override
    public void decide(RequestExtension command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        checks.text("reason", command.reason(), InputLimits.REASON);
        if (checks.required("requestedDeadline", command.requestedDeadline())) {
            Instant current = ctx.current().deadline().orElseThrow();
            if (!command.requestedDeadline().isAfter(current)) {
                checks.fail(
                        "requestedDeadline",
                        "must be after the current deadline " + current + "; an extension moves it later");
            } else if (!command.requestedDeadline().isAfter(ctx.now())) {
                checks.fail("requestedDeadline", "must be in the future");
            }
        }
        // Stored at millisecond precision, like every other instant of the log (see Casework#now):
        // a store that keeps microseconds would otherwise hand back an event whose hash no longer verifies.
        Instant requested = command.requestedDeadline() == null
                ? null
                : command.requestedDeadline().truncatedTo(ChronoUnit.MILLIS);
        ctx.add(new ExtensionRequested(requested, command.reason()));
    }
}
