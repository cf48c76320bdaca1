package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/**
 * Step 6, 结案评价: the case is closed (销号) with the reporter's satisfaction (1 to 5) and the
 * command center's evaluation; it counts as on time only if it was never overdue.
 */
final class Closing implements Step<Close, StepContext> {

    @Override
    public void decide(Close command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Case c = ctx.current();
        if (command.satisfaction() == null) {
            checks.fail("satisfaction", "must not be null; leave it out instead");
        } else if (command.satisfaction().isPresent()) {
            int satisfaction = command.satisfaction().get();
            if (satisfaction < 1 || satisfaction > 5) {
                checks.fail("satisfaction", "must be 1 (very unsatisfied) to 5 (very satisfied), was " + satisfaction);
            }
        }
        checks.optionalText("feedback", command.feedback(), InputLimits.NOTE);
        checks.optionalText("evaluation", command.evaluation(), InputLimits.NOTE);
        boolean onTime = !c.everOverdue() && !c.isOverdueAt(ctx.now());
        ctx.add(new CaseClosed(
                onTime,
                c.reworkCount(),
                StepContext.orEmpty(command.satisfaction()),
                StepContext.orEmpty(command.feedback()),
                StepContext.orEmpty(command.evaluation())));
        ctx.notify(
                NotificationKind.CASE_CLOSED,
                Optional.empty(),
                Optional.of(c.reporterId()),
                StepContext.abbreviate(c.description()));
    }
}
