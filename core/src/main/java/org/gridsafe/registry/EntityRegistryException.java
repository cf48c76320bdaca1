package org.gridsafe.registry;

/** A refused request to the registry of supervised entities; each subclass says which refusal. */
public class EntityRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EntityRegistryException(String message) {
        super(message);
    }
}
