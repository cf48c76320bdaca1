package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/**
 * 重大事故隐患报告: one of the reports the case owes is filed, with its recipient and reference; a
 * report already filed, or one the case does not owe, is refused on the field {@code kind}.
 */
final class FilingMajorHazardReport implements Step<FileMajorHazardReport, StepContext> {

    @Override
    public void decide(FileMajorHazardReport command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Case c = ctx.current();
        checks.text("recipient", command.recipient(), InputLimits.REASON);
        checks.text("reference", command.reference(), InputLimits.REASON);
        if (!checks.required("kind", command.kind())) {
            return;
        }
        Optional<MajorHazardReport> owed = c.majorHazardReports().stream()
                .filter(r -> r.kind() == command.kind())
                .findFirst();
        if (owed.isEmpty()) {
            checks.fail(
                    "kind",
                    "case " + c.id() + " owes no " + command.kind().enName() + "; it owes "
                            + c.majorHazardReports().stream()
                                    .map(r -> r.kind().name())
                                    .toList());
            return;
        }
        if (owed.get().filed()) {
            checks.fail(
                    "kind",
                    "the " + command.kind().enName() + " was already filed at "
                            + owed.get().filedAt().get());
            return;
        }
        Instant due = owed.get().dueAt();
        ctx.add(new MajorHazardReportFiled(
                command.kind(),
                command.recipient(),
                command.reference(),
                due,
                !ctx.now().isAfter(due)));
    }
}
