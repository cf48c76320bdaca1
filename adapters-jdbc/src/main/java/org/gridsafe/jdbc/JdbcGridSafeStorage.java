package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.Notifier;

/**
 * GridSafe's storage on a relational database (H2 2.x or PostgreSQL 14+): the one type a host
 * wires. Give it any {@link DataSource} (a pool such as HikariCP is recommended; the adapter opens
 * one connection per call and never holds one between calls), migrate the schema, and hand the
 * ports to {@code GridSafe}.
 *
 * <pre>{@code
 * JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(dataSource).migrate();
 * storage.directory().save(tree, matrix, TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
 * GridSafe gridSafe = GridSafe.builder()
 *         .directory(storage.directory())
 *         .caseStore(storage.caseStore())
 *         .caseQueries(storage.caseQueries())
 *         .caseStatistics(storage.caseStatistics())
 *         .idGenerator(storage.idGenerator(WorkCalendar.DEFAULT_ZONE))
 *         .build();
 * OutboxRelay relay = storage.outboxRelay(notifier, Clock.systemUTC());
 * relay.start(Duration.ofSeconds(1));
 * }</pre>
 *
 * <p>Notifications go through the transactional outbox: do not also give the notifier to
 * {@code GridSafe}'s builder, or they arrive twice. H2 URLs: {@code jdbc:h2:file:./gridsafe-data/db}
 * for a server, {@code jdbc:h2:mem:name;DB_CLOSE_DELAY=-1} for tests. Failures surface as
 * {@link StorageException} and its subtypes, version conflicts as core's
 * {@link org.gridsafe.casework.ConcurrentUpdateException}.
 */
public final class JdbcGridSafeStorage {

    private final Transactions tx;
    private final Dialect dialect;
    private final JsonCodec json = new JsonCodec();
    private final JdbcCaseStore cases;
    private final JdbcGridDirectory directory;
    private final JdbcIdempotencyKeys idempotencyKeys;
    private final JdbcCaseStatistics statistics;

    private JdbcGridSafeStorage(DataSource dataSource, Dialect dialect) {
        this.tx = new Transactions(dataSource);
        this.dialect = dialect;
        this.cases = new JdbcCaseStore(tx, dialect, json);
        this.directory = new JdbcGridDirectory(tx);
        this.idempotencyKeys = new JdbcIdempotencyKeys(tx, dialect);
        this.statistics = new JdbcCaseStatistics(tx);
    }

