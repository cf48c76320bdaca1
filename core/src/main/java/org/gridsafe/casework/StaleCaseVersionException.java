package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;

/**
 * The caller acted on a version of the case that is no longer current: the expected version it
 * sent (HTTP {@code If-Match}) is older than the case. Nothing was written; the caller should
 * reload the case, look at what changed, and decide again. A race lost <em>after</em> the command
 * was checked against the current version is a {@link ConcurrentUpdateException} instead.
 */
public final class StaleCaseVersionException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public StaleCaseVersionException(Rejection rejection) {
        super(rejection);
    }

    /** The caller expected {@code expectedVersion}; the case is at {@code actualVersion}. */
    public static StaleCaseVersionException at(CaseId caseId, long expectedVersion, long actualVersion) {
        return new StaleCaseVersionException(new Rejection(
                RejectionReason.STALE_VERSION,
                "case " + caseId + " is at version " + actualVersion + ", not " + expectedVersion
                        + ": reload it and decide again",
                List.of(),
                Optional.empty()));
    }
}
