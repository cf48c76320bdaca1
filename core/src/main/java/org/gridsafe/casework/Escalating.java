package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.lifecycle.Step;

/**
 * 督办, in any open state: overdue work climbs the ladder as far as {@link EscalationPolicy} says
 * is due at the command's time, one event (and one notification) per rung; the state stays.
 * Nothing due: no events.
 */
final class Escalating implements Step<Escalate, StepContext> {

    @Override
    public void decide(Escalate command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        CaseRules rules = ctx.rules();
        Case c = ctx.current();
        if (!checks.required("now", command.now())) {
            return;
        }
        if (command.now().isAfter(ctx.now())) {
            // Escalating "as of" a future time would mark work overdue before it is.
            checks.fail(
                    "now", "cannot escalate as of " + command.now() + ", which is after the current time " + ctx.now());
            return;
        }
        Instant deadline = c.deadline().orElseThrow();
        Optional<Grid> grid = rules.grids().find(c.grid());
        EscalationRung rung = c.escalationRung();
        Optional<EscalationRung> next = rung.next();
        while (next.isPresent()
                && command.now().isAfter(rules.escalation().rungDueAt(next.get(), deadline, rules.calendar()))) {
            rung = next.get();
            GridCode target = rung == EscalationRung.PARENT_COMMAND_CENTER
                    ? c.grid().parent().orElse(c.grid())
                    : c.grid();
            EscalationRung reached = rung;
            Optional<ResponsiblePerson> recipient = reached.role()
                    .flatMap(role -> grid.flatMap(g -> g.responsibilityChain().holder(role)));
            ctx.add(new CaseEscalated(c.state(), rung, target, recipient));
            ctx.notifyAt(
                    target,
                    NotificationKind.CASE_ESCALATED,
                    c.department(),
                    recipient.map(ResponsiblePerson::personId),
                    "督办（" + rung.zhName() + "）：" + c.state().zhName() + "环节已超期，期限 " + deadline);
            next = rung.next();
        }
    }
}