    /**
     * Storage on {@code dataSource}; connects once to learn the database product.
     *
     * @throws StorageUnavailableException if the database cannot be reached
     * @throws StorageException if the database is neither H2 nor PostgreSQL
     */
    public static JdbcGridSafeStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = new Transactions(dataSource).autoCommit("detect the database", Dialect::of);
        return new JdbcGridSafeStorage(dataSource, dialect);
    }

    /**
     * Creates or upgrades the schema with Flyway (history table {@code gridsafe_schema_history}):
     * the SQL scripts of the dialect, and version 3, which fills the statistics columns of case
     * rows written before version 2 from their snapshots.
     */
    public JdbcGridSafeStorage migrate() {
        try {
            Flyway.configure(JdbcGridSafeStorage.class.getClassLoader())
                    .dataSource(tx.dataSource())
                    .locations(dialect.migrationLocation())
                    .javaMigrations(new CaseViewStatisticsBackfill(json))
                    .table("gridsafe_schema_history")
                    .baselineOnMigrate(false)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && Transactions.isUnavailable(sql)) {
                throw new StorageUnavailableException("migrate the schema: " + e.getMessage(), e, false);
            }
            throw new StorageException("migrate the schema: " + e.getMessage(), e);
        }
        return this;
    }

    /** The event store (write side). */
    public CaseStore caseStore() {
        return cases;
    }

    /** The case queries (read side); reads see every append that has returned. */
    public CaseQueries caseQueries() {
        return cases;
    }

    /**
     * Case indicators computed in SQL over the case projection, equal to
     * {@link org.gridsafe.stats.CaseStatistics#indicators} over the same cases. Give it to
     * {@code GridSafe}'s builder: without it, statistics read every case.
     */
    public CaseStatisticsQueries caseStatistics() {
        return statistics;
    }

    /** The grid directory, with {@link JdbcGridDirectory#save} to store one. */
    public JdbcGridDirectory directory() {
        return directory;
    }

    /** Idempotency keys for client retries. */
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /** Case ids from a database sequence, dated in {@code zone}: unique across restarts. */
    public IdGenerator idGenerator(ZoneId zone) {
        return new JdbcIdGenerator(tx, dialect, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * A relay delivering the outbox to {@code notifier}: batches of 100, a 1 minute lease, back-off
     * from 1 second doubling up to 1 hour.
     */
    public OutboxRelay outboxRelay(Notifier notifier, Clock clock) {
        return outboxRelay(notifier, clock, 100, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofHours(1));
    }

    /** A relay with explicit batch size, lease and back-off bounds. */
    public OutboxRelay outboxRelay(
            Notifier notifier, Clock clock, int batchSize, Duration lease, Duration baseBackoff, Duration maxBackoff) {
        requirePositive("lease", lease);
        requirePositive("baseBackoff", baseBackoff);
        requirePositive("maxBackoff", maxBackoff);
        return new OutboxRelay(tx, json, notifier, clock, batchSize, lease, baseBackoff, maxBackoff);
    }

    /**
     * Deletes what would otherwise only grow: outbox rows <b>delivered</b> before
     * {@code deliveredBefore}, and idempotency keys claimed before {@code keysClaimedBefore}
     * (completed ones, and claims whose request died before completing, which would otherwise
     * answer "in progress" to that key forever). Undelivered notifications are never deleted, and
     * the event log and projections are never touched. A client that retries with a purged key is
     * treated as a new request, so keep keys longer than any client retries (days, not minutes).
     * Deletes in batches of {@value #PURGE_BATCH} rows, each its own transaction, so a first run
     * on a years-old database neither holds locks long nor builds one huge undo log; an
     * interrupted run loses nothing and the next one carries on. Run it from a daily job.
     *
     * @return how many rows of each kind were deleted
     */
    public Purged purge(Instant deliveredBefore, Instant keysClaimedBefore) {
        Objects.requireNonNull(deliveredBefore, "deliveredBefore");
        Objects.requireNonNull(keysClaimedBefore, "keysClaimedBefore");
        long outbox = purgeInBatches(
                "purge delivered notifications",
                "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox"
                        + " WHERE delivered_at IS NOT NULL AND delivered_at < ? ORDER BY id LIMIT " + PURGE_BATCH + ")",
                deliveredBefore);
        long keys = purgeInBatches(
                "purge old idempotency keys",
                "DELETE FROM idempotency_key WHERE (scope, idem_key) IN (SELECT scope, idem_key FROM idempotency_key"
                        + " WHERE claimed_at < ? ORDER BY scope, idem_key LIMIT " + PURGE_BATCH + ")",
                keysClaimedBefore);
        return new Purged(outbox, keys);
    }

    static final int PURGE_BATCH = 10_000;

    private long purgeInBatches(String what, String sql, Instant before) {
        long total = 0;
        while (true) {
            int deleted = tx.inTransaction(what, c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, JdbcCaseStore.utc(before));
                    return ps.executeUpdate();
                }
            });
            total += deleted;
            if (deleted < PURGE_BATCH) {
                return total;
            }
        }
    }

    /**
     * What {@link #purge} deleted.
     *
     * @param deliveredNotifications outbox rows
     * @param idempotencyKeys idempotency keys, completed or abandoned
     */
    public record Purged(long deliveredNotifications, long idempotencyKeys) {}

    /** Whether the database answers now (a cheap check for health endpoints). */
    public boolean isAvailable() {
        try {
            return tx.autoCommit("check the database", (Connection c) -> c.isValid(2));
        } catch (StorageException e) {
            return false;
        }
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, was " + d);
        }
    }
}
