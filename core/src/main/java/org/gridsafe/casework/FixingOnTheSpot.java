package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.lifecycle.Step;

/**
 * 立查立改: a general hazard the grid staff fixed on the spot, recorded as all six steps at once
 * (reported, registered, dispatched to the routed department with the reporter as handler,
 * rectified with the evidence, verified, closed on time), so statistics count it honestly. A major
 * hazard cannot take this path: it needs a treatment plan and listed supervision.
 */
final class FixingOnTheSpot implements Step<ReportFixedOnSpot, StepContext> {

    @Override
    public void decide(ReportFixedOnSpot command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        if (!checks.required("report", command.report())) {
            return;
        }
        Report report = command.report();
        Optional<Reporting.ReportedCase> reported = Reporting.check(report, "report.", ctx);
        if (report.grade() == HazardGrade.MAJOR) {
            checks.fail(
                    "report.grade",
                    "a major hazard cannot be fixed on the spot: it needs a treatment plan and listed supervision");
        }
        if (report.majorHazardCriterion().isPresent()) {
            checks.fail(
                    "report.majorHazardCriterion",
                    "a case linked to a major-hazard criterion is MAJOR and cannot be fixed on the spot");
        }
        checks.text("evidence", command.evidence(), InputLimits.DESCRIPTION);
        checks.attachments("evidenceAttachments", command.evidenceAttachments());
        Optional<Department> department = Optional.empty();
        if (checks.ok() && reported.isPresent()) {
            Reporting.ReportedCase r = reported.get();
            department = ctx.rules()
                    .duties()
                    .route(r.domain(), r.hazard(), r.grade(), r.grid().level());
            if (department.isEmpty()) {
                checks.fail("report.hazard", StepContext.noDutyRule(r.domain(), r.hazard(), r.grade(), r.grid()));
            }
        }
        if (!checks.ok() || reported.isEmpty() || department.isEmpty()) {
            return;
        }
        Reporting.ReportedCase r = reported.get();
        if (!ctx.permitted(r.facts(ctx.actor()))) {
            return;
        }
        HazardGrade grade = r.grade();
        CaseReported reportedEvent = r.event(ctx.deadline(CaseState.REPORTED, grade));
        ctx.add(reportedEvent);
        List<Responsibility> responsible = Accountability.of(ctx.rules().grids(), reportedEvent.grid());
        ctx.add(new CaseRegistered(
                r.domain(),
                r.hazard(),
                grade,
                Optional.of("立查立改"),
                ctx.deadline(CaseState.REGISTERED, grade),
                Optional.empty(),
                Optional.empty(),
                responsible));
        ctx.add(new CaseDispatched(
                department.get().id(),
                Optional.of(ctx.actor().id()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ctx.deadline(CaseState.DISPATCHED, grade),
                responsible));
        ctx.add(new RectificationSubmitted(
                command.evidence(),
                command.evidenceAttachments(),
                ctx.deadline(CaseState.RECTIFIED, grade),
                command.evidenceMedia()));
        ctx.add(new VerificationPassed(Optional.of("立查立改，现场核查"), ctx.deadline(CaseState.VERIFIED, grade)));
        ctx.add(new CaseClosed(true, 0, Optional.empty(), Optional.empty(), Optional.of("立查立改 fixed on the spot")));
    }
}
