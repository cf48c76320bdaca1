package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Major hazard installation grades and supervision-class schemes (local presets as data). */
class GradesAndClassesTest {

    @Test
    void gradeOneIsTheMostSevereAndNoneIsNoMajorHazard() {
        assertThat(MajorHazardInstallationGrade.GRADE_I.isMoreSevereThan(MajorHazardInstallationGrade.GRADE_II))
                .isTrue();
        assertThat(MajorHazardInstallationGrade.GRADE_IV.isMoreSevereThan(MajorHazardInstallationGrade.NONE))
                .isTrue();
        assertThat(MajorHazardInstallationGrade.GRADE_IV.isMoreSevereThan(MajorHazardInstallationGrade.GRADE_III))
                .isFalse();
        assertThat(MajorHazardInstallationGrade.NONE.isMoreSevereThan(MajorHazardInstallationGrade.GRADE_IV))
                .isFalse();
        assertThat(MajorHazardInstallationGrade.NONE.isMajorHazard()).isFalse();
        assertThat(MajorHazardInstallationGrade.GRADE_III.zhName()).isEqualTo("三级重大危险源");
    }

    @Test
    void thePresetsAreTheLocalSchemesWithTheirCaps() {
        SupervisionClassSchemes presets = SupervisionClassSchemes.presets();
        assertThat(presets.schemes())
                .extracting(SupervisionClassScheme::id)
                .containsExactly(
                        "SHANXI_2025_COAL_MINE",
                        "SHANXI_2025_NON_COAL_MINE",
                        "SHANXI_2025_HAZCHEM_METAL_SMELTING",
                        "SHANXI_2025_NON_HIGH_RISK",
                        "LONGYAN_2025_PLAN",
                        "DISTRICT_FOUR_GRADES");
        assertThat(presets.schemes())
                .allSatisfy(s -> assertThat(s.provenance().evidence()).isIn(Evidence.LOCAL, Evidence.SECONDARY));

        SupervisionClassScheme coal = presets.require("SHANXI_2025_COAL_MINE");
        assertThat(coal.codes()).containsExactly("A", "B", "C", "D");
        assertThat(coal.classes()).extracting(c -> c.maxPerYear().orElseThrow()).containsExactly(2, 4, 6, 4);
        assertThat(coal.sectorIds()).containsExactly("COAL_MINE");
        assertThat(presets.require("SHANXI_2025_NON_COAL_MINE").classes())
                .extracting(c -> c.maxPerYear().orElseThrow())
                .containsExactly(1, 1, 2, 4);
        assertThat(presets.require("SHANXI_2025_HAZCHEM_METAL_SMELTING").classes())
                .extracting(c -> c.maxPerYear().orElseThrow())
                .containsExactly(2, 4, 8, 12);
        assertThat(presets.require("SHANXI_2025_NON_HIGH_RISK").classes())
                .extracting(c -> c.maxPerYear().orElseThrow())
                .containsExactly(1, 2, 4, 6);
        SupervisionClassScheme.ClassDefinition focus =
                presets.require("LONGYAN_2025_PLAN").definition("FOCUS");
        assertThat(focus.minPerYear()).contains(1);
        assertThat(focus.maxPerYear()).contains(2);
        assertThat(SupervisionClassSchemes.none().schemes()).isEmpty();
    }

    @Test
    void aClassMustBeInItsScheme() {
        SupervisionClassScheme coal = SupervisionClassSchemes.presets().require("SHANXI_2025_COAL_MINE");
        assertThat(coal.classOf("C")).isEqualTo(new SupervisionClass("SHANXI_2025_COAL_MINE", "C"));
        assertThatThrownBy(() -> coal.classOf("E"))
                .hasMessage("supervisionClass: class 'E' is not in scheme SHANXI_2025_COAL_MINE (A, B, C, D)");
        assertThatThrownBy(() -> SupervisionClassSchemes.presets().require("NATIONAL"))
                .hasMessageStartingWith("supervisionClassScheme: unknown supervision-class scheme 'NATIONAL'");
    }

    @Test
    void aFloorAboveItsCapIsRefused() {
        assertThatThrownBy(() -> new SupervisionClassScheme.ClassDefinition("A", "A类", Optional.of(3), Optional.of(2)))
                .hasMessage("minPerYear: floor 3 is above the cap 2 of class A");
        assertThatThrownBy(() -> new SupervisionClassScheme(
                        "S",
                        "方案",
                        "scheme",
                        "basis",
                        List.of(),
                        List.of(
                                new SupervisionClassScheme.ClassDefinition(
                                        "A", "A", Optional.empty(), Optional.empty()),
                                new SupervisionClassScheme.ClassDefinition(
                                        "A", "A", Optional.empty(), Optional.empty())),
                        Provenance.host("ours")))
                .hasMessage("classes: class A is given twice in S");
    }

    @Test
    void hostSchemesLoadFromTheSameFormat() {
        String tsv = "scheme\tOURS\t本区方案\tour scheme\t风险等级\tGAS\thost\tours\n"
                + "class\tOURS\tKEY\t重点\t4\t-\n"
                + "class\tOURS\tNORMAL\t一般\t-\t1\n";
        SupervisionClassSchemes ours =
                SupervisionClassSchemes.load(SectorCatalog.standard(), "ours.tsv", new StringReader(tsv));
        assertThat(ours.require("OURS").definition("KEY").minPerYear()).contains(4);
        assertThat(ours.require("OURS").sectorIds()).containsExactly("GAS");

        String orphan = "class\tOURS\tKEY\t重点\t4\t-\n";
        assertThatThrownBy(() ->
                        SupervisionClassSchemes.load(SectorCatalog.standard(), "ours.tsv", new StringReader(orphan)))
                .hasMessage("ours.tsv, line 1, column scheme id: scheme OURS is not defined above");
        String badSector = "scheme\tOURS\t本区方案\tour scheme\t风险等级\tGASES\thost\tours\n" + "class\tOURS\tKEY\t重点\t4\t-\n";
        assertThatThrownBy(() ->
                        SupervisionClassSchemes.load(SectorCatalog.standard(), "ours.tsv", new StringReader(badSector)))
                .hasMessageStartingWith(
                        "ours.tsv, line 1, column sector ids: sector: unknown supervision sector" + " 'GASES'");
    }
}
