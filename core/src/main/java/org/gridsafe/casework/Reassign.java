package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.duty.DepartmentId;

/**
 * 改派: the command center takes a dispatched case from its department and hands it to another
 * one, overriding the duty matrix, with the reason recorded. The new department's rectification
 * clock starts at the reassignment.
 *
 * <pre>{@code
 * Reassign.of(caseId).expectedVersion(3).department(DepartmentId.of("housing")).reason("派遣错误").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param department the department that takes the case over; must differ from the current one
 * @param handlerId the person or enterprise there who will do the work, if named
 * @param reason why the case is reassigned
 */
public record Reassign(
        CaseId caseId, OptionalLong expectedVersion, DepartmentId department, Optional<String> handlerId, String reason)
        implements ExistingCaseCommand {
    /** A builder for a {@code Reassign} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Reassign {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        handlerId = handlerId == null ? Optional.empty() : handlerId;
    }

    @Override
    public Action action() {
        return Action.REASSIGN;
    }

    /**
     * Builds a {@link Reassign} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private DepartmentId department;
        private Optional<String> handlerId = Optional.empty();
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

        /** Sets the department that takes the case over. */
        public Builder department(DepartmentId department) {
            this.department = department;
            return this;
        }

        /** Sets who there will do the work. */
        public Builder handlerId(String handlerId) {
            this.handlerId = Optional.ofNullable(handlerId);
            return this;
        }

        /** Sets why the case is reassigned. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Reassign build() {
            return new Reassign(caseId, expectedVersion, department, handlerId, reason);
        }
    }
}
