package org.gridsafe.grid;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for codes, trees and boundaries. */
final class GridGenerators {

    /** Boundaries are drawn on a lattice of this step (an exact binary fraction) from (116, 39). */
    static final double STEP = 0.25;

    static final double WEST = 116.0;
    static final double SOUTH = 39.0;
    static final int LATTICE = 16;

    private GridGenerators() {}

    /** The GB/T 2260 province codes (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82). */
    static final List<Integer> PROVINCES = List.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
            62, 63, 64, 65, 71, 81, 82);

    /** Six valid GB/T 2260-shaped digits: a real province, no other segment 00. */
    static Gen<String> districtDigits() {
        Gen<Integer> twoDigits = integers().between(1, 99);
        Gen<Integer> province = integers().between(0, PROVINCES.size() - 1).map(PROVINCES::get);
        return province.zip(twoDigits, twoDigits, (p, c, k) -> String.format("%02d%02d%02d", p, c, k));
    }

    /** A township (street) segment with a defined type digit: 001 to 599. */
    static Gen<String> townshipSegment() {
        return segment(599);
    }

    /** A 3-digit segment from 001 to {@code max}. */
    static Gen<String> segment(int max) {
        return integers().between(1, max).map(n -> String.format("%03d", n));
    }

    /** Any valid code, of any level. */
    static Gen<GridCode> codes() {
        Gen<String> segment = segment(999);
        return districtDigits()
                .zip(
                        townshipSegment(),
                        segment,
                        segment,
                        integers().between(0, 3),
                        (d, s, c, m, depth) -> GridCode.parse(d + (s + c + m).substring(0, 3 * depth)));
    }

    /**
     * The codes of a random tree under one random district: a few random descendants, closed under
     * parents, so it is always a valid hierarchy. Segments are drawn from 001-004 so siblings are
     * common.
     */
    static Gen<List<GridCode>> treeCodes() {
        Gen<String> segment = segment(4);
        Gen<String> suffix = segment.zip(
                segment, segment, integers().between(1, 3), (s, c, m, depth) -> (s + c + m).substring(0, 3 * depth));
        return districtDigits()
                .flatMap(district -> lists().of(suffix).ofSizeBetween(0, 25).map(suffixes -> {
                    TreeSet<GridCode> closed = new TreeSet<>();
                    closed.add(GridCode.parse(district));
                    for (String s : suffixes) {
                        Optional<GridCode> code = Optional.of(GridCode.parse(district + s));
                        while (code.isPresent() && closed.add(code.get())) {
                            code = code.get().parent();
                        }
                    }
                    return List.copyOf(closed);
                }));
    }

    static double lon(int k) {
        return WEST + k * STEP;
    }

    static double lat(int k) {
        return SOUTH + k * STEP;
    }

    /** No boundary, a lattice rectangle or a lattice triangle (never degenerate). */
    static Gen<Optional<Geometry>> boundaries() {
        Gen<Integer> corner = integers().between(0, LATTICE - 1);
        Gen<Integer> size = integers().between(1, 8);
        Gen<Optional<Geometry>> rectangles = corner.zip(
                corner,
                size,
                size,
                (x, y, w, h) -> Optional.of(Shapes.rectangle(
                        lon(x), lat(y), lon(Math.min(LATTICE, x + w)), lat(Math.min(LATTICE, y + h)))));
        Gen<Integer> vertex = integers().between(0, LATTICE);
        Gen<Optional<Geometry>> triangles = vertex.zip(
                        vertex, vertex, vertex, (x1, y1, x2, y2) -> new int[] {x1, y1, x2, y2})
                .zip(vertex, vertex, (a, x3, y3) -> {
                    long cross = (long) (a[2] - a[0]) * (y3 - a[1]) - (long) (a[3] - a[1]) * (x3 - a[0]);
                    if (cross == 0) {
                        // Collinear: not a polygon. Fall back to a unit square at the first vertex.
                        int x = Math.min(a[0], LATTICE - 1);
                        int y = Math.min(a[1], LATTICE - 1);
                        return Optional.<Geometry>of(Shapes.rectangle(lon(x), lat(y), lon(x + 1), lat(y + 1)));
                    }
                    return Optional.<Geometry>of(
                            Shapes.triangle(lon(a[0]), lat(a[1]), lon(a[2]), lat(a[3]), lon(x3), lat(y3)));
                });
        return Generate.frequency(
                Pair.of(1, Generate.constant(Optional.<Geometry>empty())),
                Pair.of(3, rectangles),
                Pair.of(3, triangles));
    }

    /** A random tree of grids, most with a (possibly overlapping) boundary. */
    static Gen<List<Grid>> gridsWithBoundaries() {
        return treeCodes()
                .flatMap(codes -> lists().of(boundaries()).ofSize(codes.size()).map(shapes -> {
                    List<Grid> grids = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        Grid.Builder builder = Grid.builder().code(codes.get(i)).name("网格" + codes.get(i));
                        shapes.get(i).ifPresent(builder::boundary);
                        grids.add(builder.build());
                    }
                    return grids;
                }))
                .describedAs(grids -> grids.stream()
                        .map(g -> g.code() + " "
                                + g.boundary().map(Geometry::toText).orElse("(no boundary)"))
                        .toList()
                        .toString());
    }

    /**
     * Points on a finer lattice than the boundaries (so vertices, edges and edge midpoints are hit
     * exactly), slightly beyond it (outside every grid), or anywhere in between.
     */
    static Gen<GeoPoint> points() {
        Gen<Integer> fine = integers().between(-2, 2 * LATTICE + 2);
        Gen<GeoPoint> onLattice = fine.zip(fine, (x, y) -> GeoPoint.of(WEST + x * STEP / 2, SOUTH + y * STEP / 2));
        Gen<Integer> anywhere = integers().between(-1_000_000, 5_000_000);
        Gen<GeoPoint> continuous = anywhere.zip(
                anywhere, (x, y) -> GeoPoint.of(WEST + x * LATTICE * STEP / 4e6, SOUTH + y * LATTICE * STEP / 4e6));
        return Generate.frequency(Pair.of(3, onLattice), Pair.of(1, continuous));
    }
}
