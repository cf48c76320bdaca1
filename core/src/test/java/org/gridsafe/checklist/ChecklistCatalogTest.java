package org.gridsafe.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.entity.Evidence;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.MajorHazardCriteria;
import org.gridsafe.entity.MajorHazardCriterion;
import org.junit.jupiter.api.Test;

/** The shipped checklists and the rules an answer sheet is checked by. */
class ChecklistCatalogTest {

    private static final ChecklistCatalog SHIPPED = ChecklistCatalog.shipped();

    @Test
    void theTemplatesOfTheSourcesAreShippedEachWithItsSourceAndEvidence() {
        assertThat(SHIPPED.all())
                .extracting(c -> c.ref().toString())
                .containsExactly(
                        "ENTERPRISE_TWO_PART@1",
                        "FIRE_CHECK_ORDER61@1",
                        "NINE_SMALL_FIRE_TEN_POINT@1",
                        "NINE_SMALL_FIRE_ZHENGZHOU@1",
                        "RENTAL_HOUSING_BASIC@1");
        Checklist order61 = SHIPPED.require(new ChecklistRef("FIRE_CHECK_ORDER61", 1));
        assertThat(order61.sections()).extracting(ChecklistSection::code).containsExactly("CHECK", "PATROL");
        assertThat(order61.sections().get(0).items()).hasSize(12);
        assertThat(order61.sections().get(1).items()).hasSize(6);
        assertThat(order61.evidence()).isEqualTo(Evidence.SECONDARY);
        assertThat(SHIPPED.require(new ChecklistRef("NINE_SMALL_FIRE_TEN_POINT", 1))
                        .items())
                .hasSize(10);
        assertThat(SHIPPED.require(new ChecklistRef("NINE_SMALL_FIRE_ZHENGZHOU", 1))
                        .evidence())
                .isEqualTo(Evidence.LOCAL);
        Checklist enterprise = SHIPPED.require(new ChecklistRef("ENTERPRISE_TWO_PART", 1));
        assertThat(enterprise.sections())
                .extracting(ChecklistSection::code)
                .containsExactly("BASIC_MANAGEMENT", "SITE");
        for (Checklist c : SHIPPED.all()) {
            assertThat(c.source()).isNotBlank();
            assertThat(c.items()).allSatisfy(i -> assertThat(i.photoRequired()).isFalse());
        }
    }

