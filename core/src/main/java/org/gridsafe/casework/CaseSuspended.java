package org.gridsafe.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 缓办 / 挂账: the command center approved that the dispatched work waits until a review date; the
 * case's clocks stop (no deadline, no escalation). Recorded again, with a new review date, when a
 * suspension is renewed.
 *
 * @param kind 缓办 or 挂账
 * @param reason why the work cannot be done now
 * @param approval who approved it and under which reference
 * @param reviewDate the review date in the district's calendar
 * @param reviewAt the start of the review date in the district's zone
 */
public record CaseSuspended(SuspensionKind kind, String reason, String approval, LocalDate reviewDate, Instant reviewAt)
        implements CaseEvent {}
