package org.gridsafe.rest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryIdempotencyKeys;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.Notifier;
import org.gridsafe.testkit.SampleDistrict;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where an {@link HttpFixture}'s cases live: {@link Store#MEMORY} (the in-memory reference store),
 * {@link Store#H2} (the JDBC adapter on an H2 in-memory database) or {@link Store#POSTGRESQL} (the
 * JDBC adapter on a real PostgreSQL the tests start themselves: zonky embedded, fsync and
 * synchronous_commit on). API test classes carry {@link OnEveryStore}, so each runs once per store
 * and the same HTTP assertions hold on all three. Every fixture gets its own empty store; a
 * PostgreSQL that cannot start fails the tests.
 */
abstract class FixtureStorage implements AutoCloseable {

    /** The three stores every API test class runs on. */
    enum Store {
        MEMORY,
        H2,
        POSTGRESQL;

        /** A fresh, empty storage of this kind; the memory store hands notifications to {@code notifier}. */
        FixtureStorage open(Notifier notifier) {
            return switch (this) {
                case MEMORY -> new Memory(notifier);
                case H2 -> Jdbc.onH2();
                case POSTGRESQL -> Jdbc.onPostgres();
            };
        }
    }

    /** How every fixture's directory is first recorded: by the system, effective from the start of 2026. */
    static final org.gridsafe.port.DirectoryChange FIRST_LOAD = new org.gridsafe.port.DirectoryChange(
            org.gridsafe.access.Actor.SYSTEM, "测试区首次加载", java.time.LocalDate.of(2026, 1, 1));

    /** Adds this storage's ports to a builder. */
    abstract GridSafe.Builder wire(GridSafe.Builder builder);

    abstract CaseStore caseStore();

    abstract org.gridsafe.port.IdempotencyKeys idempotencyKeys();

    /** Where the supervised entities live (patrol plans run over them). */
    abstract org.gridsafe.port.EntityRegistry entityRegistry();

    /** Where patrol plans and occurrences live. */
    abstract org.gridsafe.port.PatrolStore patrolStore();

    /** The GridSafe's directory, which the district administrator's routes replace. */
    abstract org.gridsafe.port.WritableGridDirectory writableDirectory();
    /** Where credentials and inspections live. */
    abstract org.gridsafe.port.InspectionStore inspectionStore();
    /** Where patrol track points and days live. */
    abstract org.gridsafe.port.PatrolTrackStore patrolTrackStore();
    /** Where enterprises' self-inspection plans, runs and returns live. */
    abstract org.gridsafe.port.SelfCheckStore selfCheckStore();
    /** Where employees' internal reports live. */
    abstract org.gridsafe.port.InternalReportStore internalReportStore();

    /** The store's own patrol indicators (SQL), or none: then they are scanned from the stores. */
    java.util.Optional<org.gridsafe.port.PatrolStatisticsQueries> patrolStatistics() {
        return java.util.Optional.empty();
    }

    /** The store's own inspection indicators (SQL), or none: then they are scanned from the stores. */
    java.util.Optional<org.gridsafe.port.InspectionStatisticsQueries> inspectionStatistics() {
        return java.util.Optional.empty();
    }

    /** The store's own self-inspection indicators (SQL), or none: then they are scanned from the stores. */
    java.util.Optional<org.gridsafe.port.SelfInspectionStatisticsQueries> selfInspectionStatistics() {
        return java.util.Optional.empty();
    }

    /** How many cases the store holds. */
    abstract int size();

    /** How many events the store holds, over all cases. */
    abstract long events();

    /** The case as stored now. */
    abstract Optional<Case> find(CaseId id);

    /** The case's event log as stored now. */
    abstract List<RecordedEvent> load(CaseId id);

    @Override
    public abstract void close();

    /** The in-memory reference store; notifications are delivered inside the request. */
    static final class Memory extends FixtureStorage {
        private final InMemoryCaseStore store;
        private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
        private final org.gridsafe.memory.InMemoryEntityRegistry entities =
                new org.gridsafe.memory.InMemoryEntityRegistry();
        private final org.gridsafe.memory.InMemoryPatrolStore patrols = new org.gridsafe.memory.InMemoryPatrolStore();
        private final org.gridsafe.memory.InMemoryInspectionStore inspections =
                new org.gridsafe.memory.InMemoryInspectionStore();

        @Override
        org.gridsafe.port.InspectionStore inspectionStore() {
            return inspections;
        }

