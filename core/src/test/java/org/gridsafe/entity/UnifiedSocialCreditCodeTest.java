package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published worked examples of GB 32100-2015 and the messages for each kind of bad input. */
class UnifiedSocialCreditCodeTest {

    @Test
    void theStandardsWorkedExampleIsValidAndSplitsIntoItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code.registeringAuthority()).isEqualTo('9');
        assertThat(code.category()).isEqualTo('1');
        assertThat(code.authorityAndCategory()).isEqualTo("91");
        assertThat(code.authorityDivisionCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
        assertThat(code.checkCharacter()).isEqualTo('3');
        assertThat(code.checkCharacterHolds()).isTrue();
        assertThat(code.organisationCodeCheckHolds()).isTrue();
    }

    @Test
    void theStandardsExampleCheckCharacterIsThree() {
        // Σ Ci·Wi = 1640, 1640 mod 31 = 28, 31 − 28 = 3 (the standard's worked computation).
        assertThat(UnifiedSocialCreditCode.checkCharacterOf("91350100M000100Y4"))
                .isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.completing("91350100M000100Y4").value())
                .isEqualTo("91350100M000100Y43");
    }

    @Test
    void theStandardsInvalidExampleY4ZIsRefusedBecauseZIsNotInTheSet() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4Z"))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessage("creditCode: character 18 'Z' is not in the code's 31-character set (0-9 and A-Z"
                        + " without I, O, Z, S, V)");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parseLenient("91350100M000100Y4Z"))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessageContaining("character 18 'Z'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P"})
    void fujianPilotCodesFailTheCheckStrictlyButAreReadLenientlyWithAWarning(String pilot) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(pilot))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessageContaining("character 18")
                .hasMessageContaining("is not the check character");

        LenientCreditCode read = UnifiedSocialCreditCode.parseLenient(pilot);
        assertThat(read.code().value()).isEqualTo(pilot);
        assertThat(read.isClean()).isFalse();
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(18);
            assertThat(w.rule()).contains("is not the check character");
        });
        assertThat(read.code().checkCharacterHolds()).isFalse();
        // Their embedded organisation codes do pass GB 11714.
        assertThat(read.code().organisationCodeCheckHolds()).isTrue();
    }

    @Test
    void theFirstPilotCodeWouldHaveCheckCharacterOne() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M0001TGQXM"))
                .hasMessage("creditCode: character 18 'M' is not the check character: the weights 3^(i-1) mod 31"
                        + " of GB 32100-2015 give '1' for the first 17 characters");
    }

    @Test
    void aCharacterOutsideTheSetIsNamedByPosition() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100I000100Y43"))
                .hasMessage("creditCode: character 9 'I' is not in the code's 31-character set (0-9 and A-Z"
                        + " without I, O, Z, S, V)");
    }

    @Test
    void everyCharacterOutsideTheSetIsListed() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9O350100S000100Y43"))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::message)
                                .containsExactly(
                                        "character 2 'O' is not in the code's 31-character set (0-9 and A-Z without I, O, Z,"
                                                + " S, V)",
                                        "character 9 'S' is not in the code's 31-character set (0-9 and A-Z without I, O, Z,"
                                                + " S, V)"));
    }

    @Test
    void wrongLengthNullAndBlankAreRefused() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4"))
                .hasMessage("creditCode: must be 18 characters (GB 32100-2015); got 17");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null)).hasMessage("creditCode: must not be null");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("  ")).hasMessage("creditCode: must not be blank");
    }

    @Test
    void lowerCaseIsRefusedStrictlyWithAHintAndRepairedLeniently() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100m000100y43"))
                .hasMessageContaining("character 9 'm' is not in the code's 31-character set")
                .hasMessageContaining("(letters are upper-case)");

        LenientCreditCode read = UnifiedSocialCreditCode.parseLenient(" 91350100m000100y43 ");
        assertThat(read.code()).isEqualTo(UnifiedSocialCreditCode.parse("91350100M000100Y43"));
        assertThat(read.warnings()).extracting(CreditCodeWarning::position).containsExactly(0, 9, 16);
    }

    @Test
    void aLetterInTheDivisionCodeIsRefusedStrictlyAndFlaggedLeniently() {
        String body = "9135A100M000100Y4";
        String code = body + UnifiedSocialCreditCode.checkCharacterOf(body);

        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .hasMessageContaining("character 5 'A' is not a digit; characters 3-8 are the registering"
                        + " authority's GB/T 2260 division code");
        assertThat(UnifiedSocialCreditCode.parseLenient(code).warnings())
                .extracting(CreditCodeWarning::position)
                .containsExactly(5);
    }

    @Test
    void codesAreEqualByTheirCharacters() {
        assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43"))
                .isEqualTo(UnifiedSocialCreditCode.parseLenient("91350100M000100Y43")
                        .code())
                .hasSameHashCodeAs(UnifiedSocialCreditCode.parse("91350100M000100Y43"))
                .hasToString("91350100M000100Y43");
    }

    @Test
    void theCategoryTableNamesEnterprisesAndIndividualBusinesses() {
        CreditCodeCategories table = CreditCodeCategories.gb32100();
        UnifiedSocialCreditCode enterprise = UnifiedSocialCreditCode.parse("91350100M000100Y43");
        UnifiedSocialCreditCode individual = UnifiedSocialCreditCode.completing("92350100M000100Y4");

        assertThat(table.category(enterprise))
                .map(CreditCodeCategories.Category::zhName)
                .contains("企业");
        assertThat(table.category(individual))
                .map(CreditCodeCategories.Category::zhName)
                .contains("个体工商户");
        assertThat(table.authority(individual))
                .map(CreditCodeCategories.Authority::zhName)
                .contains("工商 (市场监管)");
        assertThat(table.authorities())
                .extracting(CreditCodeCategories.Authority::code)
                .containsExactly('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y');
        // 9 has no "9 其他" category in the list: an unknown category is simply not named.
        assertThat(table.category(UnifiedSocialCreditCode.completing("99350100M000100Y4")))
                .isEmpty();
        assertThat(CreditCodeCategories.SOURCE.evidence()).isEqualTo(Evidence.SECONDARY);
    }
}
