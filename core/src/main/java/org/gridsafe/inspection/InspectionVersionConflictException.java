package org.gridsafe.inspection;

/** The inspection is no longer at the version the caller saw, or another writer came first. Nothing was written. */
public final class InspectionVersionConflictException extends InspectionException {
    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public InspectionVersionConflictException(String message) {
        super(message);
    }
}
