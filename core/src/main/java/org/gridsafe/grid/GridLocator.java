package org.gridsafe.grid;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the grid a point lies in: the answer to "which grid does this report belong to?".
 *
 * <p>{@link #locate(GeoPoint)} returns the smallest grid whose boundary covers the point. A point
 * on a boundary counts as inside (JTS {@code covers}), so a point on an edge shared by two grids
 * is inside both; the choice is then deterministic: <b>the deepest level first, then the smallest
 * area, then the lowest code</b>. Area is planar, in the squared degrees of the boundaries, which
 * is enough to rank grids of one district. Grids without a boundary are ignored.
 *
 * <p>Thread-safe: the spatial index (a JTS {@code STRtree}) is built eagerly in the factory and only
 * read afterwards (JTS documents the tree as read-only once built), and each boundary is a JTS
 * {@code PreparedPolygon}, which JTS documents as thread-safe (its lazily built point index is
 * created under a lock since JTS 1.17/1.18.2).
 *
 * <pre>{@code
 * GridLocator locator = GridLocator.of(tree);
 * Optional<Grid> grid = locator.locate(116.4551, 39.9087);
 * }</pre>
 */
public final class GridLocator {

    /** The tie-break rule of the class Javadoc, over the candidates that cover the point. */
    private static final Comparator<Candidate> SMALLEST_FIRST = Comparator.comparing(
                    (Candidate c) -> c.grid().level(), Comparator.reverseOrder())
            .thenComparingDouble(Candidate::area)
            .thenComparing(c -> c.grid().code());

    /**
     * One index per level, deepest first: most points are answered by the micro-grid index alone,
     * which is smaller and shallower than one index over every level (the benchmark showed the
     * mixed index's query dominating at 100k grids).
     */
    private final List<STRtree> indexesDeepestFirst;

    private final GeometryFactory points = new GeometryFactory();
    private final int size;

    private GridLocator(Collection<Grid> grids) {
        java.util.Map<GridLevel, STRtree> byLevel = new java.util.EnumMap<>(GridLevel.class);
        int count = 0;
        for (Grid grid : grids) {
            Optional<Geometry> boundary = grid.sharedBoundary();
            if (boundary.isPresent()) {
                Geometry shape = boundary.get();
                byLevel.computeIfAbsent(grid.level(), level -> new STRtree())
                        .insert(
                                shape.getEnvelopeInternal(),
                                new Candidate(grid, PreparedGeometryFactory.prepare(shape), shape.getArea()));
                count++;
            }
        }
        List<STRtree> deepestFirst = new java.util.ArrayList<>(byLevel.values());
        java.util.Collections.reverse(deepestFirst);
        // Build now, so no query ever triggers the build and queries only read the trees.
        deepestFirst.forEach(STRtree::build);
        this.indexesDeepestFirst = List.copyOf(deepestFirst);
        this.size = count;
    }

    /**
     * A locator over the grids of a tree.
     *
     * @param tree the grids
     * @return the locator
     */
    public static GridLocator of(GridTree tree) {
        return new GridLocator(Fields.requireNonNull(tree, "grid tree").grids());
    }

    /**
     * A locator over any grids, without checking that they form a hierarchy.
     *
     * @param grids the grids; no null entries
     * @return the locator
     */
    public static GridLocator of(Collection<Grid> grids) {
        Fields.requireNonNull(grids, "grids");
        grids.forEach(g -> Fields.requireNonNull(g, "grid"));
        return new GridLocator(grids);
    }

    /**
     * The smallest grid whose boundary covers a point.
     *
     * @param point the point, in the reference system of the boundaries
     * @return the grid, or empty when no boundary covers the point
     */
    public Optional<Grid> locate(GeoPoint point) {
        Fields.requireNonNull(point, "point");
        Point target = points.createPoint(new Coordinate(point.longitude(), point.latitude()));
        Envelope probe = new Envelope(target.getCoordinate());
        for (STRtree index : indexesDeepestFirst) {
            @SuppressWarnings("unchecked") // STRtree is untyped; every item inserted is a Candidate
            List<Candidate> hits = index.query(probe);
            Candidate best = null;
            for (Candidate candidate : hits) {
                if ((best == null || SMALLEST_FIRST.compare(candidate, best) < 0)
                        && candidate.boundary().covers(target)) {
                    best = candidate;
                }
            }
            if (best != null) {
                // Every grid of a deeper level beats every grid of this one, so the first hit wins.
                return Optional.of(best.grid());
            }
        }
        return Optional.empty();
    }

    /**
     * The smallest grid whose boundary covers a point.
     *
     * @param longitude degrees east, -180 to 180
     * @param latitude degrees north, -90 to 90
     * @return the grid, or empty when no boundary covers the point
     * @throws IllegalArgumentException when the coordinates are out of range (see {@link GeoPoint})
     */
    public Optional<Grid> locate(double longitude, double latitude) {
        return locate(new GeoPoint(longitude, latitude));
    }

    /** The number of grids with a boundary, i.e. the grids this locator can return. */
    public int size() {
        return size;
    }

    private record Candidate(Grid grid, PreparedGeometry boundary, double area) {}
}
