package org.gridsafe.inspection;

/** An inspection with that id is opened already. Nothing was written. */
public final class InspectionAlreadyExistsException extends InspectionException {
    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public InspectionAlreadyExistsException(String message) {
        super(message);
    }
}
