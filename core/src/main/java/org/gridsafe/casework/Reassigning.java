package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.lifecycle.Step;

/**
 * 改派 during step 4: the command center moves the case to another department with the reason,
 * which is the recorded override of the duty matrix. The new department gets a full
 * rectification time limit from now; the escalation rung the case reached stays (the step is
 * still late if it was), and a pending extension request lapses.
 */
final class Reassigning implements Step<Reassign, StepContext> {

    @Override
    public void decide(Reassign command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Case c = ctx.current();
        checks.text("reason", command.reason(), InputLimits.REASON);
        checks.optionalText("handlerId", command.handlerId(), InputLimits.ID);
        if (checks.required("department", command.department())) {
            Optional<Department> chosen = ctx.rules().duties().department(command.department());
            if (chosen.isEmpty()) {
                checks.fail("department", "no department with id " + command.department());
            } else if (c.department().equals(Optional.of(command.department()))) {
                checks.fail("department", "the case is already with " + command.department());
            }
        }
        ctx.add(new CaseReassigned(
                c.department().orElseThrow(),
                command.department(),
                command.handlerId(),
                command.reason(),
                ctx.deadline(CaseState.DISPATCHED, c.grade()),
                Accountability.of(ctx.rules().grids(), c.grid())));
        ctx.notify(
                NotificationKind.CASE_DISPATCHED,
                Optional.ofNullable(command.department()),
                command.handlerId(),
                StepContext.abbreviate(c.description()));
    }
}
