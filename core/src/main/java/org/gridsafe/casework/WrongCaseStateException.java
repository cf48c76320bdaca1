package org.gridsafe.casework;

/** The case is not in a state that accepts the command (closed and rejected cases accept none). */
public final class WrongCaseStateException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public WrongCaseStateException(Rejection rejection) {
        super(rejection);
    }
}
