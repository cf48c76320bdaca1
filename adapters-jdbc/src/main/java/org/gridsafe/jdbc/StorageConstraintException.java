package org.gridsafe.jdbc;

/**
 * The database refused a write because it breaks a constraint (a value too long, a duplicate that
 * is not a version conflict, a missing reference). Nothing was written; retrying the same call
 * fails the same way.
 *
 * <pre>{@code
 * catch (StorageConstraintException e) { log.error("bad data for the schema", e); }
 * }</pre>
 */
public final class StorageConstraintException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** A constraint violation, with the driver's exception as cause. */
    public StorageConstraintException(String message, Throwable cause) {
        super(message, cause);
    }
}
