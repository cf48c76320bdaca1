package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The indexed locator finds the same grid as scanning every grid with JTS {@code covers} and the
 * documented tie-break (deepest level, then smallest area, then lowest code), on random overlapping
 * rectangles and triangles and on points inside, outside and exactly on edges and vertices.
 */
class GridLocatorAgreesWithBruteForcePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    // Written out again here rather than shared with GridLocator, so a wrong rule there is caught.
    private static final Comparator<Grid> DEEPEST_SMALLEST_LOWEST = Comparator.comparing(
                    (Grid g) -> g.code().value().length(), Comparator.reverseOrder())
            .thenComparingDouble(g -> g.boundary().orElseThrow().getArea())
            .thenComparing(g -> g.code().value());

    @Test
    void locatorAgreesWithABruteForceScan() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        GridGenerators.gridsWithBoundaries(),
                        lists().of(GridGenerators.points()).ofSize(20))
                .checkAssert((grids, points) -> {
                    GridLocator locator = GridLocator.of(GridTree.of(grids));
                    for (GeoPoint point : points) {
                        assertThat(locator.locate(point).map(Grid::code))
                                .as("locate %s", point)
                                .isEqualTo(bruteForce(grids, point).map(Grid::code));
                    }
                });
    }

    private static Optional<Grid> bruteForce(List<Grid> grids, GeoPoint point) {
        Point target = Shapes.FACTORY.createPoint(new Coordinate(point.longitude(), point.latitude()));
        return grids.stream()
                .filter(g -> g.boundary().map((Geometry b) -> b.covers(target)).orElse(false))
                .min(DEEPEST_SMALLEST_LOWEST);
    }
}
