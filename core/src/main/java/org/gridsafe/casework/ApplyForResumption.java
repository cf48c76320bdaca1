package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 恢复生产申请: the rectification under stopped production is done; the unit (or its department)
 * applies to resume, and the department's review falls due.
 *
 * <pre>{@code
 * ApplyForResumption.of(caseId).summary("储罐已更换，经第三方检测合格").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param summary what was done (up to 2,000 characters)
 */
public record ApplyForResumption(CaseId caseId, OptionalLong expectedVersion, String summary)
        implements ExistingCaseCommand {
    /** A builder for a {@code ApplyForResumption} of case {@code caseId}; unset parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public ApplyForResumption {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.APPLY_FOR_RESUMPTION;
    }

    /**
     * Builds a {@link ApplyForResumption} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String summary;

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

        /** Sets what was done (up to 2,000 characters). */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ApplyForResumption build() {
            return new ApplyForResumption(caseId, expectedVersion, summary);
        }
    }
}
