package org.gridsafe.casework;

import java.time.Instant;

/**
 * A report a major hazard owes and when it is due, as fixed when the duty arose.
 *
 * @param kind which report
 * @param dueAt when it is due
 */
public record MajorHazardReportDuty(MajorHazardReportKind kind, Instant dueAt) {}
