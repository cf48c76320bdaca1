package org.gridsafe.registry;

/** A registration names an id that is taken. */
public final class EntityAlreadyExistsException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public EntityAlreadyExistsException(String message) {
        super(message);
    }
}
