package org.gridsafe.registry;

/** The entity's status has no row for the command (or a guard failed). */
public final class WrongEntityStateException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message} as its reason. */
    public WrongEntityStateException(String message) {
        super(message);
    }
}
