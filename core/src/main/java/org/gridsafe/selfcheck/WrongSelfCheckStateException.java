package org.gridsafe.selfcheck;

/** The run's state has no row for the command, or a guard of the row fails. Nothing was written. */
public final class WrongSelfCheckStateException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public WrongSelfCheckStateException(String message) {
        super(message);
    }
}
