package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.registry.NineSmallOutcome.NOT_COVERED;
import static org.gridsafe.registry.NineSmallOutcome.NOT_DECIDABLE;
import static org.gridsafe.registry.NineSmallOutcome.OUTSIDE;
import static org.gridsafe.registry.NineSmallOutcome.WITHIN;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridsafe.entity.Evidence;
import org.junit.jupiter.api.Test;

/** The two published 九小场所 threshold sets, where they agree and where they disagree. */
class NineSmallClassifierTest {

    private static final NineSmallProfile A = NineSmallProfiles.standard().require(NineSmallProfiles.WIDELY_USED);
    private static final NineSmallProfile B = NineSmallProfiles.standard().require(NineSmallProfiles.ZHENGZHOU_2024);

    record Example(NineSmallType type, Map<PlaceMeasure, Object> measures, NineSmallOutcome a, NineSmallOutcome b) {}

    private static final List<Example> EXAMPLES = List.of(
            // a 200 m² shop: within A (≤ 300 m²), above B (≤ 100 m²)
            new Example(
                    NineSmallType.SMALL_SHOP,
                    Map.of(PlaceMeasure.FLOOR_AREA, 200, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    OUTSIDE),
            new Example(
                    NineSmallType.SMALL_SHOP,
                    Map.of(PlaceMeasure.FLOOR_AREA, 350, PlaceMeasure.INSIDE_COMPLEX, false),
                    OUTSIDE,
                    OUTSIDE),
            new Example(
                    NineSmallType.SMALL_SHOP,
                    Map.of(PlaceMeasure.FLOOR_AREA, 90, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    WITHIN),
            // B excludes a small place inside a commercial complex; A does not ask
            new Example(
                    NineSmallType.SMALL_SHOP,
                    Map.of(PlaceMeasure.FLOOR_AREA, 90, PlaceMeasure.INSIDE_COMPLEX, true),
                    WITHIN,
                    OUTSIDE),
            new Example(NineSmallType.SMALL_SHOP, Map.of(PlaceMeasure.FLOOR_AREA, 90), WITHIN, NOT_DECIDABLE),
            // a restaurant: A counts seats, B floor area
            new Example(
                    NineSmallType.SMALL_RESTAURANT,
                    Map.of(PlaceMeasure.SEATS, 80, PlaceMeasure.FLOOR_AREA, 150, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    OUTSIDE),
            new Example(
                    NineSmallType.SMALL_RESTAURANT,
                    Map.of(PlaceMeasure.SEATS, 120, PlaceMeasure.FLOOR_AREA, 90, PlaceMeasure.INSIDE_COMPLEX, false),
                    OUTSIDE,
                    WITHIN),
            new Example(
                    NineSmallType.SMALL_RESTAURANT,
                    Map.of(PlaceMeasure.FLOOR_AREA, 90, PlaceMeasure.INSIDE_COMPLEX, false),
                    NOT_DECIDABLE,
                    WITHIN),
            // a 30-bed hotel: within A (≤ 50), above B (≤ 20)
            new Example(
                    NineSmallType.SMALL_HOTEL,
                    Map.of(PlaceMeasure.BEDS, 30, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    OUTSIDE),
            // entertainment on the fourth storey is outside both
            new Example(
                    NineSmallType.SMALL_ENTERTAINMENT,
                    Map.of(PlaceMeasure.STOREY, 4, PlaceMeasure.FLOOR_AREA, 150, PlaceMeasure.INSIDE_COMPLEX, false),
                    OUTSIDE,
                    OUTSIDE),
            new Example(
                    NineSmallType.SMALL_ENTERTAINMENT,
                    Map.of(PlaceMeasure.STOREY, 2, PlaceMeasure.FLOOR_AREA, 150, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    WITHIN),
            // a 150 m² internet café: A puts it with leisure (≤ 200 m²), B ≤ 100 m²
            new Example(
                    NineSmallType.SMALL_INTERNET_CAFE,
                    Map.of(PlaceMeasure.FLOOR_AREA, 150, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    OUTSIDE),
            // a clinic: A counts beds, B floor area
            new Example(
                    NineSmallType.SMALL_CLINIC,
                    Map.of(PlaceMeasure.BEDS, 10, PlaceMeasure.FLOOR_AREA, 180, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    OUTSIDE),
            // a non-boarding primary school of 300 pupils: A ≤ 500; B sets no threshold for it
            new Example(
                    NineSmallType.SMALL_SCHOOL,
                    Map.of(
                            PlaceMeasure.BOARDING,
                            false,
                            PlaceMeasure.KINDERGARTEN,
                            false,
                            PlaceMeasure.PUPILS,
                            300,
                            PlaceMeasure.INSIDE_COMPLEX,
                            false),
                    WITHIN,
                    NOT_COVERED),
            new Example(
                    NineSmallType.SMALL_SCHOOL,
                    Map.of(
                            PlaceMeasure.BOARDING,
                            false,
                            PlaceMeasure.KINDERGARTEN,
                            true,
                            PlaceMeasure.PUPILS,
                            120,
                            PlaceMeasure.INSIDE_COMPLEX,
                            false),
                    OUTSIDE,
                    OUTSIDE),
            new Example(
                    NineSmallType.SMALL_SCHOOL,
                    Map.of(PlaceMeasure.BOARDING, true, PlaceMeasure.BEDS, 40, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    WITHIN),
            new Example(
                    NineSmallType.SMALL_SCHOOL,
                    Map.of(PlaceMeasure.PUPILS, 80, PlaceMeasure.INSIDE_COMPLEX, false),
                    NOT_DECIDABLE,
                    NOT_DECIDABLE),
            // a workshop: A staff ≤ 50 and dormitory ≤ 30; B ≤ 200 m²
            new Example(
                    NineSmallType.SMALL_WORKSHOP,
                    Map.of(
                            PlaceMeasure.STAFF,
                            40,
                            PlaceMeasure.BEDS,
                            0,
                            PlaceMeasure.FLOOR_AREA,
                            300,
                            PlaceMeasure.INSIDE_COMPLEX,
                            false),
                    WITHIN,
                    OUTSIDE),
            // flammable goods: A ≤ 100 m², B has no row
            new Example(
                    NineSmallType.FLAMMABLE_GOODS_OUTLET,
                    Map.of(PlaceMeasure.FLOOR_AREA, 60, PlaceMeasure.INSIDE_COMPLEX, false),
                    WITHIN,
                    NOT_COVERED));

    @Test
    void theExamplesOfBothSets() {
        for (Example e : EXAMPLES) {
            PlaceMeasures m = PlaceMeasures.of(e.measures());
            assertThat(NineSmallClassifier.classify(A, e.type(), m).outcome())
                    .as("A %s", e)
                    .isEqualTo(e.a());
            assertThat(NineSmallClassifier.classify(B, e.type(), m).outcome())
                    .as("B %s", e)
                    .isEqualTo(e.b());
        }
    }

    @Test
    void aVerdictNamesTheMeasureItsValueAndTheLimit() {
        NineSmallVerdict v = NineSmallClassifier.classify(
                A, NineSmallType.SMALL_SHOP, PlaceMeasures.none().with(PlaceMeasure.FLOOR_AREA, 350));
        assertThat(v.outcome()).isEqualTo(OUTSIDE);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.measure()).isEqualTo(PlaceMeasure.FLOOR_AREA);
            assertThat(f.value()).isEqualTo("350 m²");
            assertThat(f.limit()).isEqualTo("300 m²");
        });
        assertThat(v.message()).isEqualTo("floorArea 350 m² exceeds 300 m² for 小商店 under WIDELY_USED");

        NineSmallVerdict missing = NineSmallClassifier.classify(B, NineSmallType.SMALL_HOTEL, PlaceMeasures.none());
        assertThat(missing.outcome()).isEqualTo(NOT_DECIDABLE);
        assertThat(missing.missing()).containsExactlyInAnyOrder(PlaceMeasure.BEDS, PlaceMeasure.INSIDE_COMPLEX);
        assertThat(missing.message()).contains("beds").contains("insideComplex").contains("not known");

        NineSmallVerdict school = NineSmallClassifier.classify(
                B,
                NineSmallType.SMALL_SCHOOL,
                PlaceMeasures.of(Map.of(
                        PlaceMeasure.BOARDING,
                        false,
                        PlaceMeasure.KINDERGARTEN,
                        false,
                        PlaceMeasure.INSIDE_COMPLEX,
                        false)));
        assertThat(school.outcome()).isEqualTo(NOT_COVERED);
        assertThat(school.message()).contains("boarding = no").contains("kindergarten = no");
    }

    @Test
    void aProfileStatesTheMeasuresItNeeds() {
        assertThat(A.measuresNeeded(NineSmallType.SMALL_SHOP)).containsExactly(PlaceMeasure.FLOOR_AREA);
        assertThat(B.measuresNeeded(NineSmallType.SMALL_SHOP))
                .containsExactlyInAnyOrder(PlaceMeasure.FLOOR_AREA, PlaceMeasure.INSIDE_COMPLEX);
        assertThat(A.measuresNeeded(NineSmallType.SMALL_SCHOOL))
                .containsExactlyInAnyOrder(
                        PlaceMeasure.BOARDING, PlaceMeasure.KINDERGARTEN, PlaceMeasure.BEDS, PlaceMeasure.PUPILS);
        assertThat(B.measuresNeeded(NineSmallType.FLAMMABLE_GOODS_OUTLET)).isEmpty();
    }

    @Test
    void theTypesAPlaceQualifiesAsAreSuggested() {
        PlaceMeasures small = PlaceMeasures.of(Map.of(PlaceMeasure.FLOOR_AREA, 150, PlaceMeasure.STOREY, 1));
        assertThat(NineSmallClassifier.qualifyingTypes(A, small))
                .containsExactly(
                        NineSmallType.SMALL_SHOP,
                        NineSmallType.SMALL_ENTERTAINMENT,
                        NineSmallType.SMALL_INTERNET_CAFE,
                        NineSmallType.SMALL_BEAUTY_BATH);
        assertThat(NineSmallClassifier.qualifyingTypes(B, small.with(PlaceMeasure.INSIDE_COMPLEX, false)))
                .containsExactly(
                        NineSmallType.SMALL_ENTERTAINMENT,
                        NineSmallType.SMALL_BEAUTY_BATH,
                        NineSmallType.SMALL_WORKSHOP);
    }

    @Test
    void aHostLoadsItsOwnProfileAndBadRowsAreNamed() {
        NineSmallProfiles host = NineSmallProfiles.load(
                "host.tsv",
                new StringReader("profile\tHOST_2026\t本区口径\tour district\tno\thost\t区政府文件\n"
                        + "threshold\tHOST_2026\tSMALL_SHOP\t-\tfloorArea\t150\thost\t区政府文件\n"));
        NineSmallProfile p = NineSmallProfiles.standard().plus(host).require("HOST_2026");
        assertThat(p.provenance().evidence()).isEqualTo(Evidence.HOST);
        assertThat(NineSmallClassifier.classify(
                                p,
                                NineSmallType.SMALL_SHOP,
                                PlaceMeasures.none().with(PlaceMeasure.FLOOR_AREA, 151))
                        .outcome())
                .isEqualTo(OUTSIDE);
        assertThatThrownBy(() -> NineSmallProfiles.load(
                        "bad.tsv",
                        new StringReader(
                                "profile\tX\tx\tx\tno\thost\ts\nthreshold\tX\tSMALL_SHOP\t-\tacreage\t1\thost\ts\n")))
                .hasMessageContaining("bad.tsv, line 2")
                .hasMessageContaining("column measure")
                .hasMessageContaining("acreage");
        assertThatThrownBy(() -> NineSmallProfiles.standard().plus(NineSmallProfiles.standard()))
                .hasMessageContaining("WIDELY_USED");
        assertThatThrownBy(() -> NineSmallProfiles.standard().require("NOPE"))
                .hasMessageContaining("nineSmallProfile")
                .hasMessageContaining("WIDELY_USED");
        assertThat(Set.copyOf(NineSmallProfiles.of(p).profiles())).containsExactly(p);
    }

    @Test
    void badMeasuresAreNamed() {
        assertThatThrownBy(() -> PlaceMeasures.none().with(PlaceMeasure.STOREY, 0))
                .hasMessageContaining("measures.storey");
        assertThatThrownBy(() -> PlaceMeasures.none().with(PlaceMeasure.BEDS, -1))
                .hasMessageContaining("measures.beds");
    }
}
