package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
            if (text.length() == GridCode.STATISTICAL_LENGTH && text.endsWith("000")) {
                assertThat(code.statisticalCode()).contains(text);
            } else {
                assertThat(code.value()).isEqualTo(text);
            }
        });
    }

    @Test
    void publishedFormsNormaliseToTheCanonicalCodeAndBack() {
        qt().withExamples(EXAMPLES)
                .forAll(GridGenerators.codes().assuming(c -> c.level() != GridLevel.MICRO))
                .checkAssert(code -> {
                    String published = code.statisticalCode().orElseThrow();
                    assertThat(published).hasSize(GridCode.STATISTICAL_LENGTH).startsWith(code.value());
                    assertThat(published.substring(code.value().length())).matches("0*");
                    GridCode parsed = GridCode.parse(published);
                    assertThat(parsed).isEqualTo(code);
                    assertThat(parsed.value()).isEqualTo(code.value());
                    assertThat(parsed.level()).isEqualTo(code.level());
                });
    }

    @Test
    void aProvinceOutsideGbt2260IsRefusedWithTheList() {
        List<String> notProvinces = IntStream.range(0, 100)
                .filter(p -> !GridGenerators.PROVINCES.contains(p))
                .mapToObj(p -> String.format("%02d", p))
                .toList();
        Gen<String> badProvince = integers().between(0, notProvinces.size() - 1).map(notProvinces::get);
        qt().withExamples(EXAMPLES).forAll(GridGenerators.codes(), badProvince).checkAssert((code, province) -> {
            String text = province + code.value().substring(2);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> GridCode.parse(text))
                    .withMessageStartingWith("province segment '" + province + "' (positions 1-2)")
                    .withMessageContaining("is not a GB/T 2260 province; write one of 11-15, 21-23,");
            assertThat(GridCode.isProvince(province)).isFalse();
        });
    }

    @Test
    void anUndefinedTownshipTypeDigitIsRefusedWithTheDefinedOnes() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        GridGenerators.codes().assuming(c -> c.level() != GridLevel.DISTRICT),
                        integers().between(6, 9),
                        integers().between(0, 1))
                .checkAssert((code, digit, published) -> {
                    StringBuilder text = new StringBuilder(code.value());
                    text.setCharAt(6, (char) ('0' + digit));
                    String input = published == 1 && text.length() == 9 ? text + "000" : text.toString();
                    assertThatIllegalArgumentException()
                            .isThrownBy(() -> GridCode.parse(input))
                            .withMessageStartingWith("street segment '" + text.substring(6, 9) + "' (positions 7-9)")
                            .withMessageContaining("has type digit " + digit + ", which the statistical division"
                                    + " code does not define; write the street's published code");
                });
    }

    @Test
    void aLengthOfNoLevelIsRefusedWithTheLengthsThatExist() {
        qt().withExamples(EXAMPLES)
                .forAll(GridGenerators.codes(), integers().between(1, 16))
                .assuming((code, length) -> length != 6 && length != 9 && length != 12 && length != 15)
                .checkAssert((code, length) -> {
                    String text = (code.value() + "0010010010").substring(0, length);
                    assertThatIllegalArgumentException()
                            .isThrownBy(() -> GridCode.parse(text))
                            .withMessage("grid code length " + length + " matches no grid level (expected 6, 9, 12"
                                    + " or 15 digits, or the 12-digit published form such as 430105000000): '"
                                    + text + "'");
                });
    }
}
