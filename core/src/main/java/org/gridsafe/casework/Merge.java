package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 2, 合并: close this case as a duplicate of another open case.
 *
 * <pre>{@code
 * Merge.of(duplicateId).into(openCaseId).reason("同一隐患").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param into the open case that carries on
 * @param reason why they are the same
 */
public record Merge(CaseId caseId, OptionalLong expectedVersion, CaseId into, String reason)
        implements ExistingCaseCommand {
    /** A builder for a {@code Merge} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Merge {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.MERGE;
    }

    /**
     * Builds a {@link Merge} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private CaseId into;
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

        /** Sets the open case that carries on. */
        public Builder into(CaseId into) {
            this.into = into;
            return this;
        }

        /** Sets why they are the same. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Merge build() {
            return new Merge(caseId, expectedVersion, into, reason);
        }
    }
}
