package org.gridsafe.selfcheck;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.lifecycle.Step;

/**
 * The answers against the plan's checklist version (as a patrol's: an answer for an item not in the
 * template is a field error), and exactly one self-report per failed item that passes
 * {@link SelfReportQuality} with a domain, grade and a hazard code from the catalog.
 */
final class SubmittingSelfCheck implements Step<SelfCheckCommand.Submit, SelfCheckStepContext> {

    @Override
    public void decide(SelfCheckCommand.Submit c, SelfCheckStepContext ctx) {
        SelfCheckEvent.Submitted s = c.submitted();
        Checklist checklist = ctx.rules().checklists().find(s.checklist()).orElse(null);
        if (checklist == null) {
            ctx.problem("checklist", "checklist " + s.checklist() + " of the plan is not configured");
            return;
        }
        ctx.problems(checklist.problems(s.answers(), s.entityKinds(), s.sectors()));
        Set<String> failed = new LinkedHashSet<>();
        for (ChecklistAnswer a : s.answers()) {
            if (a != null && a.failed()) {
                failed.add(a.item());
            }
        }
        Map<String, Integer> reported = new HashMap<>();
        List<SelfReport> reports = s.reports();
        for (int i = 0; i < reports.size(); i++) {
            SelfReport r = reports.get(i);
            String at = "reports[" + i + "].";
            if (r == null) {
                ctx.problem("reports[" + i + "]", "is required");
                continue;
            }
            if (!failed.contains(r.item())) {
                ctx.problem(at + "item", r.item() + " is not a failed item of this run");
                continue;
            }
            if (reported.putIfAbsent(r.item(), i) != null) {
                ctx.problem(at + "item", r.item() + " is reported already in reports[" + reported.get(r.item()) + "]");
                continue;
            }
            if (r.domain() == null) {
                ctx.problem(at + "domain", "is required");
            }
            if (r.grade() == null) {
                ctx.problem(at + "grade", "is required: GENERAL or MAJOR");
            }
            if (r.hazard() == null) {
                ctx.problem(at + "hazard", "is required: a GB/T 13861 hazard code");
            } else if (!ctx.rules().hazards().contains(r.hazard())) {
                ctx.problem(at + "hazard", "hazard code " + r.hazard() + " is not in the hazard catalog");
            }
            ctx.problems(SelfReportQuality.check(
                    r, checklist.item(r.item()).orElseThrow(), ctx.rules().quality(), at));
        }
        for (String item : failed) {
            if (!reported.containsKey(item)) {
                ctx.problem(
                        "reports",
                        "failed item " + item + " has no report (place, description, measure, domain, hazard, grade)");
            }
        }
        if (ctx.ok()) {
            ctx.emit(s);
        }
    }
}
