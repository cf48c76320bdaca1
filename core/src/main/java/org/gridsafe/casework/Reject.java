package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 2, 不予立案: do not take the case up.
 *
 * <pre>{@code
 * Reject.of(caseId).expectedVersion(1).reason("不属于安全隐患").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why, as the reporter will read it
 */
public record Reject(CaseId caseId, OptionalLong expectedVersion, String reason) implements ExistingCaseCommand {
    /** A builder for a {@code Reject} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Reject {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REJECT;
    }

    /**
     * Builds a {@link Reject} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String reason;

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

        /** Sets why, as the reporter will read it. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Reject build() {
            return new Reject(caseId, expectedVersion, reason);
        }
    }
}
