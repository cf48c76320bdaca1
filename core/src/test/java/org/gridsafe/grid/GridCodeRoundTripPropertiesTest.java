package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every valid code prints and parses back to itself, and its parents climb one level at a time. */
class GridCodeRoundTripPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    @Test
    void everyValidCodeRoundTripsThroughItsText() {
        qt().withExamples(EXAMPLES).forAll(GridGenerators.codes()).checkAssert(code -> {
            GridCode parsed = GridCode.parse(code.toString());
            assertThat(parsed).isEqualTo(code).hasSameHashCodeAs(code);
            assertThat(parsed.value()).isEqualTo(code.value());
            assertThat(parsed.level()).isEqualTo(code.level());
            assertThat(parsed.value()).hasSize(code.level().codeLength());
        });
    }

    @Test
    void theParentChainReachesTheDistrictOneLevelAtATime() {
        qt().withExamples(EXAMPLES).forAll(GridGenerators.codes()).checkAssert(code -> {
            GridCode current = code;
            Optional<GridCode> parent = current.parent();
            while (parent.isPresent()) {
                assertThat(Optional.of(parent.get().level()))
                        .isEqualTo(current.level().parent());
                assertThat(parent.get().isSameOrAncestorOf(current)).isTrue();
                assertThat(current.isSameOrAncestorOf(parent.get())).isFalse();
                assertThat(parent.get()).isLessThan(current);
                current = parent.get();
                parent = current.parent();
            }
            assertThat(current.level()).isEqualTo(GridLevel.DISTRICT);
            assertThat(code.value()).startsWith(current.value());
        });
    }

    @Test
    void anyDigitStringEitherParsesToItselfOrIsRejectedWithAReason() {
        Gen<String> digitStrings = strings().betweenCodePoints('0', '9').ofLengthBetween(0, 16);
        Gen<String> nearlyValid = GridGenerators.codes()
                .zip(integers().between(0, 14), integers().between(0, 9), (code, at, digit) -> {
                    StringBuilder text = new StringBuilder(code.value());
                    if (at < text.length()) {
                        text.setCharAt(at, (char) ('0' + digit));
                    }
                    return text.toString();
                });
        qt().withExamples(EXAMPLES).forAll(digitStrings.mix(nearlyValid)).checkAssert(text -> {
            GridCode code;
            try {
                code = GridCode.parse(text);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).containsAnyOf("position", "length", "blank");
                return;
            }
            assertThat(code.value()).isEqualTo(text);
        });
    }
}
