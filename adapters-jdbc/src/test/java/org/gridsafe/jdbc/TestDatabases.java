package org.gridsafe.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for the tests: H2 in memory, and one real PostgreSQL per test JVM (zonky embedded,
 * durable settings) with a fresh database per call. If PostgreSQL cannot start, the tests using it
 * fail: they never skip.
 */
final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private TestDatabases() {}

    static DataSource h2Memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:gs" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    static DataSource h2File(String path) {
        return h2FileDataSource(path + ";WRITE_DELAY=0");
    }

    /** An H2 file database at {@code pathAndSettings} (a path, then any {@code ;SETTING=value}). */
    static DataSource h2FileDataSource(String pathAndSettings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + pathAndSettings);
        return ds;
    }

    /** The JVM's PostgreSQL, started on first use with synchronous_commit and fsync on. */
    static synchronized EmbeddedPostgres postgres() {
        if (shared == null) {
            shared = startPostgres(EmbeddedPostgres.builder());
        }
        return shared;
    }

    static EmbeddedPostgres startPostgres(EmbeddedPostgres.Builder builder) {
        try {
            EmbeddedPostgres pg = builder.setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                requireSetting(s, "synchronous_commit", "on");
                requireSetting(s, "fsync", "on");
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL is not usable", e);
        }
    }

    private static void requireSetting(Statement s, String name, String expected) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            if (!expected.equals(rs.getString(1))) {
                throw new IllegalStateException(name + " is " + rs.getString(1) + ", the tests need " + expected);
            }
        }
    }

    /** A new, empty database on the shared PostgreSQL. */
    static DataSource freshPostgresDatabase() {
        return freshDatabase(postgres());
    }

    /**
     * A new, empty database on the shared PostgreSQL whose commits do not wait for the WAL flush
     * ({@code synchronous_commit = off}): for tests that write a lot and do not test durability.
     */
    static DataSource freshFastPostgresDatabase() {
        return freshDatabase(postgres(), "SET synchronous_commit = off");
    }

    static DataSource freshDatabase(EmbeddedPostgres pg) {
        return freshDatabase(pg, null);
    }

    private static DataSource freshDatabase(EmbeddedPostgres pg, String setting) {
        String name =
                "gs" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            if (setting != null) {
                // Before the pool's first connection: every session of the database starts with it.
                s.execute("ALTER DATABASE " + name + " " + setting);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return pooled(dataSource(pg.getPort(), name));
    }

    /** A small pool over {@code ds}, failing fast (3 s) when the database is down. */
    static HikariDataSource pooled(DataSource ds) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(0);
        // Tests leave pools open; with Hikari's 10-minute default their idle connections would use up
        // the shared server's connection slots ("too many clients") as the suite grows.
        config.setIdleTimeout(10_000);
        config.setConnectionTimeout(3000);
        config.setValidationTimeout(1000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    static PGSimpleDataSource dataSource(int port, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        ds.setConnectTimeout(3);
        ds.setLoginTimeout(3);
        ds.setSocketTimeout(30);
        return ds;
    }
}
