package org.gridsafe.grid;

import java.util.Optional;

/**
 * The code of a grid: a hierarchical, all-digit identifier whose length gives its {@link GridLevel}.
 *
 * <p>Layout (one canonical form, variable length by level):
 *
 * <ul>
 *   <li>positions 1-6: the county-level division code of GB/T 2260 (province 2 digits, prefecture
 *       2, county 2) — a {@link GridLevel#DISTRICT} code, e.g. {@code 110105};
 *   <li>positions 7-9: the township/street segment of the statistical division code — a {@link
 *       GridLevel#STREET} code, e.g. {@code 110105001};
 *   <li>positions 10-12: the community/village segment — a {@link GridLevel#COMMUNITY} code, e.g.
 *       {@code 110105001002};
 *   <li>positions 13-15: the micro-grid serial within the community — a {@link GridLevel#MICRO}
 *       code, e.g. {@code 110105001002003} (the 15-digit unit-grid layout of Beijing DB11).
 * </ul>
 *
 * <p>The statistics bureau publishes every division in a zero-padded 12-digit form (统计用区划代码):
 * a county as {@code 430105000000}, a street as {@code 430105001000}. {@link #parse} accepts that
 * form and normalises it to the canonical code of the level it names ({@code 430105},
 * {@code 430105001}); {@link #statisticalCode()} gives it back. The canonical form stays the only
 * stored one: equal grids have equal codes and the parent of a code is simply its prefix.
 *
 * <p>Besides the layout, parsing checks what the published codes define:
 *
 * <ul>
 *   <li>positions 1-2 are a GB/T 2260 province: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81
 *       or 82 ({@link #isProvince});
 *   <li>position 7, the first digit of the township segment, is its type in the statistical
 *       division code: 0 街道 (001-099), 1 镇 (100-199), 2-3 乡 (200-399), 4-5 政企合一单位 and
 *       similar (400-599); 6-9 are undefined and refused ({@link #townshipType}).
 * </ul>
 *
 * Sources: GB/T 2260-2007 layout and province list (as quoted at
 * blog.csdn.net/dzxs_gb28181/article/details/97810158, CONFIRMED); the township type digit and the
 * zero padding of the 12-digit form from the statistics bureau's rule for 统计用区划代码 (as quoted
 * at suixincha.cn/areacode and dssz.net/8189007.html, CONFIRMED).
 *
 * <p>Codes order by their digits, which puts every grid directly before its descendants (a
 * depth-first, pre-order walk of the hierarchy).
 *
 * <pre>{@code
 * GridCode community = GridCode.parse("110105001002");
 * community.level();                    // COMMUNITY
 * GridCode.parse("430105001000");       // 430105001 (芙蓉北路街道, published form normalised)
 * GridCode.parse("430105001").statisticalCode();   // Optional[430105001000]
 * community.parent();                   // Optional[110105001]
 * community.child("003");               // 110105001002003 (a micro-grid)
 * }</pre>
 */
public final class GridCode implements Comparable<GridCode> {

    /** Digits of the statistics bureau's published (zero-padded) form of a division code. */
    public static final int STATISTICAL_LENGTH = 12;

    private final String value;
    private final GridLevel level;

    private GridCode(String value, GridLevel level) {
        this.value = value;
        this.level = level;
    }

