package org.gridsafe.selfcheck;

/** A self-inspection command or read was refused; the subtype says why. Nothing was written. */
public class SelfCheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public SelfCheckException(String message) {
        super(message);
    }
}
