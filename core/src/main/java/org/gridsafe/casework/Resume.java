package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Ends a suspension (缓办 / 挂账): the case is dispatched work again, with the same department and
 * a full rectification time limit from now. The escalation scan gives it for every suspended case
 * whose review date came.
 *
 * <pre>{@code
 * Resume.of(caseId).expectedVersion(5).reason("资金已到位").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why the work can go on now
 */
public record Resume(CaseId caseId, OptionalLong expectedVersion, String reason) implements ExistingCaseCommand {
    /** A builder for a {@code Resume} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Resume {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.RESUME;
    }

    /**
     * Builds a {@link Resume} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
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

        /** Sets why the work can go on now. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Resume build() {
            return new Resume(caseId, expectedVersion, reason);
        }
    }
}
