package org.gridsafe.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The approved suspension a {@link CaseState#SUSPENDED} case is under.
 *
 * @param kind 缓办 or 挂账
 * @param reason why the work cannot be done now
 * @param approval who approved it and under which reference (批准人 / 批准文号)
 * @param reviewDate the date the suspension is reviewed (复查日期), in the district's calendar
 * @param reviewAt the start of {@code reviewDate} in the district's zone: from then the escalation
 *     scan resumes the case
 * @param since when the case was suspended (the first approval, kept through renewals)
 */
public record Suspension(
        SuspensionKind kind, String reason, String approval, LocalDate reviewDate, Instant reviewAt, Instant since) {}
