package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GridTest {

    private static final ResponsiblePerson SUN = new ResponsiblePerson("p-9", "孙涛");

    @Test
    void aGridTakesItsLevelFromItsCode() {
        Grid grid = Grid.builder()
                .code("110105001")
                .name("建外街道")
                .boundary(Shapes.rectangle(116.44, 39.90, 116.46, 39.92))
                .addStaff(new StaffAssignment("p-7", "赵敏", GridRole.GRID_MANAGER))
                .addStaff(new StaffAssignment("p-7", "赵敏", GridRole.SAFETY_OFFICER))
                .responsible(ResponsibleRole.FIRST, SUN)
                .build();

        assertThat(grid.level()).isEqualTo(GridLevel.STREET);
        assertThat(grid.name()).isEqualTo("建外街道");
        assertThat(grid.staff())
                .extracting(StaffAssignment::role)
                .containsExactly(GridRole.GRID_MANAGER, GridRole.SAFETY_OFFICER);
        assertThat(grid.responsibilityChain().holder(ResponsibleRole.FIRST)).contains(SUN);
        assertThat(grid.boundary()).isPresent();
        assertThat(grid)
                .isEqualTo(grid.toBuilder().build())
                .hasSameHashCodeAs(grid.toBuilder().build());
    }

    @Test
    void theBoundaryCannotBeChangedFromOutside() {
        Polygon square = Shapes.rectangle(116.0, 39.0, 117.0, 40.0);
        Grid grid = Grid.builder().code("110105").name("朝阳区").boundary(square).build();

        square.getCoordinates()[0].setX(0);
        square.geometryChanged();
        grid.boundary().orElseThrow().getCoordinates()[0].setX(0);

        assertThat(grid.boundary().orElseThrow().getCoordinates()[0]).isEqualTo(new Coordinate(116.0, 39.0));
    }

    @Test
    void aMultiPolygonIsAcceptedForGridsWithEnclaves() {
        MultiPolygon twoParts = Shapes.FACTORY.createMultiPolygon(
                new Polygon[] {Shapes.rectangle(116.0, 39.0, 116.1, 39.1), Shapes.rectangle(116.2, 39.0, 116.3, 39.1)});

        assertThat(Grid.builder()
                        .code("110105001")
                        .name("飞地村")
                        .boundary(twoParts)
                        .build()
                        .boundary())
                .get()
                .isInstanceOf(MultiPolygon.class);
    }

    @Test
    void missingCodeAndBlankNameAreReportedTogether() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Grid.builder().name(" ").build())
                .withMessage("invalid grid (no code): grid code is required; grid name must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Grid.builder().code("110105").build())
                .withMessage("invalid grid 110105: grid name must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Grid.builder().code("110105").name("区".repeat(101)).build())
                .withMessage("invalid grid 110105: grid name must be at most 100 characters; got 101");
    }

    @Test
    void theBoundaryMustBeAValidPolygonInLongitudeLatitude() {
        assertThat(boundaryProblem(Shapes.point(116, 39)))
                .isEqualTo("invalid grid 110105: boundary must be a Polygon or MultiPolygon; got a Point");
        assertThat(boundaryProblem(Shapes.FACTORY.createPolygon()))
                .isEqualTo("invalid grid 110105: boundary must not be empty");
        Polygon bowTie = Shapes.polygon(116, 39, 117, 40, 117, 39, 116, 40);
        assertThat(boundaryProblem(bowTie))
                .isEqualTo(
                        "invalid grid 110105: boundary is not a valid polygon: Self-intersection at (116.5, 39.5, NaN)");
        assertThat(boundaryProblem(Shapes.rectangle(39, 116, 40, 117)))
                .isEqualTo("invalid grid 110105: boundary must lie within longitude -180..180 and latitude -90..90"
                        + " (x = longitude, y = latitude); its extent is Env[39.0 : 40.0, 116.0 : 117.0]");
    }

    @Test
    void aPersonHoldsARoleInAGridOnlyOnce() {
        StaffAssignment zhao = new StaffAssignment("p-7", "赵敏", GridRole.GRID_MANAGER);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Grid.builder()
                        .code("110105")
                        .name("朝阳区")
                        .staff(List.of(zhao, zhao))
                        .build())
                .withMessage("invalid grid 110105: staff lists person 'p-7' as GRID_MANAGER more than once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Grid.builder().addStaff(null))
                .withMessage("staff assignment must not be null");
    }

    @Test
    void responsibleHoldersAddToAChainSetBefore() {
        ResponsiblePerson li = new ResponsiblePerson("p-1", "李娜");
        Grid grid = Grid.builder()
                .code("110105")
                .name("朝阳区")
                .responsibilityChain(ResponsibilityChain.of(java.util.Map.of(ResponsibleRole.SPECIFIC, li)))
                .responsible(ResponsibleRole.FIRST, SUN)
                .build();

        assertThat(grid.responsibilityChain().holders())
                .containsOnlyKeys(ResponsibleRole.SPECIFIC, ResponsibleRole.FIRST);
    }

    private static String boundaryProblem(Geometry boundary) {
        try {
            Grid.builder().code("110105").name("朝阳区").boundary(boundary).build();
            return "no problem";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
