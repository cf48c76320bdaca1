package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 应急管理部令第10号 as shipped: its metadata, its 64 items by class and article, and its texts. */
class MajorHazardCriteriaTest {

    private static final MajorHazardCriteria CRITERIA = MajorHazardCriteria.standard();
    private static final String ORDER_10 = MajorHazardCriteria.MEM_ORDER_10_2023;

    @Test
    void order10HasItsVerifiedMetadataAndRepealedThe2017Standard() {
        MajorHazardStandard order10 = CRITERIA.requireStandard(ORDER_10);
        assertThat(order10.documentNumber()).isEqualTo("应急管理部令第10号");
        assertThat(order10.published()).contains(LocalDate.of(2023, 4, 14));
        assertThat(order10.effective()).contains(LocalDate.of(2023, 5, 15));
        assertThat(order10.isCurrent()).isTrue();
        assertThat(order10.excludedSectorIds())
                .containsExactlyInAnyOrder("HAZARDOUS_CHEMICALS", "FIRE_SAFETY", "GAS", "SPECIAL_EQUIPMENT");

        MajorHazardStandard old = CRITERIA.requireStandard("SAWS_2017_129");
        assertThat(old.repealedBy()).contains(ORDER_10);
        assertThat(old.isCurrent()).isFalse();
        assertThat(CRITERIA.criteria("SAWS_2017_129")).isEmpty();
    }

    @Test
    void order10Has64ItemsThreeManagementFortySevenIndustryFourteenSpecial() {
        List<MajorHazardCriterion> items = CRITERIA.criteria(ORDER_10);
        assertThat(items).hasSize(64);
        Map<CriterionClass, Long> byClass = items.stream()
                .collect(Collectors.groupingBy(MajorHazardCriterion::criterionClass, Collectors.counting()));
        assertThat(byClass)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        CriterionClass.MANAGEMENT, 3L, CriterionClass.INDUSTRY, 47L, CriterionClass.SPECIAL, 14L));
        Map<Integer, Long> byArticle =
                items.stream().collect(Collectors.groupingBy(MajorHazardCriterion::article, Collectors.counting()));
        assertThat(byArticle)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(3, 3L),
                        Map.entry(4, 8L),
                        Map.entry(5, 13L),
                        Map.entry(6, 8L),
                        Map.entry(7, 7L),
                        Map.entry(8, 7L),
                        Map.entry(9, 2L),
                        Map.entry(10, 2L),
                        Map.entry(11, 10L),
                        Map.entry(12, 2L),
                        Map.entry(13, 2L)));
        assertThat(items).extracting(MajorHazardCriterion::key).doesNotHaveDuplicates();
    }

    @Test
    void articlesNameTheirIndustryOrFeatureAndThereIsNoCommerceArticle() {
        List<MajorHazardArticle> articles = CRITERIA.articles(ORDER_10);
        assertThat(articles)
                .extracting(MajorHazardArticle::number)
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(articles)
                .filteredOn(a -> a.criterionClass() == CriterionClass.INDUSTRY)
                .extracting(a -> a.sectorId().orElseThrow())
                .containsExactly(
                        "GONGMAO_METALLURGY",
                        "GONGMAO_NONFERROUS",
                        "GONGMAO_BUILDING_MATERIALS",
                        "GONGMAO_MACHINERY",
                        "GONGMAO_LIGHT_INDUSTRY",
                        "GONGMAO_TEXTILE",
                        "GONGMAO_TOBACCO")
                .doesNotContain("GONGMAO_COMMERCE");
        assertThat(articles)
                .filteredOn(a -> a.criterionClass() == CriterionClass.SPECIAL)
                .extracting(a -> a.featureId().orElseThrow())
                .containsExactly("COMBUSTIBLE_DUST", "AMMONIA_REFRIGERATION", "CONFINED_SPACE");
        MajorHazardArticle rule = articles.get(articles.size() - 1);
        assertThat(rule.criterionClass()).isEqualTo(CriterionClass.RULE);
        assertThat(rule.itemCount()).isZero();
        assertThat(rule.text()).hasValueSatisfying(t -> assertThat(t).contains("失效或者无效"));
    }

    @Test
    void onlySourcedTextsAreShippedTheRestAreMarkedNotTranscribed() {
        List<MajorHazardCriterion> transcribed = CRITERIA.criteria(ORDER_10).stream()
                .filter(MajorHazardCriterion::isTranscribed)
                .toList();
        assertThat(transcribed)
                .extracting(MajorHazardCriterion::key)
                .containsExactly(
                        "MEM_ORDER_10_2023:3.1",
                        "MEM_ORDER_10_2023:3.2",
                        "MEM_ORDER_10_2023:3.3",
                        "MEM_ORDER_10_2023:12.1",
                        "MEM_ORDER_10_2023:12.2",
                        "MEM_ORDER_10_2023:13.1");
        assertThat(transcribed.subList(0, 3))
                .allSatisfy(c -> assertThat(c.provenance().evidence()).isEqualTo(Evidence.VERIFIED));
        assertThat(transcribed.subList(3, 6))
                .allSatisfy(c -> assertThat(c.provenance().evidence()).isEqualTo(Evidence.SECONDARY));

        MajorHazardCriterion specialWorkers = CRITERIA.criterion(ORDER_10, 3, 2).orElseThrow();
        assertThat(specialWorkers.text()).contains("特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的");
        assertThat(specialWorkers.citation()).isEqualTo("第3条（二）");
        assertThat(specialWorkers.verbatim()).isTrue();

        MajorHazardCriterion slot = CRITERIA.criterion(ORDER_10, 5, 13).orElseThrow();
        assertThat(slot.isTranscribed()).isFalse();
        assertThat(slot.verbatim()).isFalse();
        assertThat(slot.provenance().source()).startsWith("not yet transcribed");
        assertThat(slot.citation()).isEqualTo("第5条（十三）");
        assertThat(CRITERIA.criterion(ORDER_10, 5, 14)).isEmpty();
    }

    @Test
    void anItemBeyondItsArticlesCountIsRefused() {
        String tsv = "standard\tX\t标准\tstandard\t某号\t某部\t-\t-\t-\t-\thost\tours\n"
                + "article\tX\t3\tMANAGEMENT\t-\t通用\t2\t-\thost\tours\n"
                + "item\tX\t3\t3\t某情形\tyes\thost\tours\n";
        assertThatThrownBy(() -> MajorHazardCriteria.load(
                        SectorCatalog.standard(), SpecialRiskFeatureCatalog.standard(), "x.tsv", new StringReader(tsv)))
                .hasMessage("x.tsv, line 3, column item number: item 3 is outside article 3's 2 items");
        String unknownRepealer = "standard\tX\t标准\tstandard\t某号\t某部\t-\t-\tY\t-\thost\tours\n";
        assertThatThrownBy(() -> MajorHazardCriteria.load(
                        SectorCatalog.standard(),
                        SpecialRiskFeatureCatalog.standard(),
                        "x.tsv",
                        new StringReader(unknownRepealer)))
                .hasMessage("x.tsv, line 1, column repealed by: standard Y is not in this file");
        String effectiveFirst = "standard\tX\t标准\tstandard\t某号\t某部\t2023-05-15\t2023-04-14\t-\t-\thost\tours\n";
        assertThatThrownBy(() -> MajorHazardCriteria.load(
                        SectorCatalog.standard(),
                        SpecialRiskFeatureCatalog.standard(),
                        "x.tsv",
                        new StringReader(effectiveFirst)))
                .hasMessage("x.tsv, line 1: effective: 2023-04-14 is before published 2023-05-15 for X");
    }
}
