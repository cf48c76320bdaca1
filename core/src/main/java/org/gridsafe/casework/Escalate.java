package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 督办: push overdue work up the responsibility chain, as far as is due at {@code now}.
 *
 * <pre>{@code
 * Escalate.of(caseId).now(now).build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param now the time the escalation is judged at
 */
public record Escalate(CaseId caseId, OptionalLong expectedVersion, Instant now) implements ExistingCaseCommand {
    /** A builder for a {@code Escalate} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Escalate {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.ESCALATE;
    }

    /**
     * Builds a {@link Escalate} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private Instant now;

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

        /** Sets the time the escalation is judged at. */
        public Builder now(Instant now) {
            this.now = now;
            return this;
        }

        public Escalate build() {
            return new Escalate(caseId, expectedVersion, now);
        }
    }
}
