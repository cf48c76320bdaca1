package org.gridsafe.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridsafe.lifecycle.Step;

/**
 * 缓办 / 挂账 of dispatched work, or the renewal of a suspension: kind, reason, approval and a
 * review date after today (in the district's zone) and at most {@link #MAX_REVIEW_DAYS} days
 * ahead. A pending extension request lapses; the department keeps the case and is told.
 */
final class Suspending implements Step<Suspend, StepContext> {

    /**
     * How far ahead a review date may lie: the project's own choice, so that every suspension is
     * looked at again at least once a year (挂账 lists are commonly reviewed yearly).
     */
    static final int MAX_REVIEW_DAYS = 366;

    @Override
    public void decide(Suspend command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        checks.required("kind", command.kind());
        checks.text("reason", command.reason(), InputLimits.REASON);
        checks.text("approval", command.approval(), InputLimits.REASON);
        ZoneId zone = ctx.rules().calendar().zone();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        Instant reviewAt = null;
        if (checks.required("reviewDate", command.reviewDate())) {
            if (!command.reviewDate().isAfter(today)) {
                checks.fail("reviewDate", "must be after today (" + today + ")");
            } else if (command.reviewDate().isAfter(today.plusDays(MAX_REVIEW_DAYS))) {
                checks.fail("reviewDate", "must be at most " + MAX_REVIEW_DAYS + " days ahead");
            } else {
                reviewAt = command.reviewDate().atStartOfDay(zone).toInstant();
            }
        }
        Case c = ctx.current();
        ctx.add(new CaseSuspended(
                command.kind(), command.reason(), command.approval(), command.reviewDate(), reviewAt));
        ctx.notify(NotificationKind.CASE_SUSPENDED, c.department(), c.handlerId(), command.reason());
    }
}
