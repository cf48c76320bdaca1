package org.gridsafe.casework;

/** The access policy refused the actor; the message names actor, action, case and rule. */
public final class AccessDeniedException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Rejection rejection) {
        super(rejection);
    }

    /** The access rule that refused. */
    public String rule() {
        return rejection().rule().orElse("unknown");
    }
}
