package org.gridsafe.selfcheck;

/** The plan or run is not at the version the writer saw; reload and decide again. Nothing was written. */
public final class SelfCheckVersionConflictException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public SelfCheckVersionConflictException(String message) {
        super(message);
    }
}
