package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 重大事故隐患报告: records that a report the major hazard owes was made: to the supervising
 * department, to the workers' congress (安全生产法 art. 41) or the publication of its listed
 * supervision, with its recipient and reference.
 *
 * <pre>{@code
 * FileMajorHazardReport.of(caseId).kind(MajorHazardReportKind.WORKERS_CONGRESS).recipient("公司第三届职代会").reference("职代会决议〔2026〕2号").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param kind which report
 * @param recipient to whom it went (up to 500 characters)
 * @param reference its document number or record (up to 500 characters)
 */
public record FileMajorHazardReport(
        CaseId caseId, OptionalLong expectedVersion, MajorHazardReportKind kind, String recipient, String reference)
        implements ExistingCaseCommand {
    /** A builder for a {@code FileMajorHazardReport} of case {@code caseId}; unset parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public FileMajorHazardReport {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.FILE_MAJOR_HAZARD_REPORT;
    }

    /**
     * Builds a {@link FileMajorHazardReport} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private MajorHazardReportKind kind;
        private String recipient;
        private String reference;

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw (HTTP {@code If-Match}); the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        /** As {@link #expectedVersion(long)}, or no check when empty. */
        public Builder expectedVersion(OptionalLong version) {
            this.expectedVersion = version == null ? OptionalLong.empty() : version;
            return this;
        }

        /** Sets which report. */
        public Builder kind(MajorHazardReportKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets to whom it went (up to 500 characters). */
        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        /** Sets its document number or record (up to 500 characters). */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public FileMajorHazardReport build() {
            return new FileMajorHazardReport(caseId, expectedVersion, kind, recipient, reference);
        }
    }
}
