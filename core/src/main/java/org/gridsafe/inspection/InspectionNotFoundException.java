package org.gridsafe.inspection;

/** No inspection, credential or entity of that id. Nothing was written. */
public final class InspectionNotFoundException extends InspectionException {
    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public InspectionNotFoundException(String message) {
        super(message);
    }
}
