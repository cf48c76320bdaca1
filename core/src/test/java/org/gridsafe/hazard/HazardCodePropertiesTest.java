package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of hazard codes over every valid layout. */
class HazardCodePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    /** Any valid code's digits: category 1-4, class 1-9, subclass and detail 01-99, cut at a level. */
    static Gen<String> validCodeTexts() {
        Gen<Integer> length = Generate.pick(java.util.List.of(1, 2, 4, 6));
        return integers()
                .between(1, 4)
                .zip(
                        integers().between(1, 9),
                        integers().between(1, 99),
                        integers().between(1, 99),
                        length,
                        (category, cls, sub, detail, len) -> {
                            String full = category + "" + cls + String.format("%02d%02d", sub, detail);
                            return full.substring(0, len);
                        });
    }

    @Test
    void printingAParsedCodeGivesBackTheText() {
        qt().withExamples(EXAMPLES).forAll(validCodeTexts()).checkAssert(text -> {
            HazardCode code = HazardCode.parse(text);
            assertThat(code.value()).isEqualTo(text);
            assertThat(HazardCode.parse(code.toString())).isEqualTo(code);
            assertThat(code.level().digits()).isEqualTo(text.length());
        });
    }

    @Test
    void everyParentIsAProperAncestorOneLevelUp() {
        qt().withExamples(EXAMPLES).forAll(validCodeTexts()).checkAssert(text -> {
            HazardCode code = HazardCode.parse(text);
            code.parent()
                    .ifPresentOrElse(
                            parent -> {
                                assertThat(parent.isSameOrAncestorOf(code)).isTrue();
                                assertThat(code.isSameOrAncestorOf(parent)).isFalse();
                                assertThat(parent.level().ordinal())
                                        .isEqualTo(code.level().ordinal() - 1);
                                assertThat(parent).isLessThan(code);
                            },
                            () -> assertThat(code.level()).isEqualTo(HazardCodeLevel.CATEGORY));
        });
    }
}
