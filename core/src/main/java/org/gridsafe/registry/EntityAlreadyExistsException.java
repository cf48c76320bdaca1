package org.gridsafe.registry;

/** A registration names an id that is taken. */
public final class EntityAlreadyExistsException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public EntityAlreadyExistsException(String message) {
        super(message);
    }

    /** A refusal of a batch, naming the entity of the batch it is about. */
    public EntityAlreadyExistsException(String message, EntityId entity) {
        super(message, java.util.Objects.requireNonNull(entity, "entity"));
    }
}