    @Test
    void everyMajorHazardCandidateNamesATranscribedCriterionWithTheSameText() {
        MajorHazardCriteria criteria = MajorHazardCriteria.standard();
        List<ChecklistItem> candidates = SHIPPED.all().stream()
                .flatMap(c -> c.items().stream())
                .filter(i -> i.onFail().kind() == FailureSuggestion.Kind.MAJOR_CANDIDATE)
                .toList();
        assertThat(candidates).hasSize(6);
        for (ChecklistItem item : candidates) {
            String key = item.onFail().criterion().orElseThrow();
            String[] parts = key.substring(key.indexOf(':') + 1).split("\\.");
            MajorHazardCriterion c = criteria.criterion(
                            key.substring(0, key.indexOf(':')), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))
                    .orElseThrow();
            assertThat(c.key()).isEqualTo(key);
            assertThat(c.text()).contains(item.text());
            assertThat(item.evidence()).isEqualTo(c.provenance().evidence());
        }
    }

    @Test
    void theNewestVersionInEffectIsFound() {
        assertThat(SHIPPED.inEffect("RENTAL_HOUSING_BASIC", LocalDate.of(2025, 8, 25)))
                .isEmpty();
        assertThat(SHIPPED.inEffect("RENTAL_HOUSING_BASIC", LocalDate.of(2025, 8, 26)))
                .isPresent();
        assertThatThrownBy(() -> SHIPPED.require(new ChecklistRef("NONE", 1))).hasMessageContaining("known:");
    }

    private static final String HOST = String.join(
            "\n",
            "checklist\tHOST_CHECK\t1\t2026-01-01\t主机检查表\thost\t本区",
            "section\tHOST_CHECK\t1\tA\t现场",
            "item\tHOST_CHECK\t1\tA\tA1\tPASS_FAIL_NA\tyes\tNINE_SMALL\t-\tFIX_BY_DEADLINE:3\t-\t-\thost\t-\t通道畅通",
            "item\tHOST_CHECK\t1\tA\tA2\tNUMBER\tno\t-\t-\tFIX_ON_SPOT\t-\t-\thost\t-\t灭火器数量",
            "item\tHOST_CHECK\t1\tA\tA3\tTEXT\tno\t-\tHAZARDOUS_CHEMICALS\tFIX_ON_SPOT\t-\t-\thost\t-\t储存情况",
            "");

    private static final Checklist HOST_CHECK =
            ChecklistCatalog.load("host.tsv", new StringReader(HOST)).require(new ChecklistRef("HOST_CHECK", 1));

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aHostLoadsItsOwnTemplatesAndTheyJoinTheShippedOnes() {
        ChecklistItem a1 = HOST_CHECK.item("A1").orElseThrow();
        assertThat(a1.photoRequired()).isTrue();
        assertThat(a1.onFail().deadlineDays()).hasValue(3);
        assertThat(SHIPPED.plus(ChecklistCatalog.load("host.tsv", new StringReader(HOST)))
                        .all())
                .hasSize(6);
        assertThatThrownBy(() -> SHIPPED.plus(SHIPPED)).hasMessageContaining("defined twice");
    }

    @Test
    void aCorrectSheetHasNoProblemAndItemsOfOtherSectorsNeedNoAnswer() {
        List<ChecklistAnswer> sheet = List.of(
                ChecklistAnswer.of("A1", Verdict.PASS)
                        .with(
                                List.of(new org.gridsafe.media.MediaReference(
                                        org.gridsafe.media.MediaHash.parse("0".repeat(64)),
                                        org.gridsafe.media.MediaType.JPEG,
                                        10)),
                                null),
                new ChecklistAnswer(
                        "A2", Optional.empty(), Optional.of(2.0), Optional.empty(), List.of(), Optional.empty()));
        assertThat(HOST_CHECK.problems(sheet, Set.of("PLACE", "NINE_SMALL"), Set.of("FIRE_SAFETY")))
                .isEmpty();
    }

    @Test
    void anAnswerForAnItemNotInTheTemplateAndOtherMistakesAreFieldErrors() {
        List<ChecklistAnswer> sheet = List.of(
                ChecklistAnswer.of("A1", Verdict.FAIL),
                ChecklistAnswer.of("A2", Verdict.PASS),
                ChecklistAnswer.of("Z9", Verdict.PASS),
                ChecklistAnswer.of("A1", Verdict.PASS),
                ChecklistAnswer.of("A3", Verdict.PASS));
        List<FieldProblem> problems = HOST_CHECK.problems(sheet, Set.of("PLACE", "NINE_SMALL"), Set.of("FIRE_SAFETY"));
        assertThat(fields(problems))
                .containsExactly(
                        "answers[0].photos",
                        "answers[1].verdict",
                        "answers[1].number",
                        "answers[2].item",
                        "answers[3].item",
                        "answers[4].item");
        assertThat(problems.get(3).message()).isEqualTo("Z9 is not an item of checklist HOST_CHECK@1");
        assertThat(problems.get(5).message()).contains("does not apply");
        assertThat(fields(HOST_CHECK.problems(List.of(), Set.of("NINE_SMALL"), Set.of())))
                .containsExactly("answers", "answers");
        assertThat(HOST_CHECK.problems(
                        List.of(ChecklistAnswer.of("A1", Verdict.PASS)
                                .with(java.util.Arrays.asList((org.gridsafe.media.MediaReference) null), null)),
                        Set.of("PRODUCTION_UNIT"),
                        Set.of()))
                .extracting(FieldProblem::field)
                .containsExactly("answers[0].item", "answers");
    }

    @Test
    void aBadFileNamesItsLine() {
        assertThatThrownBy(() ->
                        ChecklistCatalog.load("bad.tsv", new StringReader("checklist\tX\t1\t2026-13-01\tt\thost\ts\n")))
                .hasMessageStartingWith("bad.tsv line 1:");
        assertThatThrownBy(
                        () -> ChecklistCatalog.load(
                                "bad.tsv",
                                new StringReader(
                                        "checklist\tX\t1\t2026-01-01\tt\thost\ts\nitem\tX\t1\tA\tA1\tPASS_FAIL_NA\tno\t-\t-\tFIX_ON_SPOT\t-\t-\thost\t-\tt\n")))
                .hasMessage("bad.tsv line 2: section A is not defined before its items");
        assertThatThrownBy(() -> ChecklistCatalog.load("bad.tsv", new StringReader("row\n")))
                .hasMessageContaining("a row is checklist, section or item");
    }
}
