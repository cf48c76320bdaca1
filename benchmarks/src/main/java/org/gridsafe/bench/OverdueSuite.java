package org.gridsafe.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.grid.GridTree;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.GridDirectory;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Issue item 5: time to find the overdue cases among N cases, of which a fixed number are overdue.
 *
 * <p>The scan measured is the adapter's own query, as {@code Casework.escalateOverdue} runs it:
 * {@code caseQueries().find(CaseQuery.all().dueBefore(now).limit(1000))}, paged with
 * {@code after(next)} until there is no next page, every case decoded from its snapshot.
 *
 * <p>Loading: one real case is reported through {@code Casework} with a clock 60 days back (so its
 * deadline has passed); its {@code case_view} row is then copied in SQL — server-side batched
 * {@code INSERT … SELECT} over {@code generate_series} (PostgreSQL) or {@code SYSTEM_RANGE} (H2),
 * 100k rows per statement — into the overdue cases (snapshot with the id replaced, so each decodes
 * as itself) and the other cases: 90% closed, 10% open with a deadline 30 days ahead. Then
 * {@code ANALYZE}. The loading database does not wait for WAL flushes (the scan only reads).
 */
final class OverdueSuite implements Suite {

    @Override
    public String name() {
        return "overdue";
    }

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        int overdue = mode == RunMode.SMOKE ? 50 : 1_000;
        int[] sizes = mode == RunMode.SMOKE
                ? new int[] {1_000, 5_000}
                : mode == RunMode.QUICK ? new int[] {100_000, 1_000_000} : new int[] {1_000_000, 10_000_000};
        int reps = mode == RunMode.SMOKE ? 3 : 15;
        List<Row> rows = new ArrayList<>();
        try (Pg pg = Pg.start()) {
            rows.addAll(compare("PostgreSQL 14", sizes, overdue, reps, () -> {
                String db = pg.createDatabase("overdue", "SET synchronous_commit = off");
                return Pg.pool(pg.plain(db), 2);
            }));
        }
        Path dir = Files.createTempDirectory("gridsafe-overdue-h2");
        rows.addAll(compare("H2 2.5 file", sizes, overdue, reps, () -> {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + dir.resolve("db" + System.nanoTime()) + ";LOCK_TIMEOUT=60000;WRITE_DELAY=0");
            return Pg.pool(h2, 2);
        }));
        return rows;
    }

    interface Database {
        HikariDataSource create() throws Exception;
    }

    private List<Row> compare(String db, int[] sizes, int overdue, int reps, Database database) throws Exception {
        double[] medians = new double[sizes.length];
        double[] loads = new double[sizes.length];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            try (HikariDataSource ds = database.create()) {
                JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
                long loadStart = System.nanoTime();
                load(ds, storage, sizes[i], overdue, db.startsWith("PostgreSQL"));
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                Instant now = Instant.now();
                double[] ms = new double[reps];
                // Ten warm-up scans: with fewer, the first size measured also paid for the JIT
                // compiling the scan path, and the growth ratio came out below 1.
                for (int r = -10; r < reps; r++) {
                    long start = System.nanoTime();
                    int found = scan(storage.caseQueries(), now);
                    long took = System.nanoTime() - start;
                    if (found != overdue) {
                        throw new IllegalStateException("scan found " + found + " overdue cases, expected " + overdue);
                    }
                    if (r >= 0) {
                        ms[r] = took / 1e6;
                    }
                }
                Arrays.sort(ms);
                medians[i] = ms[reps / 2];
                loads[i] = Load.oneMinute();
                rows.add(new Row(
                        name(),
                        "overdue scan, " + db + " (" + String.format(Locale.ROOT, "%,d", overdue) + " overdue)",
                        String.format(Locale.ROOT, "%,d cases", sizes[i]),
                        medians[i],
                        "ms per scan",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "— (reported)",
                        Optional.empty(),
                        loads[i],
                        String.format(
                                Locale.ROOT,
                                "median of %d scans (min %.1f, max %.1f ms); pages of 1,000 via caseQueries().find;"
                                        + " loading took %,d ms",
                                reps,
                                ms[0],
                                ms[reps - 1],
                                loadMs)));
            }
        }
        double growth = medians[medians.length - 1] / medians[0];
        rows.add(new Row(
                name(),
                "overdue scan cost growth, " + db,
                String.format(Locale.ROOT, "%,d → %,d cases", sizes[0], sizes[sizes.length - 1]),
                growth,
                "× time per scan",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "≤ 2× (tracks the overdue count)",
                Optional.of(growth <= 2.0),
                Math.max(loads[0], loads[loads.length - 1]),
                String.format(Locale.ROOT, "%.1f ms → %.1f ms", medians[0], medians[medians.length - 1])));
        return rows;
    }

    private static int scan(CaseQueries queries, Instant now) {
        int found = 0;
        CaseQuery query = CaseQuery.all().dueBefore(now).limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = queries.find(query);
            found += page.cases().size();
            if (page.next().isEmpty()) {
                return found;
            }
            query = query.after(page.next().get());
        }
    }

    private static void load(DataSource ds, JdbcGridSafeStorage storage, int total, int overdue, boolean postgres)
            throws Exception {
        GridTree tree = SizedDistrict.of(1_000, true).tree();
        GridDirectory d = SizedDistrict.directory(tree);
        storage.directory().save(d.grids(), d.dutyMatrix(), d.timeLimits(), d.workCalendar());
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(60)), ZoneOffset.UTC);
        GridSafeLifecycleBenchmark.Step step = GridSafeLifecycleBenchmark.Step.of(
                SizedDistrict.microGrids(tree).get(0));
        Case template = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(storage.idGenerator(d.workCalendar().zone()))
                .clock(past)
                .build()
                .casework()
                .report(step.gridStaff(), step.report());
        String id = template.id().value();
        String range = postgres ? "generate_series(?, ?) AS g(x)" : "SYSTEM_RANGE(?, ?)";
        String cols = "case_id, version, state, is_open, grid_code, department_id, deadline, escalation_rung,"
                + " grade, safety_domain, hazard_code, description, reported_at, state_since, finished_at,"
                + " snapshot_version, snapshot";
        String copyOverdue = "INSERT INTO case_view (" + cols + ") SELECT 'OVD-' || LPAD(CAST(x AS VARCHAR), 10, '0'),"
                + " version, state, is_open, grid_code, department_id, deadline, escalation_rung, grade,"
                + " safety_domain, hazard_code, description, reported_at, state_since, finished_at, snapshot_version,"
                + " REPLACE(snapshot, ?, 'OVD-' || LPAD(CAST(x AS VARCHAR), 10, '0')) FROM case_view, " + range
                + " WHERE case_id = ?";
        String copyOther = "INSERT INTO case_view (" + cols + ") SELECT 'C-' || LPAD(CAST(x AS VARCHAR), 10, '0'),"
                + " version, CASE WHEN MOD(x, 10) = 0 THEN state ELSE 'CLOSED' END, MOD(x, 10) = 0, grid_code,"
                + " department_id, CASE WHEN MOD(x, 10) = 0 THEN CAST(? AS TIMESTAMP WITH TIME ZONE) END, escalation_rung, grade,"
                + " safety_domain, hazard_code, description, reported_at, state_since,"
                + " CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE reported_at END, snapshot_version, '{}' FROM case_view, "
                + range + " WHERE case_id = ?";
        Timestamp future = Timestamp.from(Instant.now().plus(Duration.ofDays(30)));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(copyOverdue)) {
                ps.setString(1, id);
                ps.setLong(2, 1);
                ps.setLong(3, overdue - 1L);
                ps.setString(4, id);
                ps.executeUpdate();
            }
            int others = total - overdue;
            int chunk = 100_000;
            for (int from = 1; from <= others; from += chunk) {
                try (PreparedStatement ps = c.prepareStatement(copyOther)) {
                    ps.setTimestamp(1, future);
                    ps.setLong(2, from);
                    ps.setLong(3, Math.min(others, from + chunk - 1L));
                    ps.setString(4, id);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(postgres ? "ANALYZE case_view" : "ANALYZE TABLE case_view");
            }
        }
    }
}
