package org.gridsafe.selfcheck;

/** A run of this id was submitted already with other content. Nothing was written. */
public final class RunAlreadyExistsException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    /** With {@code message}. */
    public RunAlreadyExistsException(String message) {
        super(message);
    }
}