    /**
     * Parses and validates a grid code.
     *
     * @param text the digits of the code, without spaces or separators
     * @return the code
     * @throws IllegalArgumentException naming the position and the rule that {@code text} breaks
     */
    public static GridCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("grid code must not be null");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("grid code must not be blank");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Only ASCII digits: Character.isDigit would also let full-width digits (０-９) through.
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("grid code must contain digits only; found '"
                        + c
                        + "' at position "
                        + (i + 1)
                        + " in '"
                        + text
                        + "'");
            }
        }
        String canonical = normalised(text);
        GridLevel level = GridLevel.ofCodeLength(canonical.length())
                .orElseThrow(() -> new IllegalArgumentException("grid code length "
                        + text.length()
                        + " matches no grid level (expected "
                        + expectedLengths()
                        + " digits, or the 12-digit published form such as 430105000000): '"
                        + text
                        + "'"));
        checkSegments(canonical, level, text);
        return new GridCode(canonical, level);
    }

    /**
     * The canonical digits of a 12-digit published code: trailing all-zero segments name the level
     * above (430105000000 is the county 430105, 430105001000 the street 430105001). A code whose
     * street segment is zero but whose community segment is not is left as it is, to be refused.
     */
    private static String normalised(String text) {
        if (text.length() != STATISTICAL_LENGTH || !text.endsWith("000")) {
            return text;
        }
        if (text.endsWith("000000")) {
            return text.substring(0, GridLevel.DISTRICT.codeLength());
        }
        return text.substring(0, GridLevel.STREET.codeLength());
    }

    /**
     * Whether {@code digits} is a GB/T 2260 province code: 11-15, 21-23, 31-37, 41-46, 50-54,
     * 61-65, 71 (台湾), 81 (香港) or 82 (澳门).
     */
    public static boolean isProvince(String digits) {
        if (digits == null
                || digits.length() != 2
                || !isAsciiDigit(digits.charAt(0))
                || !isAsciiDigit(digits.charAt(1))) {
            return false;
        }
        int code = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
        return (code >= 11 && code <= 15)
                || (code >= 21 && code <= 23)
                || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46)
                || (code >= 50 && code <= 54)
                || (code >= 61 && code <= 65)
                || code == 71
                || code == 81
                || code == 82;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The type of a township segment by its first digit (统计用区划代码): 街道, 镇, 乡 or
     * 政企合一单位等; empty for an undefined digit (6-9) or a segment that is not 3 ASCII digits.
     */
    public static Optional<String> townshipType(String segment) {
        if (segment == null || segment.length() != 3) {
            return Optional.empty();
        }
        switch (segment.charAt(0)) {
            case '0':
                return Optional.of("街道");
            case '1':
                return Optional.of("镇");
            case '2':
            case '3':
                return Optional.of("乡");
            case '4':
            case '5':
                return Optional.of("政企合一单位等");
            default:
                return Optional.empty();
        }
    }

    private static void checkSegments(String text, GridLevel level, String original) {
        String shown = original.equals(text) ? "" : " (normalised from the published form '" + original + "')";
        String province = text.substring(0, 2);
        if (!isProvince(province)) {
            throw new IllegalArgumentException("province segment '"
                    + province
                    + "' (positions 1-2) of grid code '"
                    + text
                    + "'"
                    + shown
                    + " is not a GB/T 2260 province; write one of 11-15, 21-23, 31-37, 41-46, 50-54,"
                    + " 61-65, 71, 81 or 82 (e.g. 43 for 湖南, 32 for 江苏)");
        }
        // GB/T 2260: prefecture 00 and county 00 are summary codes of the province or
        // prefecture, not county-level divisions.
        rejectZeros(
                text,
                2,
                4,
                "prefecture segment",
                GridLevel.DISTRICT,
                shown,
                " ('" + province + "0000' style codes name a province, not a district); write the 6-digit code"
                        + " of a district, e.g. 430105 for 长沙市开福区");
        rejectZeros(
                text,
                4,
                6,
                "county segment",
                GridLevel.DISTRICT,
                shown,
                " ('" + text.substring(0, 4) + "00' names a prefecture, not a district); write the 6-digit code"
                        + " of one of its districts, e.g. " + text.substring(0, 4) + "05");
        if (level.compareTo(GridLevel.STREET) >= 0) {
            rejectZeros(
                    text,
                    6,
                    9,
                    "street segment",
                    GridLevel.STREET,
                    shown,
                    "; write the district code '" + text.substring(0, 6) + "' for the district itself,"
                            + " or a street segment from 001");
            String township = text.substring(6, 9);
            if (townshipType(township).isEmpty()) {
                throw new IllegalArgumentException("street segment '"
                        + township
                        + "' (positions 7-9) of grid code '"
                        + text
                        + "'"
                        + shown
                        + " has type digit "
                        + township.charAt(0)
                        + ", which the statistical division code does not define; write the street's"
                        + " published code, whose segment starts with 0 (街道 001-099), 1 (镇 100-199),"
                        + " 2-3 (乡 200-399) or 4-5 (政企合一单位等 400-599)");
            }
        }
        if (level.compareTo(GridLevel.COMMUNITY) >= 0) {
            rejectZeros(
                    text,
                    9,
                    12,
                    "community segment",
                    GridLevel.COMMUNITY,
                    shown,
                    "; write the street code '" + text.substring(0, 9) + "' for the street itself, or a"
                            + " community segment from 001");
        }
        if (level.compareTo(GridLevel.MICRO) >= 0) {
            rejectZeros(
                    text,
                    12,
                    15,
                    "micro-grid serial",
                    GridLevel.MICRO,
                    shown,
                    "; serials start at '001', and the community itself is '" + text.substring(0, 12) + "'");
        }
    }

    private static void rejectZeros(
            String text, int from, int to, String segment, GridLevel level, String shown, String hint) {
        String digits = text.substring(from, to);
        if (digits.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException(segment
                    + " '"
                    + digits
                    + "' is not allowed at level "
                    + level
                    + " (positions "
                    + (from + 1)
                    + "-"
                    + to
                    + ") in grid code '"
                    + text
                    + "'"
                    + shown
                    + hint);
        }
    }

    private static String expectedLengths() {
        GridLevel[] levels = GridLevel.values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            if (i > 0) {
                text.append(i == levels.length - 1 ? " or " : ", ");
            }
            text.append(levels[i].codeLength());
        }
        return text.toString();
    }

    /** The digits of this code. */
    public String value() {
        return value;
    }

    /**
     * The statistics bureau's 12-digit published form of this code (统计用区划代码, zero-padded):
     * {@code 430105000000} for the district {@code 430105}, {@code 430105001000} for the street
     * {@code 430105001}, the code itself for a community; empty for a micro-grid, which has no
     * published code.
     */
    public Optional<String> statisticalCode() {
        if (value.length() > STATISTICAL_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(value + "0".repeat(STATISTICAL_LENGTH - value.length()));
    }

    /** The level of the grid this code names, given by the code's length. */
    public GridLevel level() {
        return level;
    }

    /** The code of the enclosing grid (this code's prefix), or empty at the top level. */
    public Optional<GridCode> parent() {
        return level.parent().map(up -> new GridCode(value.substring(0, up.codeLength()), up));
    }

    /**
     * Whether this code equals {@code other} or is one of its ancestors, i.e. a prefix of it.
     *
     * @param other the code that may lie inside this one
     * @return true when {@code other} is this grid or lies inside it
     */
    public boolean isSameOrAncestorOf(GridCode other) {
        return other.value.startsWith(value);
    }

    /**
     * The code of a grid one level below this one.
     *
     * @param segment the 3 digits that the child adds, e.g. {@code "001"}
     * @return the child's code
     * @throws IllegalArgumentException when this is a micro-grid or the segment is invalid
     */
    public GridCode child(String segment) {
        GridLevel below = level.child()
                .orElseThrow(() -> new IllegalArgumentException(
                        "grid code '" + value + "' is at level " + level + ", which has no child level"));
        int expected = below.codeLength() - level.codeLength();
        if (segment == null || segment.length() != expected) {
            throw new IllegalArgumentException("a child segment of grid code '"
                    + value
                    + "' must have "
                    + expected
                    + " digits; got "
                    + (segment == null ? "null" : "'" + segment + "'"));
        }
        if (below == GridLevel.COMMUNITY) {
            // Checked here: parse would read street + "000" as the street's published form.
            rejectZeros(
                    value + segment,
                    value.length(),
                    below.codeLength(),
                    "community segment",
                    below,
                    "",
                    "; a community segment starts at '001'");
        }
        return parse(value + segment);
    }

    @Override
    public int compareTo(GridCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridCode && ((GridCode) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The digits of this code, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
