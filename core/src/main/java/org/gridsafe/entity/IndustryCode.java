package org.gridsafe.entity;

import java.util.Optional;

/**
 * An industry code of GB/T 4754-2017 国民经济行业分类: a section letter (门类) and 2, 3 or 4 digits —
 * division (大类), group (中类) and class (小类). A code may stop at the division or the group.
 *
 * <p>The division must lie in its section's range (A 01-05, B 06-12, C 13-43, ... T 97; verified,
 * from {@link IndustryCatalog}). Group and class digits are not checked against a table (the table
 * below the division is not shipped).
 *
 * <pre>{@code
 * IndustryCode.parse("C3011");   // C3011, level CLASS, division "30"
 * IndustryCode.parse("3011");    // the same: the section follows from the division
 * IndustryCode.parse("D3011");
 * // InvalidEntityValueException: industryCode: division 30 is not in section D (divisions 44-46);
 * // it belongs to section C 制造业
 * }</pre>
 *
 * <p>Codes order by section then digits, which puts a division before its groups and classes.
 */
public final class IndustryCode implements Comparable<IndustryCode> {

    static final String FIELD = "industryCode";

    private final char section;
    private final String digits;

    private IndustryCode(char section, String digits) {
        this.section = section;
        this.digits = digits;
    }

    /**
     * Parses a code: a section letter followed by 2-4 digits, or the digits alone (the section is
     * then the one whose range holds the division).
     *
     * @throws InvalidEntityValueException for field {@code industryCode}, naming the position and
     *     the rule broken
     */
    public static IndustryCode parse(String text) {
        if (text == null) {
            throw new InvalidEntityValueException(FIELD, "must not be null");
        }
        if (text.isBlank()) {
            throw new InvalidEntityValueException(FIELD, "must not be blank");
        }
        IndustryCatalog catalog = IndustryCatalog.gbt4754_2017();
        char first = text.charAt(0);
        boolean lettered = !(first >= '0' && first <= '9');
        String digits = lettered ? text.substring(1) : text;
        if (lettered && (first < 'A' || first > 'Z')) {
            throw new InvalidEntityValueException(
                    FIELD, "character 1 '" + first + "' must be a section letter A-T or a digit");
        }
        if (digits.length() < 2 || digits.length() > 4) {
            throw new InvalidEntityValueException(
                    FIELD,
                    "'" + text + "' must have 2 (大类), 3 (中类) or 4 (小类) digits"
                            + (lettered ? " after the section letter" : "") + "; found " + digits.length());
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidEntityValueException(
                        FIELD, "character " + (i + (lettered ? 2 : 1)) + " '" + c + "' must be a digit");
            }
        }
        String division = digits.substring(0, 2);
        Optional<IndustryCatalog.Section> owner = catalog.sectionOf(division);
        if (!lettered) {
            return new IndustryCode(
                    owner.orElseThrow(() -> noSuchDivision(division)).letter(), digits);
        }
        IndustryCatalog.Section section = catalog.section(first)
                .orElseThrow(() -> new InvalidEntityValueException(
                        FIELD,
                        "character 1 '" + first + "' is not a section of " + IndustryCatalog.EDITION + " (A-T)"));
        if (!section.contains(division)) {
            throw new InvalidEntityValueException(
                    FIELD,
                    "division " + division + " is not in section " + first + " (divisions " + section.range()
                            + ")"
                            + owner.map(o -> "; it belongs to section " + o.letter() + " " + o.zhName())
                                    .orElse("; no section holds it"));
        }
        return new IndustryCode(first, digits);
    }

    private static InvalidEntityValueException noSuchDivision(String division) {
        return new InvalidEntityValueException(
                FIELD, "division " + division + " is in no section of " + IndustryCatalog.EDITION + " (01-97)");
    }

    /** The section letter (门类). */
    public char section() {
        return section;
    }

    /** The two division digits (大类). */
    public String division() {
        return digits.substring(0, 2);
    }

    /** The three group digits (中类), if the code goes that far. */
    public Optional<String> group() {
        return digits.length() >= 3 ? Optional.of(digits.substring(0, 3)) : Optional.empty();
    }

    /** The four class digits (小类), if the code goes that far. */
    public Optional<String> industryClass() {
        return digits.length() == 4 ? Optional.of(digits) : Optional.empty();
    }

    /** The digits after the letter. */
    public String digits() {
        return digits;
    }

    /** How far down the code goes. */
    public IndustryCodeLevel level() {
        return IndustryCodeLevel.values()[digits.length() - 2];
    }

    /** Whether this code is {@code other} or lies under it (e.g. {@code C3011} under {@code C30}). */
    public boolean isSameOrUnder(IndustryCode other) {
        return section == other.section && digits.startsWith(other.digits);
    }

    /** The letter and digits, e.g. {@code C3011}. */
    public String value() {
        return section + digits;
    }

    @Override
    public int compareTo(IndustryCode other) {
        return value().compareTo(other.value());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryCode other && section == other.section && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return 31 * section + digits.hashCode();
    }

    /** As {@link #value()}. */
    @Override
    public String toString() {
        return value();
    }
}
