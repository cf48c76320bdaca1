package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 投诉重办: a complaint after closing, by the case's reporter or by whoever verifies such cases
 * (or the command center entering it from the hotline), that the hazard is not fixed: the closed
 * case is reopened and goes back to its department for rectification. The old closure stays in the
 * case's history.
 *
 * <pre>{@code
 * Reopen.of(caseId).expectedVersion(7).complaint("通道又被堵上了").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param complaint what is still wrong
 */
public record Reopen(CaseId caseId, OptionalLong expectedVersion, String complaint) implements ExistingCaseCommand {
    /** A builder for a {@code Reopen} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Reopen {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REOPEN;
    }

    /**
     * Builds a {@link Reopen} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String complaint;

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

        /** Sets what is still wrong. */
        public Builder complaint(String complaint) {
            this.complaint = complaint;
            return this;
        }

        public Reopen build() {
            return new Reopen(caseId, expectedVersion, complaint);
        }
    }
}
