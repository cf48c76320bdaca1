package org.gridsafe.casework;

/** Why a command was refused; each reason has its own exception type in {@code Casework}. */
public enum RejectionReason {
    /** A field is missing, malformed, too long or unknown. */
    INVALID_INPUT,
    /** The case does not exist. */
    NOT_FOUND,
    /** The case is not in a state that accepts the command. */
    WRONG_STATE,
    /** The access policy refused the actor. */
    ACCESS_DENIED,
    /** The case moved on since the actor looked at it. */
    STALE_VERSION
}
