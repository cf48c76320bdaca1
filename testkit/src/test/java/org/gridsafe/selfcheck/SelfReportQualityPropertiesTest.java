package org.gridsafe.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.checklist.AnswerType;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.checklist.FailureSuggestion;
import org.gridsafe.entity.Evidence;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;
import org.gridsafe.testkit.SelfCheckSamples;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The quality check as a pure function: copied item text, short descriptions, stop-listed and
 * digit-only answers are refused naming their field; a report in the enterprise's own words with
 * place and measure passes, unless the item requires a photo and none is given. QuickTheories shrinks
 * a failing example to the smallest text.
 */
class SelfReportQualityPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 200);
    private static final QualityRules RULES = QualityRules.standard();
    private static final String PAD = " 　。，!.";

    /** Chinese text of {@code min} to {@code max} characters from the common CJK block. */
    private static Gen<String> chinese(int min, int max) {
        return lists().of(integers().between(0x4E00, 0x9FA5))
                .ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(Character::toString).collect(Collectors.joining()));
    }

    /** Padding of spaces and end punctuation, which the check ignores. */
    private static Gen<String> padding() {
        return lists().of(integers().between(0, PAD.length() - 1))
                .ofSizeBetween(0, 3)
                .map(is -> is.stream().map(i -> String.valueOf(PAD.charAt(i))).collect(Collectors.joining()));
    }

    /** The three texts of a report. */
    private record Sheet(String place, String description, String measure) {}

    private static ChecklistItem item(String text, boolean photo) {
        return new ChecklistItem(
                "T01",
                text,
                Optional.empty(),
                AnswerType.PASS_FAIL_NA,
                photo,
                Set.of(),
                Set.of(),
                FailureSuggestion.fixByDeadline(),
                Evidence.LOCAL,
                Optional.empty());
    }

    private static SelfReport report(String place, String description, String measure, List<MediaReference> photos) {
        return new SelfReport(
                "T01",
                place,
                description,
                measure,
                SafetyDomain.FIRE,
                HazardCode.parse("2102"),
                HazardGrade.GENERAL,
                photos);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aReportInOwnWordsPassesAndAPhotoItemNeedsItsPhoto() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        chinese(2, 20).zip(chinese(RULES.minDescription(), 60), chinese(2, 40), Sheet::new),
                        chinese(4, 40),
                        booleans().all())
                .checkAssert((sheet, itemText, photo) -> {
                    String place = sheet.place();
                    String description = sheet.description();
                    String measure = sheet.measure();
                    if (SelfReportQuality.normal(description).equals(SelfReportQuality.normal(itemText))
                            || RULES.stopList().contains(place)
                            || RULES.stopList().contains(measure)) {
                        return;
                    }
                    ChecklistItem item = item(itemText, photo);
                    List<FieldProblem> without =
                            SelfReportQuality.check(report(place, description, measure, List.of()), item, RULES, "r.");
                    assertThat(fields(without)).isEqualTo(photo ? List.of("r.photos") : List.of());
                    List<FieldProblem> with = SelfReportQuality.check(
                            report(place, description, measure, List.of(SelfCheckSamples.photo(1))), item, RULES, "r.");
                    assertThat(with).isEmpty();
                    assertThat(SelfReportQuality.check(
                                    report(place, description, measure, List.of()), item, RULES, "r."))
                            .isEqualTo(without);
                });
    }

    @Test
    void theItemsTextCopiedIsRefusedHoweverItIsPadded() {
        qt().withExamples(EXAMPLES)
                .forAll(chinese(1, 60), padding(), padding())
                .checkAssert((itemText, before, after) -> {
                    List<FieldProblem> p = SelfReportQuality.check(
                            report("二号车间", before + itemText + after, "三日内更换", List.of()),
                            item(itemText, false),
                            RULES,
                            "");
                    assertThat(fields(p)).containsExactly("description");
                    assertThat(p.get(0).message()).contains("is the text of checklist item T01");
                });
    }

    @Test
    void aDescriptionShorterThanTheMinimumIsRefused() {
        qt().withExamples(EXAMPLES)
                .forAll(chinese(1, RULES.minDescription() - 1), padding())
                .assuming((d, pad) -> !RULES.stopList().contains(d))
                .checkAssert((description, pad) -> {
                    List<FieldProblem> p = SelfReportQuality.check(
                            report("二号车间", description + pad, "三日内更换", List.of()), item("消防通道畅通", false), RULES, "");
                    assertThat(fields(p)).containsExactly("description");
                    assertThat(p.get(0).message()).contains("too short");
                });
    }

    @Test
    void stopListedAndDigitOnlyAnswersAreRefusedInTheirField() {
        Gen<String> empty = integers()
                .between(0, RULES.stopList().size() - 1)
                .map(i -> RULES.stopList().get(i))
                .mix(lists().of(integers().between(0, 9))
                        .ofSizeBetween(1, 12)
                        .map(ds -> ds.stream().map(String::valueOf).collect(Collectors.joining())));
        qt().withExamples(EXAMPLES)
                .forAll(empty, padding(), integers().between(0, 2))
                .checkAssert((answer, pad, which) -> {
                    String place = which == 0 ? pad + answer : "二号车间";
                    String description = which == 1 ? answer + pad : "配电箱门锁损坏无法关闭";
                    String measure = which == 2 ? answer : "三日内更换门锁";
                    List<FieldProblem> p = SelfReportQuality.check(
                            report(place, description, measure, List.of()), item("配电箱完好", false), RULES, "");
                    assertThat(fields(p))
                            .containsExactly(
                                    List.of("place", "description", "measure").get(which));
                });
    }

    @Test
    void placeDescriptionAndMeasureAreRequired() {
        List<FieldProblem> p =
                SelfReportQuality.check(report(null, " ", "。", List.of()), item("配电箱完好", false), RULES, "x.");
        assertThat(fields(p)).containsExactly("x.place", "x.description", "x.measure");
        assertThat(p).allMatch(f -> f.message().startsWith("is required"));
    }
}
