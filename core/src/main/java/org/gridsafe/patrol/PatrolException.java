package org.gridsafe.patrol;

/** A patrol command or read was refused; the subtype says why. Nothing was written. */
public class PatrolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public PatrolException(String message) {
        super(message);
    }
}
