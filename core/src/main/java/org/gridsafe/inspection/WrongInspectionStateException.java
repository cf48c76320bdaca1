package org.gridsafe.inspection;

/** The inspection's state (or a guard of its row) does not accept the command. Nothing was written. */
public final class WrongInspectionStateException extends InspectionException {
    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public WrongInspectionStateException(String message) {
        super(message);
    }
}
