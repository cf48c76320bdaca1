package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;

/**
 * The store found another change appended to the case after this command was decided (two writers
 * raced; the other won). Nothing of this command was written. Unlike {@link
 * StaleCaseVersionException} the caller did nothing wrong: retrying is safe, and {@code Casework}
 * already retries a few times for commands that carry no expected version.
 *
 * <pre>{@code
 * try {
 *     casework.dispatch(center, command);
 * } catch (ConcurrentUpdateException raced) {
 *     // reload and retry, or answer HTTP 409 "concurrent-update"
 * }
 * }</pre>
 */
public final class ConcurrentUpdateException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(Rejection rejection) {
        super(rejection);
    }

    /** Thrown by a store when {@code caseId} is no longer at {@code expectedVersion} at append time. */
    public static ConcurrentUpdateException at(CaseId caseId, long expectedVersion, long actualVersion) {
        return new ConcurrentUpdateException(new Rejection(
                RejectionReason.CONCURRENT_UPDATE,
                "case " + caseId + " is at version " + actualVersion + ", not " + expectedVersion
                        + ": another command changed it while this one ran; retry",
                List.of(),
                Optional.empty()));
    }
}
