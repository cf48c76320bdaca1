package org.gridsafe.registry;

/** Another entity holds the credit code: one code, one entity. */
public final class DuplicateCreditCodeException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public DuplicateCreditCodeException(String message) {
        super(message);
    }

    /** A refusal of a batch, naming the entity of the batch it is about. */
    public DuplicateCreditCodeException(String message, EntityId entity) {
        super(message, java.util.Objects.requireNonNull(entity, "entity"));
    }
}
