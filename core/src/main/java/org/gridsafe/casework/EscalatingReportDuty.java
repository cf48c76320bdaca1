package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.lifecycle.Step;

/**
 * 督办 of a major hazard's overdue reports: each outstanding report whose deadline lies before the
 * command's time climbs the ladder as far as {@link EscalationPolicy} says is due, counted from
 * the report's own deadline, one event (and one notification) per rung; a rung is never reached
 * twice for the same report. The recipient is found as for {@link Escalating}: a vacant rung goes
 * up the chain, then to the parent grids; the top rung to the parent command center. When nobody
 * holds any rung, the whole escalation is refused (field {@code grid}). Nothing due: no events.
 */
final class EscalatingReportDuty implements Step<EscalateReportDuty, StepContext> {

    @Override
    public void decide(EscalateReportDuty command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        CaseRules rules = ctx.rules();
        Case c = ctx.current();
        if (!checks.required("now", command.now())) {
            return;
        }
        if (command.now().isAfter(ctx.now())) {
            checks.fail(
                    "now", "cannot escalate as of " + command.now() + ", which is after the current time " + ctx.now());
            return;
        }
        for (MajorHazardReport report : c.majorHazardReports()) {
            if (report.filed()) {
                continue;
            }
            EscalationRung rung = report.rung();
            Optional<EscalationRung> next = rung.next();
            while (next.isPresent()
                    && command.now()
                            .isAfter(rules.escalation().rungDueAt(next.get(), report.dueAt(), rules.calendar()))) {
                rung = next.get();
                GridCode target = rung == EscalationRung.PARENT_COMMAND_CENTER
                        ? rules.commandCenters().above(c.grid())
                        : c.grid();
                Optional<Responsibility> reached = Escalating.recipient(rules.grids(), target, rung.role());
                if (reached.isEmpty()) {
                    checks.fail(
                            "grid",
                            "nobody holds a rung of the responsibility chain of grid " + target
                                    + " or of a grid above it, so escalating the overdue "
                                    + report.kind().enName() + " to " + rung + " would reach no one;"
                                    + " name a responsible person in the grid directory");
                    return;
                }
                GridCode grid = rung == EscalationRung.PARENT_COMMAND_CENTER
                        ? target
                        : reached.get().grid();
                ctx.add(new MajorHazardReportEscalated(
                        report.kind(), report.dueAt(), rung, grid, reached.get().person()));
                ctx.notifyReportEscalation(
                        grid, c.department(), reached.get().person().personId(), rung, report);
                next = rung.next();
            }
        }
    }
}
