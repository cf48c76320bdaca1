package org.gridsafe.registry;

/**
 * A change of a supervised entity, as stored in its history. Applying the history in order
 * ({@link SupervisedEntity#replay}) gives the entity as it is, or as it was at any version.
 */
public sealed interface EntityEvent
        permits EntityEvent.Registered, EntityEvent.Amended, EntityEvent.StatusChanged, EntityEvent.RiskAssessed {

    /** The stable name the event is stored under. */
    String type();

    /**
     * The entity was registered with this profile, in this grid, operating.
     *
     * @param profile what was registered
     * @param grid the grid it was assigned
     */
    record Registered(EntityProfile profile, GridAssignment grid) implements EntityEvent {
        public Registered {
            java.util.Objects.requireNonNull(profile, "profile");
            java.util.Objects.requireNonNull(grid, "grid");
        }

        @Override
        public String type() {
            return "entity.registered";
        }
    }

    /**
     * The profile was replaced (name, sectors, grade, licences, grid, ...).
     *
     * @param profile the new profile
     * @param grid the grid assigned after the change
     */
    record Amended(EntityProfile profile, GridAssignment grid) implements EntityEvent {
        public Amended {
            java.util.Objects.requireNonNull(profile, "profile");
            java.util.Objects.requireNonNull(grid, "grid");
        }

        @Override
        public String type() {
            return "entity.amended";
        }
    }

    /**
     * The status moved by a row of {@link EntityLifecycle#TABLE}.
     *
     * @param from the status before
     * @param to the status after
     */
    record StatusChanged(EntityStatus from, EntityStatus to) implements EntityEvent {
        public StatusChanged {
            java.util.Objects.requireNonNull(from, "from");
            java.util.Objects.requireNonNull(to, "to");
        }

        @Override
        public String type() {
            return "entity.status-changed";
        }
    }

    /**
     * A risk assessment was recorded (the unit's own or the regulator's).
     *
     * @param assessment the assessment
     */
    record RiskAssessed(RiskAssessment assessment) implements EntityEvent {
        public RiskAssessed {
            java.util.Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public String type() {
            return "entity.risk-assessed";
        }
    }
}
