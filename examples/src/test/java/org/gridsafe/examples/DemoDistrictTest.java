package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class DemoDistrictTest {

    private final GridTree tree = DemoDistrict.grids();

    @Test
    void hasTenStreetsAHundredCommunitiesAndAThousandMicroGrids() {
        assertThat(count(GridLevel.DISTRICT)).isEqualTo(1);
        assertThat(count(GridLevel.STREET)).isEqualTo(10);
        assertThat(count(GridLevel.COMMUNITY)).isEqualTo(100);
        assertThat(count(GridLevel.MICRO)).isEqualTo(1000);
    }

    @Test
    void childrenTileTheirParentWithoutGapsOrOverlaps() {
        for (Grid parent : tree.grids()) {
            List<Grid> children = tree.children(parent.code());
            if (children.isEmpty()) {
                continue;
            }
            Geometry boundary = parent.boundary().orElseThrow();
            double childArea = 0;
            for (int i = 0; i < children.size(); i++) {
                Geometry a = children.get(i).boundary().orElseThrow();
                assertThat(boundary.covers(a))
                        .as("%s inside %s", children.get(i).code(), parent.code())
                        .isTrue();
                childArea += a.getArea();
                for (int j = i + 1; j < children.size(); j++) {
                    Geometry b = children.get(j).boundary().orElseThrow();
                    assertThat(a.intersection(b).getArea()).isLessThan(1e-12);
                }
            }
            assertThat(childArea).isCloseTo(boundary.getArea(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void everyPointOfTheDistrictLiesInExactlyOneMicroGrid() {
        GridLocator locator = GridLocator.of(tree);
        for (double lon = DemoDistrict.WEST + 0.003; lon < DemoDistrict.EAST; lon += 0.011) {
            for (double lat = DemoDistrict.SOUTH + 0.003; lat < DemoDistrict.NORTH; lat += 0.007) {
                assertThat(locator.locate(lon, lat))
                        .get()
                        .extracting(Grid::level)
                        .isEqualTo(GridLevel.MICRO);
            }
        }
        assertThat(locator.locate(119.9, 31.2)).isEmpty();
    }

    @Test
    void isGeneratedTheSameWayEveryTime() {
        assertThat(DemoDistrict.grids().grids()).containsExactlyElementsOf(tree.grids());
    }

    @Test
    void theMainJobRunsTheLoopAndShowsAnIntactAuditChain() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            DemoTour.main(new String[0]);
        } finally {
            System.setOut(previous);
        }
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).contains("微网格").contains("case.closed").contains("Audit chain intact: true");
    }

    private long count(GridLevel level) {
        return tree.grids().stream().filter(g -> g.level() == level).count();
    }
}
