package org.gridsafe.patrol;

/** The occurrence's state has no row for the command (or a guard of the row fails). */
public final class WrongPatrolStateException extends PatrolException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public WrongPatrolStateException(String message) {
        super(message);
    }
}
