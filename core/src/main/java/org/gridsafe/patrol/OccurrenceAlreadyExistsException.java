package org.gridsafe.patrol;

/** An occurrence with this id exists already. */
public final class OccurrenceAlreadyExistsException extends PatrolException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public OccurrenceAlreadyExistsException(String message) {
        super(message);
    }
}
