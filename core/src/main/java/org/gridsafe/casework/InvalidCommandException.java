package org.gridsafe.casework;

/** A command had missing, malformed, too long or unknown fields; {@link #rejection()} lists each. */
public final class InvalidCommandException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public InvalidCommandException(Rejection rejection) {
        super(rejection);
    }

    /** Each field at fault. */
    public java.util.List<FieldError> fieldErrors() {
        return rejection().fieldErrors();
    }
}
