package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A generated code validates iff its division lies in its section's range. The reference ranges
 * are written out here, independently of the shipped data file, so a wrong row in the file fails.
 *
 * <p>Replay a failure with {@code -DQT_SEED=<seed>}; {@code -Dgridsafe.qt.examples=N} sets the count.
 */
class IndustryCodePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    /** GB/T 4754-2017 section → [first, last] division. */
    private static final Map<Character, int[]> RANGES = Map.ofEntries(
            Map.entry('A', new int[] {1, 5}),
            Map.entry('B', new int[] {6, 12}),
            Map.entry('C', new int[] {13, 43}),
            Map.entry('D', new int[] {44, 46}),
            Map.entry('E', new int[] {47, 50}),
            Map.entry('F', new int[] {51, 52}),
            Map.entry('G', new int[] {53, 60}),
            Map.entry('H', new int[] {61, 62}),
            Map.entry('I', new int[] {63, 65}),
            Map.entry('J', new int[] {66, 69}),
            Map.entry('K', new int[] {70, 70}),
            Map.entry('L', new int[] {71, 72}),
            Map.entry('M', new int[] {73, 75}),
            Map.entry('N', new int[] {76, 79}),
            Map.entry('O', new int[] {80, 82}),
            Map.entry('P', new int[] {83, 83}),
            Map.entry('Q', new int[] {84, 85}),
            Map.entry('R', new int[] {86, 90}),
            Map.entry('S', new int[] {91, 96}),
            Map.entry('T', new int[] {97, 97}));

    private static boolean inRange(char section, int division) {
        int[] range = RANGES.get(section);
        return range != null && division >= range[0] && division <= range[1];
    }

    /** {letter, division}: an independent letter, or the division's own section shifted. */
    private static int[] pair(int division, int letter, int shift, int independent) {
        if (independent == 1) {
            return new int[] {letter, division};
        }
        char own = RANGES.keySet().stream()
                .filter(s -> inRange(s, division))
                .findFirst()
                .orElse('U');
        return new int[] {own + shift, division};
    }

    @Test
    void aCodeValidatesIffItsDivisionIsInItsSectionsRange() {
        // Half the letters are drawn independently of the division (mostly invalid pairs), half are
        // the division's own section shifted by -1, 0 or +1 letters (valid pairs and their neighbours).
        Gen<Integer> divisions = integers().between(0, 99);
        Gen<Integer> anyLetter = integers().between('A', 'Z');
        Gen<Integer> shift = integers().between(-1, 1);
        qt().withExamples(EXAMPLES)
                .forAll(
                        divisions.zip(anyLetter, shift, integers().between(0, 1), IndustryCodePropertiesTest::pair),
                        integers().between(0, 99),
                        integers().between(0, 2))
                .checkAssert((pair, rest, extra) -> {
                    char section = (char) pair[0];
                    int division = pair[1];
                    String tail =
                            extra == 0 ? "" : extra == 1 ? String.valueOf(rest % 10) : String.format("%02d", rest);
                    String text = section + String.format("%02d", division) + tail;
                    Throwable thrown = catchThrowable(() -> IndustryCode.parse(text));
                    if (inRange(section, division)) {
                        assertThat(thrown).as(text).isNull();
                        IndustryCode code = IndustryCode.parse(text);
                        assertThat(code.value()).isEqualTo(text);
                        assertThat(IndustryCode.parse(code.digits())).isEqualTo(code);
                        assertThat(code.level().digits()).isEqualTo(2 + tail.length());
                    } else {
                        assertThat(thrown)
                                .as(text)
                                .isInstanceOf(InvalidEntityValueException.class)
                                .hasMessageStartingWith("industryCode: ");
                    }
                });
    }

    @Test
    void digitsAloneValidateIffSomeSectionHoldsTheDivision() {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 99)).checkAssert(division -> {
            String text = String.format("%02d", division);
            boolean held = RANGES.keySet().stream().anyMatch(s -> inRange(s, division));
            Throwable thrown = catchThrowable(() -> IndustryCode.parse(text));
            if (held) {
                assertThat(thrown).isNull();
                assertThat(inRange(IndustryCode.parse(text).section(), division))
                        .isTrue();
            } else {
                assertThat(thrown).isInstanceOf(InvalidEntityValueException.class);
            }
        });
    }
}
