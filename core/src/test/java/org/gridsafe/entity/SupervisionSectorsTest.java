package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sectors, the industry → sector rules, special risk features and high-risk tag sets, as data. */
class SupervisionSectorsTest {

    private static final SectorCatalog SECTORS = SectorCatalog.standard();
    private static final SectorMapping MAPPING = SectorMapping.standard(SECTORS);

    private static List<String> sectorsOf(String code) {
        return MAPPING.sectorsOf(IndustryCode.parse(code)).stream()
                .map(SectorMapping.Match::toString)
                .toList();
    }

    @Test
    void theShippedSectorsCoverTheGroupingsRegulatorsUse() {
        assertThat(SECTORS.sectors())
                .extracting(SupervisionSector::id)
                .contains(
                        "COAL_MINE",
                        "NON_COAL_MINE",
                        "HAZARDOUS_CHEMICALS",
                        "FIREWORKS",
                        "GONGMAO_METALLURGY",
                        "GONGMAO_NONFERROUS",
                        "GONGMAO_BUILDING_MATERIALS",
                        "GONGMAO_MACHINERY",
                        "GONGMAO_LIGHT_INDUSTRY",
                        "GONGMAO_TEXTILE",
                        "GONGMAO_TOBACCO",
                        "GONGMAO_COMMERCE",
                        "CONSTRUCTION",
                        "ROAD_TRANSPORT",
                        "GAS",
                        "FIRE_SAFETY_KEY_UNIT");
        assertThat(SECTORS.require("GONGMAO_COMMERCE").zhName()).isEqualTo("商贸");
        assertThat(SECTORS.require("GONGMAO_COMMERCE").provenance().evidence()).isEqualTo(Evidence.VERIFIED);
        assertThat(SECTORS.require("SAFETY_SERVICE_AGENCY").provenance().evidence())
                .isEqualTo(Evidence.LOCAL);
        assertThat(SECTORS.sectors())
                .allSatisfy(s -> assertThat(s.provenance().source()).isNotBlank());
        // Shipped rows are never tagged as the host's own.
        assertThat(SECTORS.sectors()).noneMatch(s -> s.provenance().evidence() == Evidence.HOST);
    }

