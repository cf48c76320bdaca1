package org.gridsafe.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.lifecycle.Step;

/**
 * Opening an inspection: the basis, a day not in the future, at least two distinct officers each
 * holding a credential registered to them and valid on the day (field by field), a known checklist,
 * and a combined inspection it joins of the same entity and year.
 */
final class OpeningInspection implements Step<InspectionCommand.Open, InspectionStepContext> {

    @Override
    public void decide(InspectionCommand.Open command, InspectionStepContext ctx) {
        InspectionEvent.Opened o = command.opened();
        ctx.text(o.basis(), "basis", 500);
        if (o.day().isAfter(ctx.today())) {
            ctx.problem("day", "must not be after today " + ctx.today() + "; got " + o.day());
        }
        List<Inspector> inspectors = o.inspectors();
        int minimum = ctx.rules().minimumInspectors();
        if (inspectors.size() < minimum) {
            ctx.problem(
                    "inspectors",
                    "an inspection needs at least " + minimum + " officers holding an enforcement credential; got "
                            + inspectors.size());
        }
        Set<String> people = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < inspectors.size(); i++) {
            Inspector in = inspectors.get(i);
            String at = "inspectors[" + i + "].";
            if (!people.add(in.personId())) {
                ctx.problem(at + "personId", in.personId() + " is named twice; two different officers are needed");
            }
            if (!numbers.add(in.credentialNumber())) {
                ctx.problem(at + "credentialNumber", "credential " + in.credentialNumber() + " is named twice");
            }
            Optional<EnforcementCredential> held = ctx.credential(in.credentialNumber());
            if (held.isEmpty()) {
                ctx.problem(
                        at + "credentialNumber",
                        "no enforcement credential " + in.credentialNumber() + " is registered; " + in.personId()
                                + " may not inspect without one");
                continue;
            }
            EnforcementCredential c = held.get();
            if (!c.holderId().equals(in.personId())) {
                ctx.problem(
                        at + "credentialNumber",
                        "credential " + c.number() + " is held by " + c.holderId() + ", not by " + in.personId());
            } else if (o.day().isBefore(c.validFrom())) {
                ctx.problem(
                        at + "credentialNumber",
                        "credential " + c.number() + " is valid from " + c.validFrom() + ", after the inspection's day "
                                + o.day());
            } else if (o.day().isAfter(c.validUntil())) {
                ctx.problem(
                        at + "credentialNumber",
                        "credential " + c.number() + " expired on " + c.validUntil() + ", before the inspection's day "
                                + o.day());
            }
        }
        if (ctx.rules().checklists().find(o.checklist()).isEmpty()) {
            ctx.problem("checklist", "no checklist " + o.checklist());
        }
        if (o.joins().isPresent()) {
            Optional<Inspection> joined = ctx.joined();
            InspectionId target = o.joins().get();
            if (joined.isEmpty()) {
                ctx.problem("joins", "no inspection " + target + " to join");
            } else if (!joined.get().opened().combined()) {
                ctx.problem("joins", "inspection " + target + " is not a combined inspection (联合检查)");
            } else if (!joined.get().opened().entity().equals(o.entity())) {
                ctx.problem(
                        "joins",
                        "inspection " + target + " is of entity "
                                + joined.get().opened().entity() + ", not " + o.entity());
            } else if (joined.get().year() != o.day().getYear()) {
                ctx.problem(
                        "joins",
                        "inspection " + target + " is of " + joined.get().year() + ", not "
                                + o.day().getYear());
            } else if (joined.get().opened().joins().isPresent()) {
                ctx.problem(
                        "joins",
                        "inspection " + target + " joins another; join "
                                + joined.get().opened().joins().get() + " instead");
            }
            if (o.counted()) {
                ctx.problem("joins", "an inspection that joins a combined one is not counted against the cap");
            }
        }
        if (ctx.ok()) {
            ctx.emit(o);
        }
    }
}
