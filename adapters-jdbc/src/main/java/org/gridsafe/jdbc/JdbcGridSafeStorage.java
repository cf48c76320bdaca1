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
 * storage.startRun(false); // throws StorageDamagedException: do not serve
 * GridSafe gridSafe = GridSafe.builder()
 *         .directory(storage.directory())
 *         .caseStore(storage.caseStore())
 *         .caseQueries(storage.caseQueries())
 *         .caseStatistics(storage.caseStatistics())
 *         .majorHazardReturnStore(storage.majorHazardReturns())
 *         .idGenerator(storage.idGenerator(WorkCalendar.DEFAULT_ZONE))
 *         .build();
 * OutboxRelay relay = storage.outboxRelay(notifier, Clock.systemUTC());
 * relay.start(Duration.ofSeconds(1));
 * }</pre>
 *
 * <p>A server calls {@link #startRun} before it serves (the start-up check) and {@link #stopRun}
 * after its last write (the clean stop). Notifications go through the transactional outbox: do
 * not also give the notifier to {@code GridSafe}'s builder, or they arrive twice. H2 URLs:
 * {@code jdbc:h2:file:./gridsafe-data/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE} for a server
 * (without {@code WRITE_DELAY=0} {@link #create} refuses it), and call
 * {@link H2CrashRecovery#beforeOpening} with that URL before the first connection, or a file left
 * by a crash can open without its last commits; {@code jdbc:h2:mem:name;DB_CLOSE_DELAY=-1} for
 * tests. Failures surface as {@link StorageUnavailableException} (the database is
 * unreachable; core's {@link org.gridsafe.port.StoreUnavailableException}), {@link StorageException}
 * and its subtypes (anything else), version conflicts as core's
 * {@link org.gridsafe.casework.StaleCaseVersionException} (the caller saw an old version) and
 * {@link org.gridsafe.casework.ConcurrentUpdateException} (another writer won the race).
 */
public final class JdbcGridSafeStorage {

    private final Transactions tx;
    private final Dialect dialect;
    private final JsonCodec json = new JsonCodec();
    private final JdbcCaseStore cases;
    private final JdbcGridDirectory directory;
    private final JdbcIdempotencyKeys idempotencyKeys;
    private final JdbcCaseStatistics statistics;
    private final StorageRuns runs;
    private final JdbcEntityRegistry entities;
    private final JdbcPatrolStore patrols;
    private final JdbcInspectionStore inspections;
    private final JdbcSelfCheckStore selfChecks;
    private final JdbcInternalReportStore internalReports;
    private final JdbcPatrolTrackStore tracks;

    private JdbcGridSafeStorage(DataSource dataSource, Dialect dialect, boolean h2File) {
        this.tx = new Transactions(dataSource, h2File);
        this.dialect = dialect;
        this.runs = new StorageRuns(tx, json);
        this.cases = new JdbcCaseStore(tx, dialect, json, runs);
        this.directory = new JdbcGridDirectory(tx);
        this.idempotencyKeys = new JdbcIdempotencyKeys(tx, dialect);
        this.statistics = new JdbcCaseStatistics(tx);
        this.entities = new JdbcEntityRegistry(tx, new EntityJson(org.gridsafe.entity.LicenceTypeCatalog.standard()));
        this.patrols = new JdbcPatrolStore(tx);
        this.inspections = new JdbcInspectionStore(tx);
        this.selfChecks = new JdbcSelfCheckStore(tx);
        this.internalReports = new JdbcInternalReportStore(tx);
        this.tracks = new JdbcPatrolTrackStore(tx);
    }

    /**
     * Storage on {@code dataSource}; connects once to learn the database product and to check that
     * a commit is durable when it returns. H2 file databases delay writing commits by 500 ms by
     * default, so a process crash loses the commits of the last half second: this refuses an H2
     * database that is not opened with {@code WRITE_DELAY=0} in its URL (in-memory H2 is
     * accepted: it keeps nothing anyway).
     *
     * @throws StorageUnavailableException if the database cannot be reached
     * @throws StorageException if the database is neither H2 nor PostgreSQL, or an H2 file
     *     database delays its commits
     */
    public static JdbcGridSafeStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = new Transactions(dataSource).autoCommit("detect the database", c -> {
            Dialect detected = Dialect.of(c);
            if (detected == Dialect.H2) {
                requireDurableH2Commits(c);
            }
            return detected;
        });
        return new JdbcGridSafeStorage(dataSource, dialect, isH2File(dataSource, dialect));
    }

    /**
     * Storage that also accepts an H2 file database whose commits are written up to
     * {@code WRITE_DELAY} ms after they return: a crash loses what was acknowledged in that time.
     * Writes are neither serialized nor checkpointed: this is the storage as it was before commits
     * were made durable. Only for measuring what durable commits cost; never for a server.
     */
    public static JdbcGridSafeStorage createAllowingDelayedCommits(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = new Transactions(dataSource).autoCommit("detect the database", Dialect::of);
        return new JdbcGridSafeStorage(dataSource, dialect, false);
    }

    /** Whether writes go to an H2 file: those are serialized (see {@link Transactions}). */
    private static boolean isH2File(DataSource dataSource, Dialect dialect) {
        if (dialect != Dialect.H2) {
            return false;
        }
        String url = new Transactions(dataSource)
                .autoCommit("read the database URL", c -> c.getMetaData().getURL());
        return url == null || !url.toLowerCase(java.util.Locale.ROOT).contains(":mem:");
    }

    /**
     * An H2 file database writes a commit to its file when the commit returns only with
     * {@code WRITE_DELAY=0} (the default 500 ms batches commits in memory). The setting is not
     * stored in the database but applied when it is opened, so it belongs in the URL (or in an
     * {@code INIT} / pool init statement that every connection runs).
     */
    private static void requireDurableH2Commits(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        if (url != null && url.toLowerCase(java.util.Locale.ROOT).contains(":mem:")) {
            return; // in memory: nothing survives a crash anyway, and nothing is delayed
        }
        long delay;
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
                java.sql.ResultSet rs = ps.executeQuery()) {
            delay = rs.next() ? Long.parseLong(rs.getString(1).trim()) : -1;
        }
        if (delay != 0) {
            throw new StorageException(
                    "the H2 database " + url + " writes commits up to " + delay + " ms after they return"
                            + " (WRITE_DELAY): a crash would lose acknowledged data; add ;WRITE_DELAY=0 to the JDBC URL",
                    null);
        }
    }

    /**
     * Creates or upgrades the schema with Flyway (history table {@code gridsafe_schema_history}):
     * the SQL scripts of the dialect; version 3, which fills the statistics columns of case rows
     * written before version 2 from their snapshots; and version 5.1, which fills the source column
     * that version 5 added.
     */
    public JdbcGridSafeStorage migrate() {
        try {
            Flyway.configure(JdbcGridSafeStorage.class.getClassLoader())
                    .dataSource(tx.dataSource())
                    .locations(dialect.migrationLocation())
                    .javaMigrations(
                            new CaseViewStatisticsBackfill(json),
                            new CaseViewSourceBackfill(json),
                            new DepartmentStepProjection(json),
                            new DirectoryHistoryBackfill(java.time.Clock.systemUTC()),
                            new MajorHazardProjection(json),
                            new InspectionIndicatorBackfill(new InspectionJson(), new SelfCheckJson()))
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

    /**
     * The registry of supervised entities (production units and places) and their histories; an
     * append writes the entity and its new versions in one transaction. Licence types are read
     * through the shipped licence catalog.
     */
    public org.gridsafe.port.EntityRegistry entityRegistry() {
        return entities;
    }

    /**
     * Evidence files in the {@code media_object} table, accepting what {@code limits} accept
     * (content-addressed; a put is committed, and on an H2 file checkpointed, before it returns).
     * Give it to {@code GridSafe.builder().mediaStore(...)}; the file-system store in core is the
     * alternative that keeps large files out of the database.
     */
    public org.gridsafe.port.MediaStore mediaStore(org.gridsafe.media.MediaLimits limits) {
        return new JdbcMediaStore(tx, dialect, limits);
    }

    /**
     * Patrol plans, occurrences and their histories; an append writes the occurrence and its new
     * versions in one transaction.
     */
    public org.gridsafe.port.PatrolStore patrolStore() {
        return patrols;
    }

    /**
     * Enforcement credentials, inspections and their histories, and each enterprise's counted
     * inspections per year; an opening takes its cap slot in the same transaction.
     */
    public org.gridsafe.port.InspectionStore inspectionStore() {
        return inspections;
    }

    /** Enterprises' self-inspection plans, runs with their histories, and statistical returns. */
    public org.gridsafe.port.SelfCheckStore selfCheckStore() {
        return selfChecks;
    }

    /** Employees' internal reports (table {@code internal_report}), each guarded by its version. */
    public org.gridsafe.port.InternalReportStore internalReportStore() {
        return internalReports;
    }

    /**
     * Patrol track points and their days' online time and mileage; an append of points already held
     * stores nothing.
     */
    public org.gridsafe.port.PatrolTrackStore patrolTrackStore() {
        return tracks;
    }

    /**
     * Patrol indicators computed in SQL over the occurrences, cases and track days, equal to
     * {@link org.gridsafe.stats.PatrolIndicators#of} over the same rows. Give it to {@code
     * PatrolStatistics.builder().queries(...)}: without it, the indicators read every occurrence.
     */
    public org.gridsafe.port.PatrolStatisticsQueries patrolStatistics() {
        return new JdbcPatrolStatistics(tx);
    }

    /**
     * Inspection indicators computed in SQL over {@code inspection}, {@code inspection_document} and
     * {@code supervised_entity}, equal to {@link org.gridsafe.stats.InspectionIndicators#of} over the same
     * inspections and entities. Give it to {@code InspectionStatistics.builder().queries(...)}.
     */
    public org.gridsafe.port.InspectionStatisticsQueries inspectionStatistics() {
        return new JdbcInspectionStatistics(tx);
    }

    /**
     * Self-inspection indicators computed in SQL over {@code selfcheck_plan}, {@code selfcheck_return},
     * {@code supervised_entity} and {@code case_view}, equal to {@link
     * org.gridsafe.stats.SelfInspectionIndicators#of} over the same data. Give it to {@code
     * InspectionStatistics.builder().selfInspectionQueries(...)}.
     */
    public org.gridsafe.port.SelfInspectionStatisticsQueries selfInspectionStatistics() {
        return new JdbcSelfInspectionStatistics(tx);
    }

    /**
     * Filed major-hazard statistical returns (V28), one per scope and period: give it to {@code
     * GridSafe.builder().majorHazardReturnStore(...)}.
     */
    public org.gridsafe.port.MajorHazardReturnStore majorHazardReturns() {
        return new JdbcMajorHazardReturns(tx, dialect);
    }

    /**
     * District notices (V30), for {@code GridSafe.builder().districtNotices(store, notifier)}: kept
     * durably until the notifier took them.
     */
    public org.gridsafe.port.DistrictNoticeStore districtNotices() {
        return new JdbcDistrictNotices(tx, dialect);
    }

    /** The grid directory, with {@link JdbcGridDirectory#save} to store one. */
    public JdbcGridDirectory directory() {
        return directory;
    }

    /** Idempotency keys for client retries. */
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /**
     * Case ids dated in {@code zone}, numbered from blocks reserved by a committed database write:
     * never handed out twice, across crashes, restarts and server nodes on one database (a crash
     * or restart skips at most the rest of one block of {@value JdbcIdGenerator#BLOCK} numbers).
     * Share one generator per process: each generator reserves its own blocks.
     */
    public IdGenerator idGenerator(ZoneId zone) {
        return new JdbcIdGenerator(tx, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Checks the stored cases before a server starts serving, then records the start of a run:
     * from now on every case this storage writes is stamped with the run. Checks every case
     * written since the last clean stop ({@link #stopRun}) of any run, or with {@code checkAll}
     * every case (and looks for events without a case): each case's hash chain must verify
     * ({@link org.gridsafe.casework.CaseAudit}) and its projection must equal its replayed log.
     * Cases found good are marked so the next start need not check them again.
     *
     * @throws StorageDamagedException if a checked case is damaged: do not serve
     * @throws IllegalStateException if a run is already started on this storage
     */
    public StartCheck startRun(boolean checkAll) {
        return runs.start(checkAll);
    }

    /**
     * Records a clean stop of the run: every case it wrote is marked good, so the next start does
     * not check them. Call it after the last write (stop serving first); harmless without a run.
     */
    public void stopRun() {
        runs.stop();
    }

    /**
     * What {@link #startRun} checked.
     *
     * @param run the number of the run it started
     * @param casesChecked how many cases it checked (all found good)
     * @param all whether it checked every case, not only those written since the last clean stop
     */
    public record StartCheck(long run, long casesChecked, boolean all) {}

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
        } catch (StorageException | StorageUnavailableException e) {
            return false;
        }
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, was " + d);
        }
    }
}
