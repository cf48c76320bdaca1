package org.gridsafe.port;

/**
 * A port's backing store cannot be reached or did not answer in time (a database that is down,
 * restarting or overloaded). Retrying later may succeed; the host need not restart. A port
 * implementation throws it (or a subtype, such as the JDBC adapter's) so that callers, for example
 * the HTTP adapter, can answer "try again later" without knowing which store is behind the port.
 *
 * <p>If the store failed while a write was being committed, the write may or may not have been
 * stored: {@link #outcomeUnknown()} is then true, and the caller must re-read before retrying (a
 * command with an expected version is then refused as stale if the first try landed).
 *
 * <pre>{@code
 * try {
 *     casework.register(actor, command);
 * } catch (StoreUnavailableException e) {
 *     if (e.outcomeUnknown()) { reloadAndCheck(caseId); } else { retryLater(); }
 * }
 * }</pre>
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    /** A failure to reach the store; {@code outcomeUnknown} if a write may have been committed anyway. */
    public StoreUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** Whether the failed call may nevertheless have stored its write. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
