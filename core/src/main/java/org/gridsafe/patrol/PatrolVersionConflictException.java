package org.gridsafe.patrol;

/** The occurrence or plan is not at the version the command expected, or another writer came first; reload and decide again. */
public final class PatrolVersionConflictException extends PatrolException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public PatrolVersionConflictException(String message) {
        super(message);
    }
}