        @Override
        org.gridsafe.port.PatrolStore patrolStore() {
            return patrols;
        }

        private final org.gridsafe.memory.InMemoryPatrolTrackStore tracks =
                new org.gridsafe.memory.InMemoryPatrolTrackStore();
        private final org.gridsafe.memory.InMemorySelfCheckStore selfChecks =
                new org.gridsafe.memory.InMemorySelfCheckStore();

        @Override
        org.gridsafe.port.SelfCheckStore selfCheckStore() {
            return selfChecks;
        }

        private final org.gridsafe.memory.InMemoryInternalReportStore internalReports =
                new org.gridsafe.memory.InMemoryInternalReportStore();

        @Override
        org.gridsafe.port.InternalReportStore internalReportStore() {
            return internalReports;
        }

        @Override
        org.gridsafe.port.PatrolTrackStore patrolTrackStore() {
            return tracks;
        }

        Memory(Notifier notifier) {
            store = new InMemoryCaseStore(notifier);
        }

        private final org.gridsafe.memory.InMemoryGridDirectory directory = sampleDirectory();

        private static org.gridsafe.memory.InMemoryGridDirectory sampleDirectory() {
            GridDirectory d = SampleDistrict.directory();
            return new org.gridsafe.memory.InMemoryGridDirectory(
                    d.grids(),
                    d.dutyMatrix(),
                    d.timeLimits(),
                    d.workCalendar(),
                    java.time.Clock.systemUTC(),
                    FIRST_LOAD);
        }

        @Override
        org.gridsafe.port.WritableGridDirectory writableDirectory() {
            return directory;
        }

        @Override
        GridSafe.Builder wire(GridSafe.Builder builder) {
            return builder.directory(directory)
                    .caseQueries(store)
                    .mediaStore(new org.gridsafe.memory.InMemoryMediaStore())
                    .entityRegistry(entities);
        }

        @Override
        CaseStore caseStore() {
            return store;
        }

        @Override
        org.gridsafe.port.IdempotencyKeys idempotencyKeys() {
            return keys;
        }

        @Override
        org.gridsafe.port.EntityRegistry entityRegistry() {
            return entities;
        }

        @Override
        int size() {
            return store.size();
        }

        @Override
        long events() {
            // A case's version is the number of its events.
            long events = 0;
            org.gridsafe.port.CaseQuery query =
                    org.gridsafe.port.CaseQuery.all().limit(org.gridsafe.port.CaseQuery.MAX_LIMIT);
            while (true) {
                org.gridsafe.port.CasePage page = store.find(query);
                for (Case c : page.cases()) {
                    events += c.version();
                }
                if (page.next().isEmpty()) {
                    return events;
                }
                query = query.after(page.next().get());
            }
        }

        @Override
        Optional<Case> find(CaseId id) {
            return store.find(id);
        }

        @Override
        List<RecordedEvent> load(CaseId id) {
            return store.load(id);
        }

        @Override
        public void close() {}
    }

    /**
     * The JDBC adapter: schema migrated, the sample district saved and read back through the
     * adapter's directory; notifications go to its outbox (no relay runs here).
     */
    static final class Jdbc extends FixtureStorage {
        private static final AtomicInteger COUNTER = new AtomicInteger();
        private static EmbeddedPostgres postgres;
        private static String template;

        private final HikariDataSource pool;
        private final JdbcGridSafeStorage storage;
        /** The PostgreSQL database to drop on close; empty on H2, which closes with its pool. */
        private Optional<String> postgresDatabase = Optional.empty();

        private Jdbc(DataSource dataSource, boolean fresh) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(dataSource);
            config.setMaximumPoolSize(8);
            config.setMinimumIdle(1); // an H2 memory database lives only while a connection is open
            config.setConnectionTimeout(5_000);
            pool = new HikariDataSource(config);
            storage = JdbcGridSafeStorage.create(pool).migrate();
            if (fresh) {
                saveSampleDistrict(storage);
            }
        }

        private static void saveSampleDistrict(JdbcGridSafeStorage storage) {
            GridDirectory d = SampleDistrict.directory();
            storage.directory().replace(d.grids(), d.dutyMatrix(), d.timeLimits(), d.workCalendar(), FIRST_LOAD);
        }

