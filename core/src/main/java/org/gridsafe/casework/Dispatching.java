package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.grid.Grid;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.lifecycle.Step;

/**
 * Step 3, 派遣交办: the case goes to the department the duty matrix routes it to, or to one named
 * with a reason for overriding the matrix. A major hazard needs a treatment plan with the five
 * fixed (五落实) and listed supervision (挂牌督办).
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
        if (c.grade() == HazardGrade.MAJOR) {
            checkPlan(command, checks);
        }
        if (department == null) {
            return;
        }
        ctx.add(new CaseDispatched(
                department.id(),
                StepContext.orEmpty(command.handlerId()),
                StepContext.orEmpty(command.overrideReason()),
                StepContext.orEmpty(command.plan()),
                StepContext.orEmpty(command.listedSupervision()),
                ctx.deadline(CaseState.DISPATCHED, c.grade()),
                Accountability.of(rules.grids(), c.grid())));
        ctx.notify(
                NotificationKind.CASE_DISPATCHED,
                Optional.of(department.id()),
                StepContext.orEmpty(command.handlerId()),
                StepContext.abbreviate(c.description()));
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
    }
}
