package org.gridsafe.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections (门类) and divisions (大类) of GB/T 4754-2017 国民经济行业分类, with their names, from
 * {@code gbt4754-2017.tsv}. The section ranges that {@link IndustryCode} validates against are
 * verified; the section names are verified; the division names come from one copy of the 2017
 * table (secondary). Group (中类) and class (小类) names are not shipped.
 *
 * <pre>{@code
 * IndustryCatalog catalog = IndustryCatalog.gbt4754_2017();
 * catalog.sectionOf("31");                        // Optional[C 制造业 (13-43)]
 * catalog.division(IndustryCode.parse("C3110"));  // Optional[31 黑色金属冶炼和压延加工业]
 * }</pre>
 */
public final class IndustryCatalog {

    /**
     * One section (门类).
     *
     * @param letter A-T
     * @param firstDivision its first division, two digits
     * @param lastDivision its last division, two digits
     * @param zhName the name in simplified Chinese
     * @param enName an English rendering (ours)
     * @param evidence how well its range and name are sourced
     */
    public record Section(
            char letter, String firstDivision, String lastDivision, String zhName, String enName, Evidence evidence) {

        /** Whether {@code division} (two digits) lies in this section's range. */
        public boolean contains(String division) {
            return division.compareTo(firstDivision) >= 0 && division.compareTo(lastDivision) <= 0;
        }

        /** The range as {@code "13-43"} (or {@code "70"} for a one-division section). */
        public String range() {
            return firstDivision.equals(lastDivision) ? firstDivision : firstDivision + "-" + lastDivision;
        }

        @Override
        public String toString() {
            return letter + " " + zhName + " (" + range() + ")";
        }
    }

    /**
     * One division (大类).
     *
     * @param code two digits
     * @param section its section
     * @param zhName the name in simplified Chinese
     * @param enName an English rendering (ours)
     * @param evidence how well the name is sourced
     */
    public record Division(String code, Section section, String zhName, String enName, Evidence evidence) {
        @Override
        public String toString() {
            return code + " " + zhName;
        }
    }

    /** The edition. */
    public static final String EDITION = "GB/T 4754-2017";

    private static final String RESOURCE = "gbt4754-2017.tsv";

    private final Map<Character, Section> sections;
    private final Map<String, Division> divisions;

    private IndustryCatalog(Map<Character, Section> sections, Map<String, Division> divisions) {
        this.sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        this.divisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(divisions));
    }

    /** The built-in GB/T 4754-2017 table. */
    public static IndustryCatalog gbt4754_2017() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final IndustryCatalog INSTANCE = load(DataFile.resource(RESOURCE));
    }

    static IndustryCatalog load(List<DataFile.Row> rows) {
        DataFile.requireKinds(rows, "section", "division");
        Map<Character, Section> sections = new LinkedHashMap<>();
        Map<String, Division> divisions = new LinkedHashMap<>();
        String previousLast = "00";
        for (DataFile.Row row : DataFile.ofKind(rows, "section")) {
            row.expect("kind", "letter", "first division", "last division", "zh-CN name", "English name", "evidence");
            char letter = row.parse(1, "letter", IndustryCatalog::letter);
            String first = row.parse(2, "first division", IndustryCatalog::twoDigits);
            String last = row.parse(3, "last division", IndustryCatalog::twoDigits);
            if (first.compareTo(last) > 0 || first.compareTo(previousLast) <= 0) {
                throw row.error(
                        "first division",
                        "range " + first + "-" + last + " must be ascending and follow the previous section's"
                                + " last division " + previousLast);
            }
            previousLast = last;
            Evidence evidence = row.parse(6, "evidence", Evidence::ofTag);
            Section section = row.build(() -> new Section(
                    letter,
                    first,
                    last,
                    Checks.requireName(row.get(4), "zh-CN name"),
                    Checks.requireName(row.get(5), "English name"),
                    evidence));
            if (sections.putIfAbsent(letter, section) != null) {
                throw row.error("letter", "section " + letter + " is given twice");
            }
        }
        for (DataFile.Row row : DataFile.ofKind(rows, "division")) {
            row.expect("kind", "code", "section letter", "zh-CN name", "English name", "evidence");
            String code = row.parse(1, "code", IndustryCatalog::twoDigits);
            char letter = row.parse(2, "section letter", IndustryCatalog::letter);
            Section section = sections.get(letter);
            if (section == null || !section.contains(code)) {
                throw row.error(
                        "section letter",
                        "division " + code + " is not in section " + letter
                                + (section == null ? " (no such section)" : " (" + section.range() + ")"));
            }
            Evidence evidence = row.parse(5, "evidence", Evidence::ofTag);
            Division division = row.build(() -> new Division(
                    code,
                    section,
                    Checks.requireName(row.get(3), "zh-CN name"),
                    Checks.requireName(row.get(4), "English name"),
                    evidence));
            if (divisions.putIfAbsent(code, division) != null) {
                throw row.error("code", "division " + code + " is given twice");
            }
        }
        return new IndustryCatalog(sections, divisions);
    }

    private static char letter(String cell) {
        if (cell.length() != 1 || cell.charAt(0) < 'A' || cell.charAt(0) > 'Z') {
            throw new IllegalArgumentException("'" + cell + "' is not one upper-case letter");
        }
        return cell.charAt(0);
    }

    private static String twoDigits(String cell) {
        if (cell.length() != 2 || !Character.isDigit(cell.charAt(0)) || !Character.isDigit(cell.charAt(1))) {
            throw new IllegalArgumentException("'" + cell + "' is not two digits");
        }
        return cell;
    }

    /** The section with {@code letter}, if there is one. */
    public Optional<Section> section(char letter) {
        return Optional.ofNullable(sections.get(letter));
    }

    /** The section whose range holds {@code division} (two digits), if any. */
    public Optional<Section> sectionOf(String division) {
        return sections.values().stream().filter(s -> s.contains(division)).findFirst();
    }

    /** The division with {@code code} (two digits), if the table names it. */
    public Optional<Division> division(String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    /** The division of {@code code}. */
    public Optional<Division> division(IndustryCode code) {
        return division(code.division());
    }

    /** The sections in letter order. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** The divisions in code order. */
    public List<Division> divisions() {
        return List.copyOf(divisions.values());
    }
}
