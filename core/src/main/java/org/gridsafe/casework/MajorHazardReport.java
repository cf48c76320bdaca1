package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;

/**
 * A report duty of a major hazard on the case, filed or outstanding.
 *
 * @param kind which report
 * @param dueAt when it is due
 * @param filedAt when it was filed, if it was
 * @param recipient to whom it went (the department, the congress, the medium), if filed
 * @param reference its document number or record, if filed
 */
public record MajorHazardReport(
        MajorHazardReportKind kind,
        Instant dueAt,
        Optional<Instant> filedAt,
        Optional<String> recipient,
        Optional<String> reference) {

    /** Whether the report was filed. */
    public boolean filed() {
        return filedAt.isPresent();
    }

    /** Whether it is outstanding and its deadline lies before {@code now}. */
    public boolean overdueAt(Instant now) {
        return filedAt.isEmpty() && now.isAfter(dueAt);
    }
}
