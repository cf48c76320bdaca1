package org.gridsafe.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an entity's history: what changed, who changed it, when and why.
 *
 * @param entityId the entity
 * @param version the version the change produced (1 for the registration)
 * @param event what changed
 * @param actorId who changed it
 * @param at when
 * @param reason why, as the actor gave it
 */
public record RecordedEntityEvent(
        EntityId entityId, long version, EntityEvent event, String actorId, Instant at, String reason) {

    public RecordedEntityEvent {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1; got " + version);
        }
    }
}
