package org.gridsafe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.gridsafe.port.GridDirectory;
import org.locationtech.jts.geom.Point;

/**
 * Issue item 6: retained heap of a grid tree with boundaries and staff, of a locator over it, and
 * bytes per open case in the in-memory store.
 *
 * <p>Method: heap in use after forced full GCs ({@link MemoryMXBean}), before building the thing
 * and after, with the thing still reachable; a discarded warm-up round first (class loading,
 * interned constants), then several rounds and the median. At these sizes (tens of MB) the method's
 * noise (a few KB of unrelated allocation) is far below the figure, it needs no agent and no extra
 * dependency, and it counts what the JVM really retains with its actual settings (compressed oops,
 * alignment, G1). JOL's graph walk would attribute shared objects (enum constants, the JTS factory)
 * to the first owner and needs {@code -Djdk.attach.allowAttachSelf}; it is the better tool for a
 * per-class breakdown, not needed for a total.
 */
final class MemorySuite implements Suite {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<Row> run(RunMode mode) {
        List<Row> rows = new ArrayList<>();
        int microGrids = mode.memoryGrids;
        SizedDistrict district = SizedDistrict.of(microGrids, true);
        int reps = mode.memoryRepetitions;

        long[] tree = retained(district::tree, reps);
        long[] polygons = retained(district::boundariesOnly, reps);
        GridTree built = district.tree();
        int gridCount = built.size();
        double treeBytes = median(tree);
        double polygonBytes = median(polygons);
        rows.add(new Row(
                name(),
                "retained heap, GridTree with boundaries and staff",
                String.format(Locale.ROOT, "%,d micro-grids (%,d grids)", microGrids, gridCount),
                treeBytes,
                "bytes",
                Optional.of("the same boundaries as bare JTS polygons"),
                Optional.of(polygonBytes),
                Optional.of(treeBytes / polygonBytes),
                "— (reported)",
                Optional.empty(),
                Load.oneMinute(),
                String.format(
                        Locale.ROOT,
                        "%,.0f bytes per grid (5 staff + 5 responsible persons each); median of %d, spread %s",
                        treeBytes / gridCount,
                        reps,
                        spread(tree))));

        List<Point> probes = new ArrayList<>();
        for (Grid g : built.grids()) {
            if (g.level() == GridLevel.MICRO) {
                probes.add(g.boundary().orElseThrow().getInteriorPoint());
            }
        }
        long[] locator = retained(
                () -> {
                    GridLocator l = GridLocator.of(built);
                    // Steady state: every prepared boundary has answered once (JTS builds its point
                    // index lazily).
                    for (Point p : probes) {
                        l.locate(p.getX(), p.getY());
                    }
                    return l;
                },
                reps);
        double locatorBytes = median(locator);
        rows.add(new Row(
                name(),
                "retained heap, GridLocator over that tree (beyond the tree)",
                String.format(Locale.ROOT, "%,d grids", gridCount),
                locatorBytes,
                "bytes",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "— (reported)",
                Optional.empty(),
                Load.oneMinute(),
                String.format(
                        Locale.ROOT,
                        "%,.0f bytes per grid, after one lookup in every micro-grid; median of %d, spread %s",
                        locatorBytes / gridCount,
                        reps,
                        spread(locator))));
        Reference.reachabilityFence(built);

        rows.add(openCases(mode));
        return rows;
    }

    private Row openCases(RunMode mode) {
        GridTree tree = SizedDistrict.of(1_000, true).tree();
        GridDirectory directory = SizedDistrict.directory(tree);
        List<GridCode> micro = SizedDistrict.microGrids(tree);
        GridSafeLifecycleBenchmark.Step[] steps =
                micro.stream().map(GridSafeLifecycleBenchmark.Step::of).toArray(GridSafeLifecycleBenchmark.Step[]::new);
        int n = mode.openCases;
        long[] samples = new long[mode.memoryRepetitions];
        for (int rep = -1; rep < samples.length; rep++) {
            Casework casework = GridSafe.builder().directory(directory).build().casework();
            // One report first, so the decider (and its locator) exist before the "before" reading.
            casework.report(steps[0].gridStaff(), steps[0].report());
            long before = usedAfterGc();
            Case last = null;
            for (int i = 0; i < n; i++) {
                GridSafeLifecycleBenchmark.Step s = steps[i % steps.length];
                last = casework.report(s.gridStaff(), s.report());
            }
            long after = usedAfterGc();
            Reference.reachabilityFence(casework);
            Reference.reachabilityFence(last);
            if (rep >= 0) {
                samples[rep] = after - before;
            }
        }
        double perCase = median(samples) / n;
        return new Row(
                name(),
                "bytes per open case, InMemoryCaseStore (reported, not yet registered)",
                String.format(Locale.ROOT, "%,d cases", n),
                perCase,
                "bytes/case",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "— (reported)",
                Optional.empty(),
                Load.oneMinute(),
                String.format(
                        Locale.ROOT,
                        "event log (1 event, hash chained) + current case + indexes; median of %d, spread %s",
                        samples.length,
                        spread(samples)));
    }

    /** Heap retained by what {@code build} returns, one warm-up round then {@code reps} rounds. */
    static long[] retained(Supplier<Object> build, int reps) {
        long[] samples = new long[reps];
        for (int rep = -1; rep < reps; rep++) {
            long before = usedAfterGc();
            Object thing = build.get();
            long after = usedAfterGc();
            Reference.reachabilityFence(thing);
            if (rep >= 0) {
                samples[rep] = after - before;
            }
        }
        return samples;
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static double median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String spread(long[] samples) {
        long min = Arrays.stream(samples).min().orElse(0);
        long max = Arrays.stream(samples).max().orElse(0);
        return String.format(Locale.ROOT, "%,d…%,d bytes", min, max);
    }
}
