package org.gridsafe.jdbc;

/**
 * The JDBC adapter's failures other than an unreachable database: the database refused what was
 * asked, or stored data cannot be read. Nothing of the failed call was committed. An unreachable
 * database is {@link StorageUnavailableException} instead (core's
 * {@link org.gridsafe.port.StoreUnavailableException}, not a subtype of this).
 *
 * <pre>{@code
 * try {
 *     casework.register(actor, command);
 * } catch (StorageUnavailableException e) {
 *     // the database is down or slow: answer 503 and let the client retry
 * } catch (StorageException e) {
 *     // any other storage failure: answer 500
 * }
 * }</pre>
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a message for operators and the cause (often a {@link java.sql.SQLException}). */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
