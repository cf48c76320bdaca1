package org.gridsafe.casework;

import java.time.Instant;

/**
 * A report a major hazard owed was filed.
 *
 * @param kind which report
 * @param recipient to whom it went
 * @param reference its document number or record
 * @param dueAt when it was due
 * @param onTime whether it was filed no later than {@code dueAt}
 */
public record MajorHazardReportFiled(
        MajorHazardReportKind kind, String recipient, String reference, Instant dueAt, boolean onTime)
        implements CaseEvent {}
