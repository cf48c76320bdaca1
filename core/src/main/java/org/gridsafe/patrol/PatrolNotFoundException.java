package org.gridsafe.patrol;

/** No such patrol plan or occurrence. */
public final class PatrolNotFoundException extends PatrolException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public PatrolNotFoundException(String message) {
        super(message);
    }
}
