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
 * <p>The zero-padded 12-digit statistical form ({@code 110105001000} for a street) is deliberately
 * <em>not</em> accepted: a segment of zeros never means "not present". Keeping one form per grid
 * means equal grids have equal codes and the parent of a code is simply its prefix, with no lookup.
 *
 * <p>Codes order by their digits, which puts every grid directly before its descendants (a
 * depth-first, pre-order walk of the hierarchy).
 *
 * <pre>{@code
 * GridCode community = GridCode.parse("110105001002");
 * community.level();                    // COMMUNITY
 * community.parent();                   // Optional[110105001]
 * community.child("003");               // 110105001002003 (a micro-grid)
 * }</pre>
 */
public final class GridCode implements Comparable<GridCode> {

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
        GridLevel level = GridLevel.ofCodeLength(text.length())
                .orElseThrow(() -> new IllegalArgumentException("grid code length "
                        + text.length()
                        + " matches no grid level (expected "
                        + expectedLengths()
                        + " digits): '"
                        + text
                        + "'"));
        checkSegments(text, level);
        return new GridCode(text, level);
    }

    private static void checkSegments(String text, GridLevel level) {
        // GB/T 2260: provinces are never 00; prefecture 00 and county 00 are summary codes of
        // the province or prefecture, not county-level divisions.
        rejectZeros(text, 0, 2, "province segment", GridLevel.DISTRICT, "");
        rejectZeros(
                text,
                2,
                4,
                "prefecture segment",
                GridLevel.DISTRICT,
                " ('" + text.substring(0, 2) + "0000' style codes name a province, not a district)");
        rejectZeros(
                text,
                4,
                6,
                "county segment",
                GridLevel.DISTRICT,
                " ('" + text.substring(0, 4) + "00' names a prefecture, not a district)");
        if (level.compareTo(GridLevel.STREET) >= 0) {
            rejectZeros(text, 6, 9, "street segment", GridLevel.STREET, "");
        }
        if (level.compareTo(GridLevel.COMMUNITY) >= 0) {
            String hint = level == GridLevel.COMMUNITY
                    ? "; a 12-digit statistical code ending in '000' names a street: use the 9-digit"
                            + " street code '"
                            + text.substring(0, 9)
                            + "'"
                    : "";
            rejectZeros(text, 9, 12, "community segment", GridLevel.COMMUNITY, hint);
        }
        if (level.compareTo(GridLevel.MICRO) >= 0) {
            rejectZeros(text, 12, 15, "micro-grid serial", GridLevel.MICRO, "; serials start at '001'");
        }
    }

    private static void rejectZeros(String text, int from, int to, String segment, GridLevel level, String hint) {
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
