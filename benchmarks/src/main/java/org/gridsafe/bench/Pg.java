package org.gridsafe.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL 14 (zonky) for the durable suites, with {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on (zonky turns synchronous_commit off by
 * default), checked after start. Each measured party gets its own database on that instance.
 */
final class Pg implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final EmbeddedPostgres postgres;

    private Pg(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Pg start() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            require(s, "synchronous_commit", "on");
            require(s, "fsync", "on");
        }
        return new Pg(pg);
    }

    private static void require(Statement s, String name, String expected) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            if (!expected.equals(rs.getString(1))) {
                throw new IllegalStateException(name + " is " + rs.getString(1) + ", the benchmark needs " + expected);
            }
        }
    }

    /** A new database; {@code setting} (e.g. "SET synchronous_commit = off"), if any, applies to its sessions. */
    String createDatabase(String prefix, String setting) throws SQLException {
        String name = prefix + COUNTER.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            if (setting != null) {
                s.execute("ALTER DATABASE " + name + " " + setting);
            }
        }
        return name;
    }

    PGSimpleDataSource plain(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        ds.setSocketTimeout(120);
        return ds;
    }

    /** A HikariCP pool of {@code size} connections over {@code ds}. */
    static HikariDataSource pool(DataSource ds, int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    /** Transactions committed and rolled back, and rows inserted + updated + deleted, in {@code database}. */
    long[] stats(String database, HikariDataSource pool) throws SQLException {
        // A PostgreSQL 14 backend keeps its counters until its next transaction or its exit: close
        // the pool's idle connections so every backend reports.
        pool.getHikariPoolMXBean().softEvictConnections();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            // PostgreSQL 14 sends table and database statistics to the collector at most every 500 ms.
            Thread.sleep(1_200);
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT xact_commit + xact_rollback,"
                    + " tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = '"
                    + database + "'")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }

    /**
     * Counts what the client sends to the server: every statement execution ({@code execute*}) and
     * every {@code commit}/{@code rollback} on connections from {@code ds}. With pgjdbc each of those
     * is one network round trip (BEGIN rides along with the first statement of a transaction);
     * connection hand-outs from a pool above this proxy are free.
     */
    static final class Counting {
        final LongAdder roundTrips = new LongAdder();
        final DataSource dataSource;

        Counting(DataSource target) {
            this.dataSource = proxy(DataSource.class, target);
        }

        @SuppressWarnings("unchecked")
        private <T> T proxy(Class<T> type, Object target) {
            InvocationHandler handler = (p, m, args) -> {
                String name = m.getName();
                if (type == Statement.class || type == java.sql.PreparedStatement.class) {
                    if (name.startsWith("execute")) {
                        roundTrips.increment();
                    }
                } else if (type == Connection.class && (name.equals("commit") || name.equals("rollback"))) {
                    roundTrips.increment();
                }
                Object result;
                try {
                    result = m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (result instanceof Connection c && type == DataSource.class) {
                    return proxy(Connection.class, c);
                }
                if (type == Connection.class && result instanceof java.sql.PreparedStatement ps) {
                    return proxy(java.sql.PreparedStatement.class, ps);
                }
                if (type == Connection.class && result instanceof Statement st && name.equals("createStatement")) {
                    return proxy(Statement.class, st);
                }
                return result;
            };
            return (T) Proxy.newProxyInstance(Pg.class.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }
}
