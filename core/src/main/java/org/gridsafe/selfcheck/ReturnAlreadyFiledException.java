package org.gridsafe.selfcheck;

/** A statistical return of this entity and period was filed already with other figures. Nothing was written. */
public final class ReturnAlreadyFiledException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public ReturnAlreadyFiledException(String message) {
        super(message);
    }
}
