package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 回退: the department a case was dispatched to hands it back to the command center, because it
 * is not its duty, with the reason; the command center dispatches it again (改派).
 *
 * <pre>{@code
 * ReturnCase.of(caseId).expectedVersion(3).reason("不属于本部门职责，应由住建局处理").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why the case is not the department's duty
 */
public record ReturnCase(CaseId caseId, OptionalLong expectedVersion, String reason) implements ExistingCaseCommand {
    /** A builder for a {@code ReturnCase} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public ReturnCase {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.RETURN;
    }

    /**
     * Builds a {@link ReturnCase} part by part. A part left unset or set to {@code null} is empty;
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

        /** Sets why the case is not the department's duty. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public ReturnCase build() {
            return new ReturnCase(caseId, expectedVersion, reason);
        }
    }
}
