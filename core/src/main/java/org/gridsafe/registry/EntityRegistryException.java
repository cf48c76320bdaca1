package org.gridsafe.registry;

import java.util.Optional;

/** A refused request to the registry of supervised entities; each subclass says which refusal. */
public class EntityRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EntityId entity;

    EntityRegistryException(String message) {
        this(message, null);
    }

    EntityRegistryException(String message, EntityId entity) {
        super(message);
        this.entity = entity;
    }

    /**
     * The entity of a batch the refusal is about, where a batch was refused ({@code
     * EntityRegistry.appendAll}); empty for a refusal of a single change.
     */
    public Optional<EntityId> entity() {
        return Optional.ofNullable(entity);
    }
}
