package org.gridsafe.selfcheck;

/** No such plan, run, entity or return. Nothing was written. */
public final class SelfCheckNotFoundException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public SelfCheckNotFoundException(String message) {
        super(message);
    }
}
