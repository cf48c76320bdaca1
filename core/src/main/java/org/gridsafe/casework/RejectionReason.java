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
    /** The case moved on since the actor looked at it (the version they sent is old). */
    STALE_VERSION,
    /**
     * Another command was appended after this one was decided: the caller's view was current, it
     * lost a race. Retrying (after a reload) is safe.
     */
    CONCURRENT_UPDATE
}
