package org.gridsafe.casework;

import java.time.Duration;
import java.time.Instant;
import org.gridsafe.lifecycle.Step;

/**
 * 投诉重办 of a closed case: the complaint (required) must come within {@link #COMPLAINT_WINDOW}
 * of the closing; the case goes back to DISPATCHED with its department and a full rectification
 * time limit from now, and the department is told.
 */
final class Reopening implements Step<Reopen, StepContext> {

    /**
     * How long after closing a complaint reopens the case: the project's own choice (a month, long
     * enough for a reporter to see that the fix did not hold); a later complaint is a new report.
     */
    static final Duration COMPLAINT_WINDOW = Duration.ofDays(30);

    @Override
    public void decide(Reopen command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("complaint", command.complaint(), InputLimits.REASON);
        Instant closedAt = c.finishedAt().orElseThrow();
        if (ctx.now().isAfter(closedAt.plus(COMPLAINT_WINDOW))) {
            ctx.checks()
                    .fail(
                            "complaint",
                            "the case closed on " + closedAt + ", more than " + COMPLAINT_WINDOW.toDays()
                                    + " days ago; report the hazard again as a new case");
        }
        ctx.add(new CaseReopened(command.complaint(), closedAt, ctx.deadline(CaseState.DISPATCHED, c.grade())));
        ctx.notify(NotificationKind.CASE_REOPENED, c.department(), c.handlerId(), command.complaint());
    }
}
