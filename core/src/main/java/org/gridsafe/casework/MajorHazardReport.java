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
 * @param rung how far up the responsibility chain its overdue duty was escalated (督办); {@link
 *     EscalationRung#NONE} while it was never overdue, and in snapshots stored before it was kept
 */
public record MajorHazardReport(
        MajorHazardReportKind kind,
        Instant dueAt,
        Optional<Instant> filedAt,
        Optional<String> recipient,
        Optional<String> reference,
        EscalationRung rung) {

    public MajorHazardReport {
        rung = rung == null ? EscalationRung.NONE : rung;
    }

    /** A report duty never escalated. */
    public MajorHazardReport(
            MajorHazardReportKind kind,
            Instant dueAt,
            Optional<Instant> filedAt,
            Optional<String> recipient,
            Optional<String> reference) {
        this(kind, dueAt, filedAt, recipient, reference, EscalationRung.NONE);
    }

    /** Whether it was filed after its deadline. */
    public boolean filedLate() {
        return filedAt.isPresent() && filedAt.get().isAfter(dueAt);
    }

    /** Whether the report was filed. */
    public boolean filed() {
        return filedAt.isPresent();
    }

    /** Whether it is outstanding and its deadline lies before {@code now}. */
    public boolean overdueAt(Instant now) {
        return filedAt.isEmpty() && now.isAfter(dueAt);
    }
}
