package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridCodeTest {

    @Test
    void aCodeKnowsItsLevelAndParentFromItsDigits() {
        GridCode micro = GridCode.parse("110105001002003");

        assertThat(micro.level()).isEqualTo(GridLevel.MICRO);
        assertThat(micro.parent()).contains(GridCode.parse("110105001002"));
        assertThat(GridCode.parse("110105001").level()).isEqualTo(GridLevel.STREET);
        assertThat(GridCode.parse("110105").parent()).isEmpty();
        assertThat(micro.value()).isEqualTo("110105001002003");
        assertThat(micro).hasToString("110105001002003");
    }

    @Test
    void ancestryIsThePrefixRule() {
        GridCode street = GridCode.parse("110105001");

        assertThat(street.isSameOrAncestorOf(street)).isTrue();
        assertThat(street.isSameOrAncestorOf(GridCode.parse("110105001002003"))).isTrue();
        assertThat(street.isSameOrAncestorOf(GridCode.parse("110105002001"))).isFalse();
        assertThat(street.isSameOrAncestorOf(GridCode.parse("110105"))).isFalse();
    }

    @Test
    void codesAreValuesOrderedByDigits() {
        assertThat(GridCode.parse("110105001"))
                .isEqualTo(GridCode.parse("110105001"))
                .hasSameHashCodeAs(GridCode.parse("110105001"));
        assertThat(GridCode.parse("110105")).isLessThan(GridCode.parse("110105001"));
        assertThat(GridCode.parse("110105001999")).isLessThan(GridCode.parse("110105002"));
    }

    @Test
    void childAddsOneSegment() {
        assertThat(GridCode.parse("110105001").child("002")).isEqualTo(GridCode.parse("110105001002"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse("110105001").child("02"))
                .withMessage("a child segment of grid code '110105001' must have 3 digits; got '02'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse("110105001002003").child("001"))
                .withMessage("grid code '110105001002003' is at level MICRO, which has no child level");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse("110105001").child("000"))
                .withMessageStartingWith("community segment '000' is not allowed at level COMMUNITY (positions 10-12)");
    }

    @Test
    void nullAndBlankAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse(null))
                .withMessage("grid code must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse("  "))
                .withMessage("grid code must not be blank");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "110x05        | grid code must contain digits only; found 'x' at position 4 in '110x05'",
                "110105 001    | grid code must contain digits only; found ' ' at position 7 in '110105 001'",
                "１10105       | grid code must contain digits only; found '１' at position 1 in '１10105'",
                "11010500      | grid code length 8 matches no grid level (expected 6, 9, 12 or 15 digits): '11010500'",
                "1101050010020031 | grid code length 16 matches no grid level (expected 6, 9, 12 or 15 digits):"
                        + " '1101050010020031'",
                "000105        | province segment '00' is not allowed at level DISTRICT (positions 1-2) in grid code"
                        + " '000105'",
                "110005        | prefecture segment '00' is not allowed at level DISTRICT (positions 3-4) in grid code"
                        + " '110005' ('110000' style codes name a province, not a district)",
                "110100        | county segment '00' is not allowed at level DISTRICT (positions 5-6) in grid code"
                        + " '110100' ('110100' names a prefecture, not a district)",
                "110105000     | street segment '000' is not allowed at level STREET (positions 7-9) in grid code"
                        + " '110105000'",
                "110105000001  | street segment '000' is not allowed at level STREET (positions 7-9) in grid code"
                        + " '110105000001'",
                "110105001000  | community segment '000' is not allowed at level COMMUNITY (positions 10-12) in grid"
                        + " code '110105001000'; a 12-digit statistical code ending in '000' names a street: use the"
                        + " 9-digit street code '110105001'",
                "110105001002000 | micro-grid serial '000' is not allowed at level MICRO (positions 13-15) in grid"
                        + " code '110105001002000'; serials start at '001'",
            })
    void everyRuleSaysWhereAndWhy(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse(text))
                .withMessage(message);
    }
}
