package org.gridsafe.patrol;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.checklist.FailureSuggestion;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.lifecycle.Step;

/**
 * The answers against the occurrence's checklist version (an answer for an item not in it is a field
 * error), the advice, and exactly one finding report per failed item with a hazard code from the catalog.
 * A hazard fixed on the spot must be general.
 */
final class SubmittingPatrol implements Step<PatrolCommand.Submit, PatrolStepContext> {

    static final int MAX_ADVICE = 10;
    static final int MAX_TEXT = 1000;

    @Override
    public void decide(PatrolCommand.Submit c, PatrolStepContext ctx) {
        PatrolOccurrence o = ctx.occurrence();
        Checklist checklist =
                ctx.rules().checklists().find(o.scheduled().checklist()).orElse(null);
        if (checklist == null) {
            ctx.problem(
                    "checklist",
                    "checklist " + o.scheduled().checklist() + " of this occurrence is no longer configured");
            return;
        }
        ctx.problems(checklist.problems(
                c.answers(), o.scheduled().entityKinds(), o.scheduled().sectors()));
        if (c.advice().size() > MAX_ADVICE) {
            ctx.problem("advice", c.advice().size() + " pieces of advice given; at most " + MAX_ADVICE);
        }
        for (int i = 0; i < c.advice().size(); i++) {
            ctx.text(c.advice().get(i).text(), "advice[" + i + "].text", MAX_TEXT);
        }
        Set<String> failed = new HashSet<>();
        for (ChecklistAnswer a : c.answers()) {
            if (a.failed()) {
                failed.add(a.item());
            }
        }
        Map<String, Integer> reported = new HashMap<>();
        List<FindingReport> findings = c.findings();
        for (int i = 0; i < findings.size(); i++) {
            FindingReport f = findings.get(i);
            String at = "findings[" + i + "].";
            if (!failed.contains(f.item())) {
                ctx.problem(at + "item", f.item() + " is not a failed item of this submission");
                continue;
            }
            if (reported.putIfAbsent(f.item(), i) != null) {
                ctx.problem(at + "item", f.item() + " is reported already in findings[" + reported.get(f.item()) + "]");
                continue;
            }
            if (f.domain() == null) {
                ctx.problem(at + "domain", "is required");
            }
            if (f.grade() == null) {
                ctx.problem(at + "grade", "is required: GENERAL or MAJOR");
            }
            if (f.hazard() == null) {
                ctx.problem(at + "hazard", "is required: a GB/T 13861 hazard code");
            } else if (!ctx.rules().hazards().contains(f.hazard())) {
                ctx.problem(at + "hazard", "hazard code " + f.hazard() + " is not in the hazard catalog");
            }
            if (f.fixedOnSpot().isPresent()) {
                ctx.text(f.fixedOnSpot().get(), at + "fixedOnSpot", MAX_TEXT);
                if (f.grade() == HazardGrade.MAJOR) {
                    ctx.problem(at + "fixedOnSpot", "a major hazard cannot be fixed on the spot");
                }
            }
            ChecklistItem item = checklist.item(f.item()).orElseThrow();
            if (item.onFail().kind() == FailureSuggestion.Kind.MAJOR_CANDIDATE
                    && f.fixedOnSpot().isPresent()) {
                ctx.problem(
                        at + "fixedOnSpot",
                        "item " + f.item() + " is a candidate major hazard ("
                                + item.onFail().criterion().orElseThrow() + "); it is reported, not fixed on the spot");
            }
        }
        for (String item : failed) {
            if (!reported.containsKey(item)) {
                ctx.problem("findings", "failed item " + item + " has no finding report (domain, hazard code, grade)");
            }
        }
        if (ctx.ok()) {
            ctx.emit(new PatrolEvent.Submitted(c.answers(), c.advice(), c.findings()));
        }
    }
}