    @Test
    void anUnknownSectorIsRefusedNamingTheFieldAndTheKnownIds() {
        assertThatThrownBy(() -> SECTORS.require("MINES"))
                .isInstanceOfSatisfying(InvalidEntityValueException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("sector");
                        assertThat(p.message()).startsWith("unknown supervision sector 'MINES'; known: CHEMICAL,");
                    });
                });
    }

    @Test
    void hostsAddSectorsButCannotRedefineShippedOnes() {
        SectorCatalog host = SectorCatalog.load(
                "host.tsv", new StringReader("LOGISTICS\t物流仓储\tlogistics\tTRANSPORT\thost\tour district, 2026\n"));
        SectorCatalog all = SECTORS.plus(host);

        assertThat(all.require("LOGISTICS").provenance()).isEqualTo(Provenance.host("our district, 2026"));
        assertThat(all.require("GAS")).isEqualTo(SECTORS.require("GAS"));
        SectorCatalog clash = SectorCatalog.load(
                "host.tsv", new StringReader("GAS\t燃气\tgas\tHOUSING_AND_CONSTRUCTION\thost\tours\n"));
        assertThatThrownBy(() -> SECTORS.plus(clash)).hasMessage("supervision sector GAS is defined twice");
        assertThatThrownBy(() -> SectorCatalog.load("host.tsv", new StringReader("gas\t燃气\tgas\tX\thost\tours\n")))
                .hasMessage("host.tsv, line 1: id: must consist of A-Z, 0-9 and '_'; character 1 of 'gas' is 'g'");
        assertThatThrownBy(() -> SectorCatalog.load("host.tsv", new StringReader("GAS\t燃气\n")))
                .hasMessage("host.tsv, line 1: expected 6 TAB-separated fields (id, zh-CN name, English name,"
                        + " department kind, evidence, source), found 2");
    }

    @Test
    void theVerifiedGongmaoRulesOfTheMappingNoticeMapIndustriesToSectors() {
        assertThat(sectorsOf("C3110")).containsExactly("GONGMAO_METALLURGY definite");
        assertThat(sectorsOf("C32")).containsExactly("GONGMAO_NONFERROUS definite");
        assertThat(sectorsOf("C3011")).containsExactly("GONGMAO_BUILDING_MATERIALS definite");
        assertThat(sectorsOf("C3021")).containsExactly("GONGMAO_BUILDING_MATERIALS definite");
        assertThat(sectorsOf("C305")).isEmpty();
        assertThat(sectorsOf("C3051")).isEmpty();
        assertThat(sectorsOf("C3073")).isEmpty();
        assertThat(sectorsOf("C3079")).isEmpty();
        assertThat(sectorsOf("C3071")).containsExactly("GONGMAO_BUILDING_MATERIALS definite");
        assertThat(sectorsOf("C307")).containsExactly("GONGMAO_BUILDING_MATERIALS possible");
        assertThat(sectorsOf("C30")).containsExactly("GONGMAO_BUILDING_MATERIALS possible");
        for (String machinery : List.of("C33", "C34", "C35", "C36", "C37", "C38", "C39", "C40", "C4320")) {
            assertThat(sectorsOf(machinery)).as(machinery).containsExactly("GONGMAO_MACHINERY definite");
        }
        // 轻工, 纺织, 烟草 and 商贸 are not shipped (unverified), nor are divisions outside 工贸.
        assertThat(sectorsOf("C17")).isEmpty();
        assertThat(sectorsOf("C16")).isEmpty();
        assertThat(sectorsOf("C41")).isEmpty();
        assertThat(sectorsOf("F52")).isEmpty();
        assertThat(MAPPING.rules())
                .allSatisfy(r -> assertThat(r.provenance().evidence()).isEqualTo(Evidence.VERIFIED));
        assertThat(SectorMapping.none().sectorsOf(IndustryCode.parse("C31"))).isEmpty();
    }

    @Test
    void hostRulesExtendTheMappingAndBadRulesNameTheirColumn() {
        SectorMapping host = SectorMapping.load(
                SECTORS, "host.tsv", new StringReader("GONGMAO_TEXTILE\tinclude\tC17\thost\tour reading\n"));
        assertThat(MAPPING.plus(host).sectorsOf(IndustryCode.parse("C1711")))
                .extracting(SectorMapping.Match::toString)
                .containsExactly("GONGMAO_TEXTILE definite");
        assertThatThrownBy(() -> SectorMapping.load(
                        SECTORS, "host.tsv", new StringReader("TEXTILES\tinclude\tC17\thost\tours\n")))
                .hasMessageStartingWith(
                        "host.tsv, line 1, column sector id: sector: unknown supervision sector" + " 'TEXTILES'");
        assertThatThrownBy(() -> SectorMapping.load(
                        SECTORS, "host.tsv", new StringReader("GONGMAO_TEXTILE\tinclude\tD17\thost\tours\n")))
                .hasMessageStartingWith(
                        "host.tsv, line 1, column industry code: industryCode: division 17 is not" + " in section D");
        assertThatThrownBy(() -> SectorMapping.load(
                        SECTORS, "host.tsv", new StringReader("GONGMAO_TEXTILE\tadd\tC17\thost\tours\n")))
                .hasMessage("host.tsv, line 1, column include|exclude: 'add' must be include or exclude");
    }

    @Test
    void specialRiskFeaturesAreDataAndExtensible() {
        SpecialRiskFeatureCatalog features = SpecialRiskFeatureCatalog.standard();
        assertThat(features.features())
                .extracting(SpecialRiskFeature::id)
                .startsWith(
                        "COMBUSTIBLE_DUST",
                        "AMMONIA_REFRIGERATION",
                        "CONFINED_SPACE",
                        "MOLTEN_METAL",
                        "METALLURGICAL_GAS");
        assertThat(features.require("COMBUSTIBLE_DUST").criteriaArticle()).contains(11);
        assertThat(features.require("MOLTEN_METAL").criteriaArticle()).isEmpty();
        assertThat(features.require("MOLTEN_METAL").provenance().evidence()).isEqualTo(Evidence.LOCAL);

        SpecialRiskFeatureCatalog more = features.plus(SpecialRiskFeatureCatalog.load(
                "host.tsv", new StringReader("COLD_STORAGE\t冷库\tcold storage\t-\thost\tours\n")));
        assertThat(more.require("COLD_STORAGE").zhName()).isEqualTo("冷库");
        assertThatThrownBy(() -> features.require("COLD_STORAGE"))
                .hasMessageStartingWith("specialRiskFeature: unknown special risk feature 'COLD_STORAGE'");
    }

    @Test
    void thereIsNoDefaultHighRiskSetOnlyLabelledPresets() {
        assertThat(HighRiskTagSets.none().sets()).isEmpty();
        HighRiskTagSets presets = HighRiskTagSets.presets();
        assertThat(presets.sets())
                .extracting(HighRiskTagSet::id)
                .containsExactly("SAFETY_LAW_ART97", "LIABILITY_INSURANCE_ART2", "LOCAL_EXAMPLE_FIVE_HIGH_RISK");
        assertThat(presets.sets()).extracting(HighRiskTagSet::id).noneMatch(id -> id.contains("THREE"));
        assertThat(presets.require("LOCAL_EXAMPLE_FIVE_HIGH_RISK").provenance().evidence())
                .isEqualTo(Evidence.LOCAL);
        assertThat(presets.require("LOCAL_EXAMPLE_FIVE_HIGH_RISK").featureIds())
                .containsExactlyInAnyOrder(
                        "AMMONIA_REFRIGERATION",
                        "COMBUSTIBLE_DUST",
                        "MOLTEN_METAL",
                        "CONFINED_SPACE",
                        "METALLURGICAL_GAS");

        HighRiskTagSet art97 = presets.require("SAFETY_LAW_ART97");
        assertThat(art97.covers(Set.of("FIREWORKS"), Set.of())).isTrue();
        assertThat(art97.covers(Set.of("GONGMAO_TEXTILE"), Set.of("COMBUSTIBLE_DUST")))
                .isFalse();
        assertThat(presets.require("LOCAL_EXAMPLE_FIVE_HIGH_RISK").covers(Set.of(), Set.of("COMBUSTIBLE_DUST")))
                .isTrue();
    }

    @Test
    void hostsDefineTheirOwnHighRiskSets() {
        HighRiskTagSet ours = new HighRiskTagSet(
                "OUR_THREE",
                "本区三大高危",
                "our district's three high risks",
                Set.of("NON_COAL_MINE", "HAZARDOUS_CHEMICALS", "FIREWORKS"),
                Set.of(),
                Provenance.host("区安委办 2026 年文件"));
        HighRiskTagSets sets = HighRiskTagSets.none().with(ours);
        assertThat(sets.require("OUR_THREE").covers(Set.of("FIREWORKS"), Set.of()))
                .isTrue();
        assertThatThrownBy(() -> sets.with(ours)).hasMessage("high-risk tag set OUR_THREE is defined twice");
        assertThatThrownBy(() -> new HighRiskTagSet("EMPTY", "空", "empty", Set.of(), Set.of(), Provenance.host("x")))
                .hasMessage("sectorIds: a high-risk set needs at least one sector or feature");
        assertThatThrownBy(() -> HighRiskTagSets.load(
                        SECTORS,
                        SpecialRiskFeatureCatalog.standard(),
                        "host.tsv",
                        new StringReader("X\t某\tsome\tSECTOR:MINES\thost\tours\n")))
                .hasMessageStartingWith("host.tsv, line 1, column members: sector: unknown supervision sector 'MINES'");
        assertThatThrownBy(() -> HighRiskTagSets.load(
                        SECTORS,
                        SpecialRiskFeatureCatalog.standard(),
                        "host.tsv",
                        new StringReader("X\t某\tsome\tMINES\thost\tours\n")))
                .hasMessage("host.tsv, line 1, column members: 'MINES' must start with SECTOR: or FEATURE:");
    }
}
