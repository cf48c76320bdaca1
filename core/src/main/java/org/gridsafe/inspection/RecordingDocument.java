package org.gridsafe.inspection;

import org.gridsafe.lifecycle.Step;

/**
 * Recording an enforcement document: kind, a number not used before in this inspection, a date from
 * the inspection's day to today, an issuing officer who is one of its officers; a re-check opinion
 * (整改复查意见书) only after a rectification order.
 */
final class RecordingDocument implements Step<InspectionCommand.RecordDocument, InspectionStepContext> {

    @Override
    public void decide(InspectionCommand.RecordDocument command, InspectionStepContext ctx) {
        Inspection i = ctx.inspection();
        InspectionDocument d = command.document();
        if (d == null) {
            ctx.problem("document", "is required");
            return;
        }
        ctx.text(d.number(), "number", 64);
        if (i.documents().stream().anyMatch(x -> x.number().equals(d.number()))) {
            ctx.problem("number", "document number " + d.number() + " is recorded already in this inspection");
        }
        if (d.date().isBefore(i.opened().day())) {
            ctx.problem(
                    "date",
                    "must not be before the inspection's day " + i.opened().day() + "; got " + d.date());
        } else if (d.date().isAfter(ctx.today())) {
            ctx.problem("date", "must not be after today " + ctx.today() + "; got " + d.date());
        }
        if (i.opened().inspectors().stream().noneMatch(x -> x.personId().equals(d.issuingOfficer()))) {
            ctx.problem("issuingOfficer", d.issuingOfficer() + " is not one of the inspection's credentialed officers");
        }
        if (d.kind() == DocumentKind.RECHECK_OPINION
                && i.documents().stream().noneMatch(x -> x.kind() == DocumentKind.RECTIFICATION_ORDER)) {
            ctx.problem("kind", "a re-check opinion (整改复查意见书) follows a rectification order (责令限期整改指令书)");
        }
        if (ctx.ok()) {
            ctx.emit(new InspectionEvent.DocumentRecorded(d));
        }
    }
}
