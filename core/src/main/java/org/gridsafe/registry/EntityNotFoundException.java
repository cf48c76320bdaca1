package org.gridsafe.registry;

/** No entity has the id asked for. */
public final class EntityNotFoundException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public EntityNotFoundException(String message) {
        super(message);
    }
}
