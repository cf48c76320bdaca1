package org.gridsafe.hazard;

import java.util.Objects;
import java.util.Optional;

/**
 * A code of GB/T 13861-2022 生产过程危险和有害因素分类与代码 (危险和有害因素代码).
 *
 * <p>Layout: category (1 digit, 1-4), class (1 digit, 1-9), subclass (2 digits, 01-99) and detail
 * (2 digits, 01-99); "99" means "other" at subclass and detail level. A code therefore has 1, 2, 4
 * or 6 digits, and every prefix of those lengths is its ancestor. Codes compare by their digit
 * string, which puts every code right before its descendants.
 *
 * <pre>{@code
 * HazardCode code = HazardCode.parse("210101");        // 强度不够
 * code.level();                                        // DETAIL
 * code.parent();                                       // Optional[2101]
 * HazardCode.parse("21").isSameOrAncestorOf(code);     // true
 * }</pre>
 *
 * <p>Whether a code exists in the standard's table is a question for {@link HazardCatalog}; this
 * type checks only the layout.
 */
public final class HazardCode implements Comparable<HazardCode> {

    private final String value;

    private HazardCode(String value) {
        this.value = value;
    }

    /**
     * Parses a code of 1, 2, 4 or 6 digits.
     *
     * @throws IllegalArgumentException naming the position and the rule broken: a character that is
     *     not a digit, a length that is no level, a category outside 1-4, a class {@code 0}, a
     *     subclass or detail {@code 00}
     */
    public static HazardCode parse(String text) {
        Objects.requireNonNull(text, "hazard code");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "position " + (i + 1) + " is '" + c + "', not a digit 0-9");
            }
        }
        int length = text.length();
        if (length != 1 && length != 2 && length != 4 && length != 6) {
            throw invalid(text, length + " digits is not a hazard code level (1, 2, 4 or 6)");
        }
        char category = text.charAt(0);
        if (category < '1' || category > '4') {
            throw invalid(
                    text, "position 1 (category) is '" + category + "'; categories are 1 人的因素, 2 物的因素, 3 环境因素, 4 管理因素");
        }
        if (length >= 2 && text.charAt(1) == '0') {
            throw invalid(text, "position 2 (class) is '0'; classes are 1-9");
        }
        if (length >= 4 && text.startsWith("00", 2)) {
            throw invalid(text, "positions 3-4 (subclass) are '00'; subclasses are 01-99");
        }
        if (length == 6 && text.startsWith("00", 4)) {
            throw invalid(text, "positions 5-6 (detail) are '00'; details are 01-99");
        }
        return new HazardCode(text);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("hazard code \"" + text + "\": " + why);
    }

    /** The digits of this code, exactly as parsed. */
    public String value() {
        return value;
    }

    /** The layer of the standard's table this code belongs to, by its length. */
    public HazardCodeLevel level() {
        switch (value.length()) {
            case 1:
                return HazardCodeLevel.CATEGORY;
            case 2:
                return HazardCodeLevel.CLASS;
            case 4:
                return HazardCodeLevel.SUBCLASS;
            default:
                return HazardCodeLevel.DETAIL;
        }
    }

    /** The code one level up, or empty for a category. */
    public Optional<HazardCode> parent() {
        switch (value.length()) {
            case 1:
                return Optional.empty();
            case 2:
                return Optional.of(new HazardCode(value.substring(0, 1)));
            case 4:
                return Optional.of(new HazardCode(value.substring(0, 2)));
            default:
                return Optional.of(new HazardCode(value.substring(0, 4)));
        }
    }

    /** Whether this code is {@code other} or one of its ancestors (a prefix at a level boundary). */
    public boolean isSameOrAncestorOf(HazardCode other) {
        return other.value.startsWith(value);
    }

    /** "Other" (其他) codes end in 99 at subclass or detail level. */
    public boolean isOther() {
        return value.length() >= 4 && value.endsWith("99");
    }

    @Override
    public int compareTo(HazardCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HazardCode && ((HazardCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The digits, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
