package org.gridsafe.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.grid.Grid;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.lifecycle.Step;

/**
 * Step 3, 派遣交办: the case goes to the department the duty matrix routes it to, or to one named
 * with a reason for overriding the matrix. A major hazard needs a treatment plan with the five
 * fixed (五落实), listed supervision (挂牌督办) and the treatment plan's elements (令第16号); its
 * rectification is due at the end of the plan's due date, and its reports fall due
 * ({@link MajorHazardReportsDue}).
 */
final class Dispatching implements Step<Dispatch, StepContext> {

    @Override
    public void decide(Dispatch command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        CaseRules rules = ctx.rules();
        Case c = ctx.current();
        Optional<Grid> grid = rules.grids().find(c.grid());
        Optional<Department> routed =
                grid.flatMap(g -> rules.duties().route(c.domain(), c.hazard(), c.grade(), g.level()));
        checks.optionalText("overrideReason", command.overrideReason(), InputLimits.REASON);
        checks.optionalText("handlerId", command.handlerId(), InputLimits.ID);
        Department department = null;
        if (command.department() != null && command.department().isPresent()) {
            Optional<Department> chosen =
                    rules.duties().department(command.department().get());
            if (chosen.isEmpty()) {
                checks.fail(
                        "department",
                        "no department with id " + command.department().get());
            } else {
                department = chosen.get();
                boolean overridesMatrix =
                        routed.map(d -> !d.id().equals(chosen.get().id())).orElse(true);
                if (overridesMatrix
                        && (command.overrideReason() == null
                                || command.overrideReason().isEmpty())) {
                    checks.fail(
                            "overrideReason",
                            "the duty matrix routes this case to "
                                    + routed.map(d -> d.id().toString()).orElse("no department")
                                    + "; say why it goes to " + chosen.get().id() + " instead");
                }
            }
        } else if (routed.isPresent()) {
            department = routed.get();
        } else {
            checks.fail(
                    "department",
                    StepContext.noDutyRule(c.domain(), c.hazard(), c.grade(), grid.orElse(null))
                            + "; name a department and a reason");
        }
        boolean major = c.grade() == HazardGrade.MAJOR;
        Instant deadline = null;
        if (major) {
            checkPlan(command, checks);
            deadline = planDeadline(command, ctx);
        }
        if (department == null || !checks.ok()) {
            return;
        }
        ctx.add(new CaseDispatched(
                department.id(),
                StepContext.orEmpty(command.handlerId()),
                StepContext.orEmpty(command.overrideReason()),
                StepContext.orEmpty(command.plan()),
                StepContext.orEmpty(command.listedSupervision()),
                major ? deadline : ctx.deadline(CaseState.DISPATCHED, c.grade()),
                Accountability.of(rules.grids(), c.grid()),
                major ? StepContext.orEmpty(command.treatmentPlan()) : Optional.empty()));
        if (major) {
            ctx.reportsDueIfNone();
        }
        ctx.notify(
                NotificationKind.CASE_DISPATCHED,
                Optional.of(department.id()),
                StepContext.orEmpty(command.handlerId()),
                StepContext.abbreviate(c.description()));
    }

    /**
     * A major hazard's rectification is due at the end of its plan's due date in the district's
     * zone (the plan sets the deadline, not the flat time limit); a date before today is refused.
     */
    private static Instant planDeadline(Dispatch command, StepContext ctx) {
        if (command.plan() == null
                || command.plan().isEmpty()
                || command.plan().get().dueDate() == null) {
            return null;
        }
        ZoneId zone = ctx.rules().calendar().zone();
        LocalDate due = command.plan().get().dueDate();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        if (due.isBefore(today)) {
            ctx.checks().fail("plan.dueDate", "lies before today (" + today + "); the plan's due date is the deadline");
            return null;
        }
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static void checkPlan(Dispatch command, FieldChecks checks) {
        if (command.plan() == null || command.plan().isEmpty()) {
            checks.fail(
                    "plan",
                    "a major hazard needs a treatment plan with the five fixed: responsible person, measures, "
                            + "funds, due date and contingency plan");
        } else {
            RectificationPlan plan = command.plan().get();
            checks.text("plan.responsiblePerson", plan.responsiblePerson(), InputLimits.PLAN_FIELD);
            checks.text("plan.measures", plan.measures(), InputLimits.PLAN_FIELD);
            checks.text("plan.funds", plan.funds(), InputLimits.PLAN_FIELD);
            checks.required("plan.dueDate", plan.dueDate());
            checks.text("plan.contingencyPlan", plan.contingencyPlan(), InputLimits.PLAN_FIELD);
        }
        if (command.listedSupervision() == null || command.listedSupervision().isEmpty()) {
            checks.fail(
                    "listedSupervision",
                    "a major hazard is put under listed supervision (挂牌督办): name the authority and its notice");
        } else {
            ListedSupervision listed = command.listedSupervision().get();
            checks.text("listedSupervision.authority", listed.authority(), InputLimits.PLAN_FIELD);
            checks.text("listedSupervision.documentReference", listed.documentReference(), InputLimits.PLAN_FIELD);
        }
        // 令第16号's elements of the treatment plan, each refused on its own field when missing.
        if (command.treatmentPlan() == null || command.treatmentPlan().isEmpty()) {
            checks.fail(
                    "treatmentPlan",
                    "a major hazard's treatment plan states its objectives and tasks, methods and measures, funds "
                            + "and materials, organisation and personnel, time limit and requirements, and safety "
                            + "measures and contingency plan (令第16号)");
        } else {
            TreatmentPlan t = command.treatmentPlan().get();
            checks.text("treatmentPlan.objectivesAndTasks", t.objectivesAndTasks(), InputLimits.PLAN_FIELD);
            checks.text("treatmentPlan.methodsAndMeasures", t.methodsAndMeasures(), InputLimits.PLAN_FIELD);
            checks.text("treatmentPlan.fundsAndMaterials", t.fundsAndMaterials(), InputLimits.PLAN_FIELD);
            checks.text("treatmentPlan.organisationAndPersonnel", t.organisationAndPersonnel(), InputLimits.PLAN_FIELD);
            checks.text("treatmentPlan.timeLimitAndRequirements", t.timeLimitAndRequirements(), InputLimits.PLAN_FIELD);
            checks.text(
                    "treatmentPlan.safetyMeasuresAndContingencyPlan",
                    t.safetyMeasuresAndContingencyPlan(),
                    InputLimits.PLAN_FIELD);
        }
    }
}
