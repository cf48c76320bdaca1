package org.gridsafe.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a command decided: the recorded events and the entity they lead to.
 *
 * @param entity the entity after the events
 * @param expectedVersion the version the store must still hold (0 for a registration)
 * @param events the new versions of the history
 */
public record EntityDecision(SupervisedEntity entity, long expectedVersion, List<RecordedEntityEvent> events) {

    public EntityDecision {
        Objects.requireNonNull(entity, "entity");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision records at least one event");
        }
    }
}
