package org.gridsafe.jdbc;

/**
 * The root of the JDBC adapter's failures: the database refused or could not do what was asked.
 * Nothing of the failed call was committed unless the subtype says the outcome is unknown.
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
