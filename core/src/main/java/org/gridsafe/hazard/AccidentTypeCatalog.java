package org.gridsafe.hazard;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The accident types (事故类别) a host knows, in one or more editions of the classification standard.
 *
 * <p>Two editions are built in: GB/T 6441-1986's 20 types ({@link #gbt6441_1986()}, codes 01-20,
 * CONFIRMED) and GB 6441-2025's 27 types ({@link #gb6441_2025()}, mandatory from {@link
 * #GB_6441_2025_EFFECTIVE} 2026-07-01; names SECONDARY, and its numeric codes were not retrieved, so
 * the shipped codes GS01-GS27 are this library's numbering in list order, not the standard's — the
 * data file {@code gb6441-2025.tsv} says so and cites its sources). {@link #standard()} holds both;
 * the accident's date chooses the edition ({@link #editionFor(LocalDate)}): before 2026-07-01 the
 * 1986 edition, from that day the 2025 one. A host holding the printed 2025 standard loads its own
 * file instead and combines it with the 1986 edition:
 *
 * <pre>{@code
 * AccidentTypeCatalog types = AccidentTypeCatalog.gbt6441_1986()
 *         .plus(AccidentTypeCatalog.load(AccidentTypeCatalog.GB_6441_2025, Files.newBufferedReader(path)));
 * AccidentTypeCatalog.editionFor(LocalDate.of(2026, 7, 1));   // GB 6441-2025
 * types.find("GB/T 6441-1986", "05");                         // 触电
 * }</pre>
 *
 * <p>Data format: UTF-8 text, one type per line as {@code code<TAB>zh-CN name<TAB>English name};
 * blank lines and lines starting with {@code #} are ignored. Malformed lines are rejected with their
 * line number.
 */
public final class AccidentTypeCatalog {

    /** The edition name of GB/T 6441-1986 企业职工伤亡事故分类. */
    public static final String GBT_6441_1986 = "GB/T 6441-1986";

    /** The edition name of GB 6441-2025 生产安全事故分类与编码. */
    public static final String GB_6441_2025 = "GB 6441-2025";

    /**
     * The day GB 6441-2025 becomes mandatory: 2026-07-01 (aq1024.com/post/272.html, tikuw.cn; a
     * draft translation at codeofchina.com says 2027-01-01). Accidents from this day on are
     * classified under it.
     */
    public static final LocalDate GB_6441_2025_EFFECTIVE = LocalDate.of(2026, 7, 1);

    /** The zone in which an accident's instant is read as a date to choose the edition. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String GBT_6441_1986_RESOURCE = "gbt6441-1986.tsv";
    private static final String GB_6441_2025_RESOURCE = "gb6441-2025.tsv";

    /** Edition → code → type, both in load order. */
    private final Map<String, Map<String, AccidentType>> editions;

    private AccidentTypeCatalog(Map<String, Map<String, AccidentType>> editions) {
        Map<String, Map<String, AccidentType>> copy = new LinkedHashMap<>();
        editions.forEach(
                (edition, types) -> copy.put(edition, Collections.unmodifiableMap(new LinkedHashMap<>(types))));
        this.editions = Collections.unmodifiableMap(copy);
    }

    /** GB/T 6441-1986's 20 types, codes 01-20 (CONFIRMED; sources in {@code gbt6441-1986.tsv}). */
    public static AccidentTypeCatalog gbt6441_1986() {
        return Gbt64411986.INSTANCE;
    }

    private static final class Gbt64411986 {
        static final AccidentTypeCatalog INSTANCE = load(
                GBT_6441_1986,
                TabSeparatedLines.readResource(AccidentTypeCatalog.class, GBT_6441_1986_RESOURCE),
                GBT_6441_1986_RESOURCE);
    }

    /**
     * GB 6441-2025's 27 types as shipped: names SECONDARY, codes GS01-GS27 this library's own
     * numbering (see the class description).
     */
    public static AccidentTypeCatalog gb6441_2025() {
        return Gb64412025.INSTANCE;
    }

    private static final class Gb64412025 {
        static final AccidentTypeCatalog INSTANCE = load(
                GB_6441_2025,
                TabSeparatedLines.readResource(AccidentTypeCatalog.class, GB_6441_2025_RESOURCE),
                GB_6441_2025_RESOURCE);
    }

    /** Both built-in editions: GB/T 6441-1986, then GB 6441-2025. */
    public static AccidentTypeCatalog standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final AccidentTypeCatalog INSTANCE = gbt6441_1986().plus(gb6441_2025());
    }

    /**
     * The edition an accident on {@code date} is classified under: {@link #GBT_6441_1986} before
     * {@link #GB_6441_2025_EFFECTIVE}, {@link #GB_6441_2025} from that day.
     */
    public static String editionFor(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.isBefore(GB_6441_2025_EFFECTIVE) ? GBT_6441_1986 : GB_6441_2025;
    }

    /** As {@link #editionFor(LocalDate)}, for the date of {@code occurredAt} in {@link #CHINA}. */
    public static String editionFor(Instant occurredAt) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        return editionFor(LocalDate.ofInstant(occurredAt, CHINA));
    }

    /** The types to choose from for an accident on {@code date} (the edition of {@link #editionFor}). */
    public List<AccidentType> typesFor(LocalDate date) {
        return types(editionFor(date));
    }

    /**
     * Reads one edition from tab-separated text (format in the class description). The reader is
     * closed.
     *
     * @throws IllegalArgumentException naming the line and the reason: wrong number of fields, blank
     *     field, whitespace in a code, a code given twice, or no types at all
     */
    public static AccidentTypeCatalog load(String edition, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        requireEdition(edition);
        return load(edition, TabSeparatedLines.read(tsv), "accident types " + edition);
    }

    /** As {@link #load(String, Reader)}, from a string. */
    public static AccidentTypeCatalog load(String edition, String tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(edition, new StringReader(tsv));
    }

    private static void requireEdition(String edition) {
        if (edition == null || edition.isBlank()) {
            throw new IllegalArgumentException("accident type edition is blank");
        }
    }

    private static AccidentTypeCatalog load(String edition, List<TabSeparatedLines.Row> rows, String what) {
        Map<String, AccidentType> types = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (TabSeparatedLines.Row row : rows) {
            String where = what + ", line " + row.lineNumber() + ": ";
            List<String> f = row.fields();
            if (f.size() != 3) {
                throw new IllegalArgumentException(where + "expected 3 TAB-separated fields (code, zh-CN name,"
                        + " English name), found " + f.size());
            }
            AccidentType type;
            try {
                type = new AccidentType(edition, f.get(0), f.get(1), f.get(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            Integer first = lineOf.putIfAbsent(type.code(), row.lineNumber());
            if (first != null) {
                throw new IllegalArgumentException(
                        where + "code " + type.code() + " is already defined on line " + first);
            }
            types.put(type.code(), type);
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(what + ": no accident types (only blank or comment lines)");
        }
        Map<String, Map<String, AccidentType>> editions = new LinkedHashMap<>();
        editions.put(edition, types);
        return new AccidentTypeCatalog(editions);
    }

    /**
     * A catalog holding the editions of this one and of {@code other}.
     *
     * @throws IllegalArgumentException if both hold the same edition
     */
    public AccidentTypeCatalog plus(AccidentTypeCatalog other) {
        return combine(List.of(this, other));
    }

    /**
     * A catalog holding all editions of all {@code catalogs}.
     *
     * @throws IllegalArgumentException if two catalogs hold the same edition
     */
    public static AccidentTypeCatalog combine(List<AccidentTypeCatalog> catalogs) {
        Map<String, Map<String, AccidentType>> editions = new LinkedHashMap<>();
        for (AccidentTypeCatalog catalog : catalogs) {
            catalog.editions.forEach((edition, types) -> {
                if (editions.putIfAbsent(edition, types) != null) {
                    throw new IllegalArgumentException("accident type edition " + edition + " is given twice");
                }
            });
        }
        return new AccidentTypeCatalog(editions);
    }

    /** The type with {@code code} in {@code edition}, or empty if either is unknown. */
    public Optional<AccidentType> find(String edition, String code) {
        Map<String, AccidentType> types = editions.get(edition);
        return types == null ? Optional.empty() : Optional.ofNullable(types.get(code));
    }

    /** The editions held, in the order they were added. */
    public Set<String> editions() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(editions.keySet()));
    }

    /** The types of one edition in file order (empty if the edition is unknown). */
    public List<AccidentType> types(String edition) {
        Map<String, AccidentType> types = editions.get(edition);
        return types == null ? List.of() : ImmutableList.copyOf(types.values());
    }

    /** All types of all editions, edition by edition. */
    public List<AccidentType> types() {
        List<AccidentType> all = new ArrayList<>();
        editions.values().forEach(types -> all.addAll(types.values()));
        return ImmutableList.copyOf(all);
    }

    @Override
    public String toString() {
        return "AccidentTypeCatalog" + editions.keySet();
    }
}
