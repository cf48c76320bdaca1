package org.gridsafe.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.GridDirectory;

/**
 * What durable commits cost on the embedded H2 file database: report intake and the six-step
 * lifecycle with {@code WRITE_DELAY=0} (every commit written to the file before it returns, what
 * the library now requires) against H2's default {@code WRITE_DELAY=500} (commits batched in
 * memory for up to 0.5 s, lost on a crash: the old figure). Same district, pool and JVM.
 */
final class H2DurabilitySuite implements Suite {

    @Override
    public String name() {
        return "h2durability";
    }

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        int[] threadCounts = mode == RunMode.SMOKE ? new int[] {1} : new int[] {1, 4};
        Duration warmup = Duration.ofMillis(mode == RunMode.SMOKE ? 300 : mode == RunMode.QUICK ? 2_000 : 5_000);
        Duration measure = Duration.ofMillis(mode == RunMode.SMOKE ? 700 : mode == RunMode.QUICK ? 5_000 : 20_000);
        Path dir = Files.createTempDirectory("gridsafe-h2-durability");
        GridTree tree = SizedDistrict.of(1_000, true).tree();
        GridDirectory d = SizedDistrict.directory(tree);
        List<GridCode> micro = SizedDistrict.microGrids(tree);
        GridSafeLifecycleBenchmark.Step[] steps =
                micro.stream().map(GridSafeLifecycleBenchmark.Step::of).toArray(GridSafeLifecycleBenchmark.Step[]::new);
        List<Row> rows = new ArrayList<>();
        try (HikariDataSource durable = pool(dir.resolve("durable") + ";WRITE_DELAY=0");
                HikariDataSource delayed = pool(dir.resolve("delayed").toString())) {
            Casework durableWork = casework(JdbcGridSafeStorage.create(durable).migrate(), d);
            Casework delayedWork = casework(
                    JdbcGridSafeStorage.createAllowingDelayedCommits(delayed).migrate(), d);
            for (int threads : threadCounts) {
                String th = threads + (threads == 1 ? " thread" : " threads");
                double load = Load.oneMinute();
                double reportsDelayed = Driver.rate(threads, warmup, measure, (t, n) -> {
                    GridSafeLifecycleBenchmark.Step s = steps[(int) ((t * 7919L + n) % steps.length)];
                    delayedWork.report(s.gridStaff(), s.report());
                });
                double reportsDurable = Driver.rate(threads, warmup, measure, (t, n) -> {
                    GridSafeLifecycleBenchmark.Step s = steps[(int) ((t * 7919L + n) % steps.length)];
                    durableWork.report(s.gridStaff(), s.report());
                });
                double lifecyclesDelayed = Driver.rate(
                        threads,
                        warmup,
                        measure,
                        (t, n) -> GridSafeLifecycleBenchmark.run(
                                delayedWork, steps[(int) ((t * 7919L + n) % steps.length)]));
                double lifecyclesDurable = Driver.rate(
                        threads,
                        warmup,
                        measure,
                        (t, n) -> GridSafeLifecycleBenchmark.run(
                                durableWork, steps[(int) ((t * 7919L + n) % steps.length)]));
                load = Math.max(load, Load.oneMinute());
                rows.add(row(
                        "report intake, H2 file, WRITE_DELAY=0 vs default 500 ms (" + th + ")",
                        th,
                        "reports/s",
                        reportsDurable,
                        reportsDelayed,
                        load,
                        measure));
                rows.add(row(
                        "case lifecycle, six steps, H2 file, WRITE_DELAY=0 vs default 500 ms (" + th + ")",
                        th,
                        "lifecycles/s",
                        lifecyclesDurable,
                        lifecyclesDelayed,
                        load,
                        measure));
            }
        }
        return rows;
    }

    private Row row(
            String what, String size, String unit, double durable, double delayed, double load, Duration measure) {
        return new Row(
                name(),
                what,
                size,
                durable,
                unit,
                Optional.of("the same on H2's default WRITE_DELAY=500 (loses the last 0.5 s on a crash)"),
                Optional.of(delayed),
                Optional.of(durable / delayed),
                "— (reported)",
                Optional.empty(),
                load,
                "pool 8; " + measure.toSeconds()
                        + " s window; ratio = durable ÷ delayed (the cost of a write per commit)");
    }

    private static HikariDataSource pool(String pathAndSettings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + pathAndSettings);
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    private static Casework casework(JdbcGridSafeStorage storage, GridDirectory d) {
        storage.directory().save(d.grids(), d.dutyMatrix(), d.timeLimits(), d.workCalendar());
        return GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .caseStatistics(storage.caseStatistics())
                .idGenerator(storage.idGenerator(d.workCalendar().zone()))
                .build()
                .casework();
    }
}
