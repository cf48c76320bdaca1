package org.gridsafe.inspection;

import java.util.LinkedHashSet;
import java.util.Set;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.lifecycle.Step;

/**
 * Submitting the checklist: the sheet checked by {@link Checklist#problems} (an answer for an item not in
 * the template, not applicable, twice, of the wrong type, missing), and exactly one finding with a
 * domain, a catalogued hazard code and a grade for every failed item.
 */
final class SubmittingChecklist implements Step<InspectionCommand.SubmitChecklist, InspectionStepContext> {

    @Override
    public void decide(InspectionCommand.SubmitChecklist command, InspectionStepContext ctx) {
        Inspection i = ctx.inspection();
        Checklist checklist = ctx.rules().checklists().require(i.opened().checklist());
        for (int n = 0; n < command.answers().size(); n++) {
            if (command.answers().get(n) == null) {
                ctx.problem("answers[" + n + "]", "must not be null");
            }
        }
        if (!ctx.ok()) {
            return;
        }
        ctx.problems(checklist.problems(
                command.answers(), i.opened().entityKinds(), i.opened().sectors()));
        Set<String> failed = new LinkedHashSet<>();
        for (ChecklistAnswer a : command.answers()) {
            if (a.failed() && checklist.item(a.item()).isPresent()) {
                failed.add(a.item());
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (int n = 0; n < command.findings().size(); n++) {
            InspectionFinding f = command.findings().get(n);
            String at = "findings[" + n + "].";
            if (f == null) {
                ctx.problem("findings[" + n + "]", "must not be null");
                continue;
            }
            if (!failed.contains(f.item())) {
                ctx.problem(at + "item", f.item() + " is not a failed item of this submission");
            } else if (!reported.add(f.item())) {
                ctx.problem(at + "item", f.item() + " has a finding already");
            }
            if (f.domain() == null) {
                ctx.problem(at + "domain", "is required");
            }
            if (f.hazard() == null) {
                ctx.problem(at + "hazard", "is required: a GB/T 13861 hazard code");
            } else if (!ctx.rules().hazards().contains(f.hazard())) {
                ctx.problem(at + "hazard", "hazard code " + f.hazard() + " is not in the hazard catalog");
            }
            if (f.grade() == null) {
                ctx.problem(at + "grade", "is required: GENERAL or MAJOR");
            }
        }
        for (String item : failed) {
            if (!reported.contains(item)) {
                ctx.problem("findings", "failed item " + item + " has no finding (domain, hazard code, grade)");
            }
        }
        if (ctx.ok()) {
            ctx.emit(new InspectionEvent.ChecklistSubmitted(command.answers(), command.findings()));
        }
    }
}
