package org.gridsafe.registry;

/** The caller's expected version is not the current one, or another writer got there first; reload and retry. */
public final class EntityVersionConflictException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public EntityVersionConflictException(String message) {
        super(message);
    }

    /** A refusal of a batch, naming the entity of the batch it is about. */
    public EntityVersionConflictException(String message, EntityId entity) {
        super(message, java.util.Objects.requireNonNull(entity, "entity"));
    }
}
