package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 恢复生产审查: the department reviews an application to resume; passed writes the major hazard off
 * (核销) and production may resume, failed keeps it stopped for another rectification.
 *
 * <pre>{@code
 * ReviewResumption.of(caseId).passed(true).remarks("现场审查合格，同意恢复生产").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param passed whether the review passed
 * @param remarks the findings; required when it fails (up to 500 characters)
 */
public record ReviewResumption(CaseId caseId, OptionalLong expectedVersion, boolean passed, String remarks)
        implements ExistingCaseCommand {
    /** A builder for a {@code ReviewResumption} of case {@code caseId}; unset parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public ReviewResumption {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REVIEW_RESUMPTION;
    }

    /**
     * Builds a {@link ReviewResumption} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private boolean passed;
        private String remarks;

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

        /** Sets whether the review passed. */
        public Builder passed(boolean passed) {
            this.passed = passed;
            return this;
        }

        /** Sets the findings; required when it fails (up to 500 characters). */
        public Builder remarks(String remarks) {
            this.remarks = remarks;
            return this;
        }

        public ReviewResumption build() {
            return new ReviewResumption(caseId, expectedVersion, passed, remarks);
        }
    }
}
