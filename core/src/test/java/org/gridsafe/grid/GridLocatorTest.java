package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GridLocatorTest {

    private static Grid grid(String code, Geometry boundary) {
        return Grid.builder().code(code).name("网格" + code).boundary(boundary).build();
    }

    private static final Grid DISTRICT = grid("110105", Shapes.rectangle(116.0, 39.0, 117.0, 40.0));
    private static final Grid STREET = grid("110105001", Shapes.rectangle(116.0, 39.0, 116.5, 39.5));
    private static final Grid COMMUNITY = grid("110105001001", Shapes.rectangle(116.0, 39.0, 116.25, 39.25));
    // Two micro-grids side by side, sharing the edge x = 116.125; binary fractions make their
    // areas exactly equal, so the code decides.
    private static final Grid WEST = grid("110105001001001", Shapes.rectangle(116.0, 39.0, 116.125, 39.125));
    private static final Grid EAST = grid("110105001001002", Shapes.rectangle(116.125, 39.0, 116.25, 39.125));
    private static final Grid UNSURVEYED =
            Grid.builder().code("110105002").name("未测绘街道").build();

    private final GridLocator locator =
            GridLocator.of(GridTree.of(List.of(DISTRICT, STREET, COMMUNITY, WEST, EAST, UNSURVEYED)));

    @Test
    void nestedGridsResolveToTheDeepest() {
        assertThat(locator.locate(116.05, 39.05)).contains(WEST);
        assertThat(locator.locate(116.15, 39.2)).contains(COMMUNITY);
        assertThat(locator.locate(116.4, 39.4)).contains(STREET);
        assertThat(locator.locate(GeoPoint.of(116.9, 39.9))).contains(DISTRICT);
        assertThat(locator.size()).as("the grid without a boundary is ignored").isEqualTo(5);
    }

    @Test
    void aPointOnASharedEdgeGoesToTheLowerCodeWhenLevelAndAreaTie() {
        assertThat(WEST.boundary().orElseThrow().getArea())
                .isEqualTo(EAST.boundary().orElseThrow().getArea());
        assertThat(locator.locate(116.125, 39.05)).contains(WEST);
        assertThat(locator.locate(116.125, 39.125)).as("shared corner").contains(WEST);
        assertThat(locator.locate(116.25, 39.05)).as("outer edge of EAST only").contains(EAST);
        assertThat(locator.locate(116.2, 39.05)).as("inside EAST").contains(EAST);
    }

    @Test
    void onEqualLevelsTheSmallerAreaWins() {
        Grid big = grid("110105003", Shapes.rectangle(116.0, 39.0, 116.3, 39.3));
        Grid small = grid("110105004", Shapes.rectangle(116.1, 39.1, 116.2, 39.2));

        assertThat(GridLocator.of(List.of(big, small)).locate(116.15, 39.15)).contains(small);
        assertThat(GridLocator.of(List.of(big, small)).locate(116.1, 39.1))
                .as("on small's corner")
                .contains(small);
    }

    @Test
    void aPointOutsideEveryGridIsNowhere() {
        assertThat(locator.locate(117.5, 39.5)).isEmpty();
        assertThat(locator.locate(117.0000001, 40.0)).isEmpty();
        assertThat(locator.locate(117.0, 40.0)).as("the district's corner").contains(DISTRICT);
        assertThat(GridLocator.of(List.of()).locate(116, 39)).isEmpty();
    }

    @Test
    void coordinatesAreValidated() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> locator.locate(39.9, 116.4))
                .withMessage("latitude must be between -90 and 90 degrees; got 116.4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> locator.locate(null))
                .withMessage("point must not be null");
    }

    @Test
    void concurrentLookupsAgreeWithSequentialOnes() {
        List<GeoPoint> points = IntStream.range(0, 20_000)
                .mapToObj(i -> GeoPoint.of(115.9 + (i % 143) * 0.01, 38.9 + (i / 143) * 0.01))
                .toList();
        List<Optional<Grid>> sequential = points.stream().map(locator::locate).toList();
        GridLocator fresh = GridLocator.of(List.of(DISTRICT, STREET, COMMUNITY, WEST, EAST));

        assertThat(points.parallelStream().map(fresh::locate).toList()).isEqualTo(sequential);
    }
}
