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

    /**
     * Refuses a batch that names one entity twice or gives two of its entities one credit code, the
     * rules every store checks before it writes a batch ({@code EntityRegistry.appendAll}).
     *
     * @throws EntityAlreadyExistsException naming the second decision for an entity
     * @throws DuplicateCreditCodeException naming the second entity with a code
     */
    public static void refuseDuplicatesWithin(List<EntityDecision> batch) {
        java.util.Map<EntityId, Integer> ids = new java.util.HashMap<>();
        java.util.Map<String, EntityId> codes = new java.util.HashMap<>();
        for (EntityDecision d : batch) {
            EntityId id = d.entity().id();
            if (ids.putIfAbsent(id, ids.size()) != null) {
                throw new EntityAlreadyExistsException(
                        "id: entity " + id + " appears twice in the batch; give each entity's changes as one decision",
                        id);
            }
            d.entity().profile().creditCode().ifPresent(code -> {
                EntityId holder = codes.putIfAbsent(code.value(), id);
                if (holder != null) {
                    throw new DuplicateCreditCodeException(
                            "creditCode: " + code + " of entity " + id + " is also the code of entity " + holder
                                    + " of the same batch; a code belongs to one entity",
                            id);
                }
            });
        }
    }

    /**
     * This decision followed by {@code next}, a later decision for the same entity that starts where
     * this one ends: one decision with the events of both, as a batch takes it.
     */
    public EntityDecision then(EntityDecision next) {
        if (!next.entity().id().equals(entity.id()) || next.expectedVersion() != entity.version()) {
            throw new IllegalArgumentException("decision for " + next.entity().id() + " at version "
                    + next.expectedVersion() + " does not follow " + entity.id() + " at version " + entity.version());
        }
        List<RecordedEntityEvent> all = new java.util.ArrayList<>(events);
        all.addAll(next.events());
        return new EntityDecision(next.entity(), expectedVersion, all);
    }
}
