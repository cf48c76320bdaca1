package org.gridsafe.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every valid credit code round-trips, and any single-character change of one is refused strictly
 * and never read cleanly leniently.
 *
 * <p>A failure prints the shrunk counterexample and {@code Seed was ...}; replay it with {@code
 * -DQT_SEED=<seed>} (QuickTheories reads that property like {@code withFixedSeed}). The number of
 * examples is {@code -Dgridsafe.qt.examples=N} (default 1000; the change property runs 5 times as
 * many).
 */
class UnifiedSocialCreditCodePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    private static final String SET = UnifiedSocialCreditCode.CHARACTER_SET;

    /** Characters a typo could introduce: the set, the excluded letters, lower case, and a few others. */
    private static final String TYPOS = SET + "IOZSVabcxyz -_.*中";

    private static Gen<Character> setCharacters() {
        return integers().between(0, SET.length() - 1).map((Integer i) -> SET.charAt(i));
    }

    private static Gen<String> strings(Gen<Character> characters, int length) {
        Gen<String> text = characters.map((Character c) -> String.valueOf(c));
        for (int i = 1; i < length; i++) {
            text = text.zip(characters, (s, c) -> s + c);
        }
        return text;
    }

    /** Valid codes: authority and category from the set, six digits, nine set characters, computed check. */
    static Gen<UnifiedSocialCreditCode> validCodes() {
        Gen<Character> digits = integers().between(0, 9).map((Integer d) -> (char) ('0' + d));
        return strings(setCharacters(), 2)
                .zip(strings(digits, 6), strings(setCharacters(), 9), (head, division, body) -> head + division + body)
                .map((String first17) -> UnifiedSocialCreditCode.completing(first17));
    }

    @Test
    void everyValidCodeRoundTripsThroughItsText() {
        qt().withExamples(EXAMPLES).forAll(validCodes()).checkAssert(code -> {
            UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code.toString());
            assertThat(parsed).isEqualTo(code).hasSameHashCodeAs(code);
            assertThat(parsed.value()).hasSize(18);
            assertThat(parsed.checkCharacterHolds()).isTrue();
            LenientCreditCode lenient = UnifiedSocialCreditCode.parseLenient(code.value());
            assertThat(lenient.isClean()).isTrue();
            assertThat(lenient.code()).isEqualTo(code);
            assertThat(parsed.authorityAndCategory()
                            + parsed.authorityDivisionCode()
                            + parsed.organisationCode()
                            + parsed.checkCharacter())
                    .isEqualTo(code.value());
        });
    }

    @Test
    void anySingleCharacterChangeIsRefusedStrictlyAndFlaggedLeniently() {
        Gen<Character> typos = integers().between(0, TYPOS.length() - 1).map((Integer i) -> TYPOS.charAt(i));
        qt().withExamples(EXAMPLES * 5)
                .forAll(validCodes(), integers().between(0, 17), typos)
                .assuming((code, at, typo) -> code.value().charAt(at) != typo)
                .checkAssert((code, at, typo) -> {
                    StringBuilder changed = new StringBuilder(code.value());
                    changed.setCharAt(at, typo);
                    String text = changed.toString();

                    Throwable strict = catchThrowable(() -> UnifiedSocialCreditCode.parse(text));
                    assertThat(strict)
                            .as("strict parse of %s (character %d changed to '%s')", text, at + 1, typo)
                            .isInstanceOf(InvalidEntityValueException.class);
                    assertThat(strict.getMessage()).containsPattern("character \\d+|18 characters");

                    LenientCreditCode lenient;
                    try {
                        lenient = UnifiedSocialCreditCode.parseLenient(text);
                    } catch (InvalidEntityValueException refused) {
                        return;
                    }
                    assertThat(lenient.isClean())
                            .as("lenient parse of %s must carry a warning", text)
                            .isFalse();
                });
    }
}
