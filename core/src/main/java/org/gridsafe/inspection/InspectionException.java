package org.gridsafe.inspection;

/** An inspection command or read was refused; the subtype says why. Nothing was written. */
public class InspectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public InspectionException(String message) {
        super(message);
    }
}
