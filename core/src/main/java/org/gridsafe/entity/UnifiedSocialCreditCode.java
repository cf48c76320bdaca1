package org.gridsafe.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: the 18-character identity of
 * every registered enterprise, 个体工商户 and other organisation.
 *
 * <p>Layout (verified: the standard's annex as quoted by several independent copies and validators):
 *
 * <pre>
 * position  1     registering authority 登记管理部门代码 (9 = market regulation, 5 = civil affairs, ...)
 * position  2     category 机构类别代码 within that authority (91 = enterprise, 92 = 个体工商户, ...)
 * positions 3-8   GB/T 2260 division code of the <em>registering authority</em> (not of the premises)
 * positions 9-17  主体标识码: the GB 11714 organisation code (8 characters + its own check character)
 * position  18    check character
 * </pre>
 *
 * <p>Characters come from the 31-character set {@value #CHARACTER_SET} (0-9 and A-Z without I, O,
 * Z, S, V), valued 0-30 in that order. The check character is {@code (31 − Σ Ci·Wi mod 31) mod 31}
 * over the first 17 characters with weights {@code Wi = 3^(i−1) mod 31} (verified; the standard's
 * worked example {@code 91350100M000100Y43} has Σ = 1640 and check 3).
 *
 * <p>{@link #parse} is strict. {@link #parseLenient} accepts what a registry may really hold: early
 * pilot codes (e.g. Fujian's {@code 91350100M0001TGQXM}, secondary source) are lawful yet fail the
 * check character, so lenient parsing returns the code with a {@link CreditCodeWarning} instead
 * of refusing an enterprise that exists. Both refuse a wrong length or a character outside the set.
 *
 * <p>The division code is the registering authority's, so a grid is never derived from it: the
 * grid comes from the premises' address or point.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");
 * code.registeringAuthority();        // '9'
 * code.organisationCode();            // "M000100Y4"
 * UnifiedSocialCreditCode.parse("91350100M000100Y4I");
 * // InvalidEntityValueException: creditCode: character 18 'I' is not in the code's 31-character set ...
 * }</pre>
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters of the code, in the order of their values 0-30. */
    public static final String CHARACTER_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The length of every code. */
    public static final int LENGTH = 18;

    /** The field name used in error messages. */
    static final String FIELD = "creditCode";

    private static final int[] WEIGHTS = weights();

    /** GB 11714 weights of the organisation code's first 8 characters (verified). */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    private static int[] weights() {
        int[] w = new int[LENGTH - 1];
        int power = 1;
        for (int i = 0; i < w.length; i++) {
            w[i] = power;
            power = power * 3 % 31;
        }
        return w;
    }

    /**
     * Parses a code strictly: 18 characters of the set, digits at positions 3-8, and a matching
     * check character.
     *
     * @throws InvalidEntityValueException for field {@code creditCode}, naming the position and the
     *     rule broken
     */
    public static UnifiedSocialCreditCode parse(String text) {
        requireShape(text);
        List<FieldProblem> problems = new ArrayList<>();
        for (CreditCodeWarning warning : softProblems(text)) {
            problems.add(new FieldProblem(FIELD, warning.rule()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntityValueException(problems);
        }
        return new UnifiedSocialCreditCode(text);
    }

    /**
     * Parses a code as a registry may hold it. Surrounding whitespace is removed and lower-case
     * letters are read as upper-case; a wrong check character or a letter in the division code is
     * accepted. Each such repair or deviation is a warning on the result.
     *
     * @throws InvalidEntityValueException for field {@code creditCode} if, after those repairs, the
     *     length is not 18 or a character is outside the set
     */
    public static LenientCreditCode parseLenient(String text) {
        if (text == null) {
            throw new InvalidEntityValueException(FIELD, "must not be null");
        }
        List<CreditCodeWarning> warnings = new ArrayList<>();
        String stripped = text.strip();
        if (!stripped.equals(text) && !stripped.isEmpty()) {
            warnings.add(new CreditCodeWarning(0, "surrounding whitespace was removed"));
        }
        StringBuilder upper = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            char u = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (u != c && CHARACTER_SET.indexOf(u) >= 0) {
                warnings.add(new CreditCodeWarning(i + 1, "lower-case '" + c + "' was read as '" + u + "'"));
                upper.append(u);
            } else {
                upper.append(c);
            }
        }
        String normalised = upper.toString();
        requireShape(normalised);
        warnings.addAll(softProblems(normalised));
        return new LenientCreditCode(new UnifiedSocialCreditCode(normalised), warnings);
    }

    /**
     * The code made of {@code first17} and its computed check character.
     *
     * @throws InvalidEntityValueException if {@code first17} is not 17 characters of the set with
     *     digits at positions 3-8
     */
    public static UnifiedSocialCreditCode completing(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new InvalidEntityValueException(
                    FIELD, "the body to complete must be 17 characters; got " + describeLength(first17));
        }
        return parse(first17 + checkCharacterOf(first17));
    }

    /**
     * The check character GB 32100-2015 gives for a code's first 17 characters.
     *
     * @throws InvalidEntityValueException if a character is outside the set or there are not 17
     */
    public static char checkCharacterOf(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new InvalidEntityValueException(
                    FIELD, "the check character is computed over 17 characters; got " + describeLength(first17));
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int v = CHARACTER_SET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidEntityValueException(FIELD, notInSet(i + 1, first17.charAt(i)));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARACTER_SET.charAt((31 - sum % 31) % 31);
    }

    private static String describeLength(String text) {
        return text == null ? "null" : String.valueOf(text.length());
    }

    /** Null, blank, length and character set: refused in both modes. */
    private static void requireShape(String text) {
        if (text == null) {
            throw new InvalidEntityValueException(FIELD, "must not be null");
        }
        if (text.isBlank()) {
            throw new InvalidEntityValueException(FIELD, "must not be blank");
        }
        if (text.length() != LENGTH) {
            throw new InvalidEntityValueException(
                    FIELD, "must be " + LENGTH + " characters (GB 32100-2015); got " + text.length());
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CHARACTER_SET.indexOf(c) < 0) {
                problems.add(new FieldProblem(FIELD, notInSet(i + 1, c)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntityValueException(problems);
        }
    }

    private static String notInSet(int position, char c) {
        boolean lowerOfValid = c >= 'a' && c <= 'z' && CHARACTER_SET.indexOf(c - 'a' + 'A') >= 0;
        String hint = lowerOfValid ? " (letters are upper-case)" : "";
        return "character " + position + " '" + printable(c) + "' is not in the code's 31-character set (0-9 and"
                + " A-Z without I, O, Z, S, V)" + hint;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                : String.valueOf(c);
    }

    /** Rules a lawful code may break: digits in the division code, and the check character. */
    private static List<CreditCodeWarning> softProblems(String text) {
        List<CreditCodeWarning> problems = new ArrayList<>();
        for (int i = 2; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                problems.add(new CreditCodeWarning(
                        i + 1,
                        "character " + (i + 1) + " '" + c + "' is not a digit; characters 3-8 are the"
                                + " registering authority's GB/T 2260 division code"));
            }
        }
        char expected = checkCharacterOf(text.substring(0, LENGTH - 1));
        if (text.charAt(LENGTH - 1) != expected) {
            problems.add(new CreditCodeWarning(
                    LENGTH,
                    "character 18 '" + text.charAt(LENGTH - 1) + "' is not the check character: the weights"
                            + " 3^(i-1) mod 31 of GB 32100-2015 give '" + expected + "' for the first 17"
                            + " characters"));
        }
        return problems;
    }

    /**
     * The GB 11714 check character of an organisation code's first 8 characters: weights
     * {@code 3,7,9,10,5,8,4,2}, digits 0-9 and letters A-Z valued 10-35, {@code 11 − Σ mod 11},
     * with 10 written {@code X} and 11 written {@code 0} (verified against independent validators).
     */
    static char organisationCheckCharacterOf(String first8) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            char c = first8.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
            sum += v * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The 18 characters. */
    public String value() {
        return value;
    }

    /** Position 1: the registering authority (登记管理部门代码), e.g. {@code '9'} market regulation. */
    public char registeringAuthority() {
        return value.charAt(0);
    }

    /** Position 2: the category (机构类别代码) within the registering authority. */
    public char category() {
        return value.charAt(1);
    }

    /** Positions 1-2 together, e.g. {@code "91"} (enterprise) or {@code "92"} (个体工商户). */
    public String authorityAndCategory() {
        return value.substring(0, 2);
    }

    /** Positions 3-8: the GB/T 2260 division code of the registering authority (登记管理机关行政区划码). */
    public String authorityDivisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9-17: the 主体标识码, i.e. the GB 11714 organisation code with its own check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Position 18. */
    public char checkCharacter() {
        return value.charAt(LENGTH - 1);
    }

    /** Whether position 18 is the computed check character (always true for a strictly parsed code). */
    public boolean checkCharacterHolds() {
        return checkCharacter() == checkCharacterOf(value.substring(0, LENGTH - 1));
    }

    /**
     * Whether the embedded organisation code passes its own GB 11714 check. Informational only:
     * the standard does not make it a condition of the credit code, so neither parse requires it.
     */
    public boolean organisationCodeCheckHolds() {
        String org = organisationCode();
        return org.charAt(8) == organisationCheckCharacterOf(org);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The 18 characters, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
