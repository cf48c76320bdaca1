package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.TableFormat;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.junit.jupiter.api.Test;

/** The shipped demo district files are exactly what the generator makes, and the demo reads them. */
class DemoDistrictFilesTest {

    @Test
    void theShippedFilesAreTheGeneratedDistrict() {
        Map<String, byte[]> generated = DistrictData.withDefaults()
                .export(DemoDistrictGenerator.directory(), TableFormat.CSV)
                .files();
        Map<String, byte[]> shipped = DemoDistrict.files().files();
        assertThat(shipped.keySet()).containsExactlyInAnyOrderElementsOf(generated.keySet());
        generated.forEach((name, bytes) -> assertThat(shipped.get(name))
                .as("%s differs from the generator: run DemoDistrictGenerator.main from examples/", name)
                .isEqualTo(bytes));
    }

    @Test
    void theDemoDistrictIsReadFromTheFiles() {
        assertThat(DemoDistrict.grids().grids())
                .containsExactlyElementsOf(DemoDistrictGenerator.grids().grids());
        assertThat(DemoDistrict.dutyMatrix().departments()).hasSize(7);
        assertThat(DemoDistrict.dutyMatrix().rules()).hasSize(7);
    }

    @Test
    void streetsHaveStreetCodesAndTownsTownCodes() {
        for (Grid street : DemoDistrict.grids().children(DemoDistrict.DISTRICT)) {
            assertThat(street.level()).isEqualTo(GridLevel.STREET);
            String type = street.name().endsWith("镇") ? "1" : "0";
            assertThat(street.code().value().substring(6, 7)).as(street.name()).isEqualTo(type);
        }
        assertThat(DemoDistrict.grids().get(GridCode.parse("320599101")).name()).isEqualTo("望亭镇");
    }
}
