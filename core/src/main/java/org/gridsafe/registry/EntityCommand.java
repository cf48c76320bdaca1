package org.gridsafe.registry;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A request to change a supervised entity; each type has one row (or one row per state) in
 * {@link EntityLifecycle#TABLE}. Every command says why ({@link #reason()}), which the history keeps.
 */
public sealed interface EntityCommand
        permits EntityCommand.Register,
                EntityCommand.Amend,
                EntityCommand.Suspend,
                EntityCommand.Resume,
                EntityCommand.Close,
                EntityCommand.Deregister,
                EntityCommand.SubmitSelfAssessment,
                EntityCommand.AssessRisk {

    /** The entity the command is about. */
    EntityId id();

    /** The version the caller saw; empty for a registration. A different current version is a conflict. */
    OptionalLong expectedVersion();

    /** Why, in the actor's words. */
    String reason();

    private static void check(EntityId id, String reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Register a new unit or place.
     *
     * @param id the new entity's id
     * @param profile what is registered
     * @param reason why (for example "首次登记")
     */
    record Register(EntityId id, EntityProfile profile, String reason) implements EntityCommand {
        public Register {
            check(id, reason);
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Replace the profile (a changed grade, licence, address or explicit grid).
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param profile the new profile; a unit stays a unit and a place a place
     * @param reason why
     */
    record Amend(EntityId id, long version, EntityProfile profile, String reason) implements EntityCommand {
        public Amend {
            check(id, reason);
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * Production stopped (停产停业), for example by order or for rectification.
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param reason why
     */
    record Suspend(EntityId id, long version, String reason) implements EntityCommand {
        public Suspend {
            check(id, reason);
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * Production resumed after a suspension (复产复工).
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param reason why
     */
    record Resume(EntityId id, long version, String reason) implements EntityCommand {
        public Resume {
            check(id, reason);
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * The entity closed (关闭); a closed entity may still be deregistered.
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param reason why
     */
    record Close(EntityId id, long version, String reason) implements EntityCommand {
        public Close {
            check(id, reason);
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * The entity's registration ended (注销); its history stays.
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param reason why
     */
    record Deregister(EntityId id, long version, String reason) implements EntityCommand {
        public Deregister {
            check(id, reason);
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * The unit's own risk assessment; its assessor must be {@link AssessorKind#SELF}.
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param assessment the assessment
     * @param reason why
     */
    record SubmitSelfAssessment(EntityId id, long version, RiskAssessment assessment, String reason)
            implements EntityCommand {
        public SubmitSelfAssessment {
            check(id, reason);
            Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }

    /**
     * The regulator's risk assessment, which wins over the unit's own; its assessor must be
     * {@link AssessorKind#REGULATOR}.
     *
     * @param id the entity
     * @param version the version the caller saw
     * @param assessment the assessment
     * @param reason why
     */
    record AssessRisk(EntityId id, long version, RiskAssessment assessment, String reason) implements EntityCommand {
        public AssessRisk {
            check(id, reason);
            Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.of(version);
        }
    }
}
