package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 督办 of a major hazard's report duty: push every report whose deadline passed up the
 * responsibility chain, as far as is due at {@code now}. The escalation scan
 * ({@code Casework.escalateOverdue}) issues it as the system.
 *
 * <pre>{@code
 * EscalateReportDuty.of(caseId).now(now).build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param now the time the escalation is judged at
 */
public record EscalateReportDuty(CaseId caseId, OptionalLong expectedVersion, Instant now)
        implements ExistingCaseCommand {

    /** A builder for an {@code EscalateReportDuty} of case {@code caseId}; unset parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public EscalateReportDuty {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.ESCALATE;
    }

    /**
     * Builds an {@link EscalateReportDuty} part by part. A part left unset or set to {@code null}
     * is empty; a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private Instant now;

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw; the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        /** Sets the time the escalation is judged at. */
        public Builder now(Instant now) {
            this.now = now;
            return this;
        }

        public EscalateReportDuty build() {
            return new EscalateReportDuty(caseId, expectedVersion, now);
        }
    }
}