        static Jdbc onH2() {
            JdbcDataSource h2 = new JdbcDataSource();
            // No DB_CLOSE_DELAY: the pool's connections keep the database alive until close().
            h2.setURL("jdbc:h2:mem:rest" + COUNTER.incrementAndGet() + ";LOCK_TIMEOUT=10000");
            return new Jdbc(h2, true);
        }

        /** A new database copied from a migrated template that holds the sample district. */
        static Jdbc onPostgres() {
            String name = "rest" + COUNTER.incrementAndGet();
            execute("CREATE DATABASE " + name + " TEMPLATE " + template());
            Jdbc storage = new Jdbc(database(name), false);
            storage.postgresDatabase = Optional.of(name);
            return storage;
        }

        private static synchronized String template() {
            if (template == null) {
                execute("CREATE DATABASE rest_template");
                Jdbc seed = new Jdbc(database("rest_template"), true);
                seed.pool.close(); // a template must have no open sessions when it is copied
                template = "rest_template";
            }
            return template;
        }

        private static synchronized EmbeddedPostgres postgres() {
            if (postgres == null) {
                try {
                    postgres = EmbeddedPostgres.builder()
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("fsync", "on")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("embedded PostgreSQL did not start", e);
                }
            }
            return postgres;
        }

        private static void execute(String sql) {
            try (Connection c = postgres().getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed", e);
            }
        }

        private static DataSource database(String name) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {"localhost"});
            ds.setPortNumbers(new int[] {postgres().getPort()});
            ds.setDatabaseName(name);
            ds.setUser("postgres");
            return ds;
        }

        @Override
        org.gridsafe.port.WritableGridDirectory writableDirectory() {
            return storage.directory();
        }

        @Override
        GridSafe.Builder wire(GridSafe.Builder builder) {
            return builder.directory(storage.directory())
                    .entityRegistry(storage.entityRegistry())
                    .caseQueries(storage.caseQueries())
                    .caseStatistics(storage.caseStatistics())
                    .idGenerator(storage.idGenerator(SampleDistrict.ZONE))
                    .mediaStore(storage.mediaStore(org.gridsafe.media.MediaLimits.defaults()))
                    .majorHazardReturnStore(storage.majorHazardReturns())
                    .districtNotices(storage.districtNotices(), Notifier.none());
        }

        @Override
        CaseStore caseStore() {
            return storage.caseStore();
        }

        @Override
        org.gridsafe.port.IdempotencyKeys idempotencyKeys() {
            return storage.idempotencyKeys();
        }

        @Override
        org.gridsafe.port.EntityRegistry entityRegistry() {
            return storage.entityRegistry();
        }

        @Override
        org.gridsafe.port.PatrolStore patrolStore() {
            return storage.patrolStore();
        }

        @Override
        org.gridsafe.port.InspectionStore inspectionStore() {
            return storage.inspectionStore();
        }

        @Override
        org.gridsafe.port.PatrolTrackStore patrolTrackStore() {
            return storage.patrolTrackStore();
        }

        @Override
        java.util.Optional<org.gridsafe.port.PatrolStatisticsQueries> patrolStatistics() {
            return java.util.Optional.of(storage.patrolStatistics());
        }

        @Override
        java.util.Optional<org.gridsafe.port.InspectionStatisticsQueries> inspectionStatistics() {
            return java.util.Optional.of(storage.inspectionStatistics());
        }

        @Override
        java.util.Optional<org.gridsafe.port.SelfInspectionStatisticsQueries> selfInspectionStatistics() {
            return java.util.Optional.of(storage.selfInspectionStatistics());
        }

        @Override
        org.gridsafe.port.SelfCheckStore selfCheckStore() {
            return storage.selfCheckStore();
        }

        @Override
        org.gridsafe.port.InternalReportStore internalReportStore() {
            return storage.internalReportStore();
        }

        @Override
        int size() {
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM case_view")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count cases", e);
            }
        }

        @Override
        long events() {
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM case_event")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count events", e);
            }
        }

        @Override
        Optional<Case> find(CaseId id) {
            return storage.caseQueries().find(id);
        }

        @Override
        List<RecordedEvent> load(CaseId id) {
            return storage.caseStore().load(id);
        }

        /** Frees the database: the tests create hundreds of them in one JVM. */
        @Override
        public void close() {
            pool.close(); // H2 in memory (no DB_CLOSE_DELAY) goes with its last connection

            postgresDatabase.ifPresent(name -> execute("DROP DATABASE " + name));
        }
    }
}
