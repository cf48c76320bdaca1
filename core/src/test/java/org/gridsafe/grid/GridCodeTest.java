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
                .withMessage("community segment '000' is not allowed at level COMMUNITY (positions 10-12) in grid code"
                        + " '110105001000'; a community segment starts at '001'");
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
                "11010500      | grid code length 8 matches no grid level (expected 6, 9, 12 or 15 digits, or the"
                        + " 12-digit published form such as 430105000000): '11010500'",
                "1101050010020031 | grid code length 16 matches no grid level (expected 6, 9, 12 or 15 digits, or"
                        + " the 12-digit published form such as 430105000000): '1101050010020031'",
                "000105        | province segment '00' (positions 1-2) of grid code '000105' is not a GB/T 2260"
                        + " province; write one of 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 or 82 (e.g."
                        + " 43 for 湖南, 32 for 江苏)",
                "110005        | prefecture segment '00' is not allowed at level DISTRICT (positions 3-4) in grid code"
                        + " '110005' ('110000' style codes name a province, not a district); write the 6-digit code"
                        + " of a district, e.g. 430105 for 长沙市开福区",
                "110100        | county segment '00' is not allowed at level DISTRICT (positions 5-6) in grid code"
                        + " '110100' ('110100' names a prefecture, not a district); write the 6-digit code of one"
                        + " of its districts, e.g. 110105",
                "430100000000  | county segment '00' is not allowed at level DISTRICT (positions 5-6) in grid code"
                        + " '430100' (normalised from the published form '430100000000') ('430100' names a"
                        + " prefecture, not a district); write the 6-digit code of one of its districts, e.g."
                        + " 430105",
                "110105000     | street segment '000' is not allowed at level STREET (positions 7-9) in grid code"
                        + " '110105000'; write the district code '110105' for the district itself, or a street"
                        + " segment from 001",
                "110105000001  | street segment '000' is not allowed at level STREET (positions 7-9) in grid code"
                        + " '110105000001'; write the district code '110105' for the district itself, or a street"
                        + " segment from 001",
                "430105601     | street segment '601' (positions 7-9) of grid code '430105601' has type digit 6,"
                        + " which the statistical division code does not define; write the street's published"
                        + " code, whose segment starts with 0 (街道 001-099), 1 (镇 100-199), 2-3 (乡 200-399) or"
                        + " 4-5 (政企合一单位等 400-599)",
                "430105901000  | street segment '901' (positions 7-9) of grid code '430105901' (normalised from the"
                        + " published form '430105901000') has type digit 9, which the statistical division code"
                        + " does not define; write the street's published code, whose segment starts with 0 (街道"
                        + " 001-099), 1 (镇 100-199), 2-3 (乡 200-399) or 4-5 (政企合一单位等 400-599)",
                "110105001000003 | community segment '000' is not allowed at level COMMUNITY (positions 10-12) in"
                        + " grid code '110105001000003'; write the street code '110105001' for the street itself,"
                        + " or a community segment from 001",
                "110105001002000 | micro-grid serial '000' is not allowed at level MICRO (positions 13-15) in grid"
                        + " code '110105001002000'; serials start at '001', and the community itself is"
                        + " '110105001002'",
                "990105        | province segment '99' (positions 1-2) of grid code '990105' is not a GB/T 2260"
                        + " province; write one of 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 or 82 (e.g."
                        + " 43 for 湖南, 32 for 江苏)",
            })
    void everyRuleSaysWhereWhyAndWhatToWriteInstead(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridCode.parse(text))
                .withMessage(message);
    }

    /**
     * Published codes of 长沙市开福区 (the 2023 list of 统计用区划代码) and a community of 苏州市姑苏区, in
     * the statistics bureau's 12-digit form and in the canonical form.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "430105000000 | 430105    | DISTRICT",
                "430105001000 | 430105001 | STREET",
                "430105021000 | 430105021 | STREET",
                "320508019044 | 320508019044 | COMMUNITY",
                "654203511400 | 654203511400 | COMMUNITY",
                "220581102000 | 220581102 | STREET",
            })
    void publishedTwelveDigitCodesAreAcceptedAndNormalised(String published, String canonical, GridLevel level) {
        GridCode code = GridCode.parse(published);

        assertThat(code.value()).isEqualTo(canonical);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code).isEqualTo(GridCode.parse(canonical));
        assertThat(code.statisticalCode()).contains(published);
    }

    @Test
    void theTownshipTypeDigitAndTheProvincesAreThePublishedOnes() {
        assertThat(GridCode.townshipType("001")).contains("街道");
        assertThat(GridCode.townshipType("102")).contains("镇");
        assertThat(GridCode.townshipType("201")).contains("乡");
        assertThat(GridCode.townshipType("399")).contains("乡");
        assertThat(GridCode.townshipType("511")).contains("政企合一单位等");
        assertThat(GridCode.townshipType("600")).isEmpty();
        assertThat(GridCode.townshipType("999")).isEmpty();
        assertThat(GridCode.townshipType("01")).isEmpty();

        assertThat(GridCode.isProvince("43")).isTrue();
        assertThat(GridCode.isProvince("82")).isTrue();
        assertThat(GridCode.isProvince("16")).isFalse();
        assertThat(GridCode.isProvince("70")).isFalse();
        assertThat(GridCode.isProvince("１１")).isFalse();
        assertThat(GridCode.parse("110105001002003").statisticalCode()).isEmpty();
    }
}
