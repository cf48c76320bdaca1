package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.registry.EntityId;

/**
 * The command center names, changes or removes the production unit or place an open case
 * concerns, with a reason; the change is an event of the case (its audit trail keeps both).
 *
 * <pre>{@code
 * ChangeCaseEntity.of(caseId).entity(EntityId.of("PU-0007")).reason("核实为该企业仓库").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param entity the entity the case concerns; empty removes the one it names
 * @param reason why, 1 to {@link InputLimits#REASON} characters
 */
public record ChangeCaseEntity(CaseId caseId, OptionalLong expectedVersion, Optional<EntityId> entity, String reason)
        implements ExistingCaseCommand {

    public ChangeCaseEntity {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        entity = entity == null ? Optional.empty() : entity;
    }

    /** A builder for a {@code ChangeCaseEntity} of case {@code caseId}. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    @Override
    public Action action() {
        return Action.CHANGE_CASE_ENTITY;
    }

    /** Builds a {@link ChangeCaseEntity}; a required part left unset is reported by the decider. */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private EntityId entity;
        private String reason;

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw; the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        /** As {@link #expectedVersion(long)}, or no check when empty. */
        public Builder expectedVersion(OptionalLong version) {
            this.expectedVersion = version == null ? OptionalLong.empty() : version;
            return this;
        }

        /** The entity the case concerns; unset or null removes the one it names. */
        public Builder entity(EntityId entity) {
            this.entity = entity;
            return this;
        }

        /** Why the entity is changed. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public ChangeCaseEntity build() {
            return new ChangeCaseEntity(caseId, expectedVersion, Optional.ofNullable(entity), reason);
        }
    }
}
