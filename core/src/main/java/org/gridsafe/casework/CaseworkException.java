package org.gridsafe.casework;

/**
 * The root of every refusal the library throws: a command that changed nothing, with the
 * {@link Rejection} that says why. Catch the subtypes to map them (e.g. to HTTP statuses).
 */
public abstract class CaseworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    protected CaseworkException(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    /** Why the command was refused. */
    public Rejection rejection() {
        return rejection;
    }

    /** The exception that fits {@code rejection}'s reason. */
    public static CaseworkException of(Rejection rejection) {
        return switch (rejection.reason()) {
            case INVALID_INPUT -> new InvalidCommandException(rejection);
            case NOT_FOUND -> new CaseNotFoundException(rejection);
            case WRONG_STATE -> new WrongCaseStateException(rejection);
            case ACCESS_DENIED -> new AccessDeniedException(rejection);
            case STALE_VERSION -> new StaleCaseVersionException(rejection);
            case CONCURRENT_UPDATE -> new ConcurrentUpdateException(rejection);
        };
    }
}
