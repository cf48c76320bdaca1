package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;

/**
 * The case moved on since the actor (or the store's writer) read it: another command won the race.
 * Nothing was written; reload the case and decide again.
 */
public final class StaleCaseVersionException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public StaleCaseVersionException(Rejection rejection) {
        super(rejection);
    }

    /** Thrown by a store when {@code caseId} is no longer at {@code expectedVersion}. */
    public static StaleCaseVersionException at(CaseId caseId, long expectedVersion, long actualVersion) {
        return new StaleCaseVersionException(new Rejection(
                RejectionReason.STALE_VERSION,
                "case " + caseId + " is at version " + actualVersion + ", not " + expectedVersion
                        + ": another command changed it first; reload and try again",
                List.of(),
                Optional.empty()));
    }
}
