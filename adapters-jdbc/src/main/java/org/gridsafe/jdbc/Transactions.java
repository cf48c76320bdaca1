package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Runs units of work on connections from the host's {@link DataSource}: each call gets its own
 * connection, commits once at the end or rolls back, and turns {@link SQLException}s into the
 * adapter's {@link StorageException}s and {@link StorageUnavailableException}s. A transaction never commits half a unit of work.
 */
final class Transactions {

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    // PostgreSQL: admin/crash shutdown, cannot connect now, too many connections; query canceled (timeout).
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");
    // H2: connection broken, database closed / already closed.
    private static final Set<String> H2_UNAVAILABLE_STATES = Set.of("90067", "90098", "90121");

    /**
     * One writer at a time on H2 file databases, across the JVM (H2 lets one process open a file).
     * H2 2.x writes a commit to the file by storing the whole MVStore; a store taken while another
     * transaction is writing may capture that transaction half done, and a commit that finds a
     * store under way returns without waiting for it. Under SIGKILL both lost acknowledged writes
     * and left a case row without its events (the crash test found both). With one writer, every
     * store holds exactly the committed transactions.
     */
    private static final ReentrantLock H2_FILE_WRITES = new ReentrantLock();

    private final DataSource dataSource;
    private final Lock writes;

    Transactions(DataSource dataSource) {
        this(dataSource, false);
    }

    Transactions(DataSource dataSource, boolean serializeWrites) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writes = serializeWrites ? H2_FILE_WRITES : null;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction. {@code what} names it in error messages. */
    <T> T inTransaction(String what, Work<T> work) {
        Connection connection = open(what);
        boolean committing = false;
        if (writes != null) {
            writes.lock();
        }
        try {
            try {
                connection.setAutoCommit(false);
                T result = work.run(connection);
                committing = true;
                connection.commit();
                storeCommitted(connection);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(what, e, committing);
        } finally {
            if (writes != null) {
                writes.unlock();
            }
            closeQuietly(connection);
        }
    }

    /**
     * Runs the reads of {@code work} in one read-only, repeatable-read transaction, so that they
     * all see the same committed state (PostgreSQL takes one snapshot for the transaction).
     */
    <T> T inSnapshot(String what, Work<T> work) {
        Connection connection = open(what);
        try {
            int previous = connection.getTransactionIsolation();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreQuietly(connection, previous);
            }
        } catch (SQLException e) {
            throw translate(what, e, false);
        } finally {
            closeQuietly(connection);
        }
    }

    /** {@link #autoCommit} for work that writes: one writer at a time where writes are serialized. */
    <T> T autoCommitWrite(String what, Work<T> work) {
        if (writes == null) {
            return autoCommit(what, work);
        }
        writes.lock();
        try {
            return autoCommit(what, connection -> {
                T result = work.run(connection);
                storeCommitted(connection);
                return result;
            });
        } finally {
            writes.unlock();
        }
    }

    /**
     * On an H2 file database, still holding the write lock: writes the committed state to the file
     * before the caller is answered. H2's own commit may return while its store is still pending
     * (see {@link #H2_FILE_WRITES}); {@code CHECKPOINT} waits for the store, so an acknowledged
     * write is in the file when a SIGKILL comes.
     */
    private void storeCommitted(Connection connection) throws SQLException {
        if (writes == null) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    /** Runs {@code work} with auto-commit on: each statement is its own transaction. */
    <T> T autoCommit(String what, Work<T> work) {
        Connection connection = open(what);
        try {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e, false);
        } finally {
            closeQuietly(connection);
        }
    }

    private Connection open(String what) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageUnavailableException(
                    what + ": cannot connect to the database (" + e.getMessage() + ")", e, false);
        }
    }

    static RuntimeException translate(String what, SQLException e, boolean duringCommit) {
        if (isUnavailable(e)) {
            return new StorageUnavailableException(
                    what + ": the database connection failed" + (duringCommit ? " during commit (outcome unknown)" : "")
                            + " (" + e.getMessage() + ")",
                    e,
                    duringCommit);
        }
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return new StorageConstraintException(
                    what + ": a database constraint was violated (" + e.getMessage() + ")", e);
        }
        return new StorageException(
                what + ": the database refused the statement [SQLState " + state + "] (" + e.getMessage() + ")", e);
    }

    static boolean isUnavailable(SQLException e) {
        if (e instanceof SQLTimeoutException
                || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null
                && (state.startsWith("08")
                        || UNAVAILABLE_STATES.contains(state)
                        || H2_UNAVAILABLE_STATES.contains(state));
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /** Gives a pooled connection back as it came (pools need not reset these). */
    private static void restoreQuietly(Connection connection, int isolation) {
        try {
            connection.setReadOnly(false);
            connection.setTransactionIsolation(isolation);
        } catch (SQLException | RuntimeException ignored) {
            // A broken connection is discarded by the pool; the outcome is already decided.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // The connection is gone either way; the caller already has the outcome.
        }
    }
}
