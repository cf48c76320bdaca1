package org.gridsafe.jdbc;

import org.gridsafe.port.StoreUnavailableException;

/**
 * The database could not be reached or did not answer in time (connection refused or lost, server
 * shutting down or starting up, pool or socket timeout). Retrying later may succeed; no restart of
 * the host is needed. It is core's {@link StoreUnavailableException}, so a caller that does not
 * know the JDBC adapter (the HTTP adapter answers 503) still recognises it.
 *
 * <p>If the connection died while a commit was in flight, the change may or may not have been
 * stored: {@link #outcomeUnknown()} is then true, and the caller must re-read before retrying (the
 * optimistic version check makes a blind retry safe: it fails as stale if the first try landed).
 *
 * <pre>{@code
 * catch (StorageUnavailableException e) {
 *     if (e.outcomeUnknown()) { reloadAndCheck(caseId); } else { retryLater(); }
 * }
 * }</pre>
 */
public final class StorageUnavailableException extends StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    /** A failure to reach the database; {@code outcomeUnknown} if it happened during a commit. */
    public StorageUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause, outcomeUnknown);
    }
}
