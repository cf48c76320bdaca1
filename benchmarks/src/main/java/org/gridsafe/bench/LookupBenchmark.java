package org.gridsafe.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point → grid: {@link GridLocator#locate(GeoPoint)} against a brute-force scan over every
 * boundary with JTS {@code covers} (same answer rule: deepest level, then smallest area, then
 * lowest code), on districts of 1k, 10k and 100k micro-grids (plus their communities, streets and
 * the district: every point lies in four grids). Points are uniform over the district, seeded.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class LookupBenchmark {

    static final int POINTS = 1 << 13;

    @Param({"1000", "10000", "100000"})
    public int grids;

    GridLocator locator;
    BruteForce brute;
    GeoPoint[] points;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        GridTree tree = SizedDistrict.of(grids, false).tree();
        locator = GridLocator.of(tree);
        brute = new BruteForce(tree.grids());
        SplittableRandom random = new SplittableRandom(20261129L);
        points = new GeoPoint[POINTS];
        for (int i = 0; i < POINTS; i++) {
            points[i] = new GeoPoint(
                    random.nextDouble(SizedDistrict.WEST, SizedDistrict.EAST),
                    random.nextDouble(SizedDistrict.SOUTH, SizedDistrict.NORTH));
        }
        // The two must agree, or the comparison means nothing (checked in the smoke test too).
        for (int i = 0; i < 64; i++) {
            Optional<Grid> fast = locator.locate(points[i]);
            Optional<Grid> slow = brute.locate(points[i]);
            if (fast.isEmpty() || !fast.equals(slow)) {
                throw new IllegalStateException(
                        "locator and brute force disagree at " + points[i] + ": " + fast + " vs " + slow);
            }
        }
    }

    @Benchmark
    public Optional<Grid> locator(Cursor cursor) {
        return locator.locate(points[cursor.next++ & (POINTS - 1)]);
    }

    @Benchmark
    public Optional<Grid> bruteForce(Cursor cursor) {
        return brute.locate(points[cursor.next++ & (POINTS - 1)]);
    }

    /** Every boundary, in an array, tested one by one. */
    static final class BruteForce {
        private final Grid[] grids;
        private final Geometry[] shapes;
        private final double[] areas;
        private final GeometryFactory factory = new GeometryFactory();

        BruteForce(Collection<Grid> all) {
            List<Grid> with = new ArrayList<>();
            for (Grid g : all) {
                if (g.boundary().isPresent()) {
                    with.add(g);
                }
            }
            grids = with.toArray(Grid[]::new);
            shapes = new Geometry[grids.length];
            areas = new double[grids.length];
            for (int i = 0; i < grids.length; i++) {
                shapes[i] = grids[i].boundary().orElseThrow();
                areas[i] = shapes[i].getArea();
            }
        }

        Optional<Grid> locate(GeoPoint p) {
            Point target = factory.createPoint(new Coordinate(p.longitude(), p.latitude()));
            int best = -1;
            for (int i = 0; i < shapes.length; i++) {
                if (shapes[i].covers(target) && (best < 0 || better(i, best))) {
                    best = i;
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(grids[best]);
        }

        private boolean better(int i, int best) {
            int level = grids[i].level().compareTo(grids[best].level());
            if (level != 0) {
                return level > 0;
            }
            int area = Double.compare(areas[i], areas[best]);
            if (area != 0) {
                return area < 0;
            }
            return grids[i].code().compareTo(grids[best].code()) < 0;
        }
    }
}
