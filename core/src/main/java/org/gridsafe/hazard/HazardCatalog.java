package org.gridsafe.hazard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hazard codes a district accepts: the built-in GB/T 13861 table plus the host's local codes.
 *
 * <p>{@link #standard()} ships the part of GB/T 13861-2022 Table 1 that could be sourced (the full
 * 2022 table was not available): the four categories, their classes, and the subclasses and details
 * read in a copy of the 2009 table, plus 2103 电危害, 2109 明火 and the 2022 name of 210199. Each
 * {@link Entry} says which edition its name was read from, how sure its code is ({@link Evidence}),
 * whether it is confirmed against the 2022 table ({@link Entry#confirmedIn2022()}) and where it
 * comes from ({@link Entry#citation()}). The data, its sources and its known gaps are in {@code
 * gbt13861-2022.tsv} next to this class.
 *
 * <p>Catalogs are immutable; {@link #withLocal} returns a new one with a host's code added under an
 * existing parent:
 *
 * <pre>{@code
 * HazardCatalog catalog = HazardCatalog.standard()
 *         .withLocal(HazardCode.parse("210150"), "燃气管道腐蚀", "corroded gas pipe");
 * catalog.require(HazardCode.parse("210150")).zhName();   // 燃气管道腐蚀
 * catalog.require(HazardCode.parse("210188"));            // UnknownHazardCodeException:
 * // hazard code 210188 is not in the catalog; nearest known ancestor is 2101 设备、设施、工具、附件缺陷
 * }</pre>
 */
public final class HazardCatalog {

    /** How well a catalog entry's code is sourced. */
    public enum Evidence {
        /** Read in the standard's text or an exact quotation of it. */
        CONFIRMED,
        /** Read in a copy of the table (here: of the 2009 edition); the 2022 table may differ. */
        SECONDARY,
        /** Name sourced, numeric code inferred from the table's ordinal pattern: treat as configuration. */
        UNCONFIRMED,
        /** Added by the host with {@link HazardCatalog#withLocal}. */
        LOCAL
    }

    /**
     * One code of the catalog with its display names.
     *
     * @param code the hazard code
     * @param zhName the name in simplified Chinese, as printed in the source
     * @param enName an English rendering (the standard has none; ours)
     * @param source the edition of the table the name was read from, e.g. {@code GB/T 13861-2009},
     *     or {@code local}
     * @param evidence how sure the numeric code is
     * @param confirmedIn2022 whether code and name are confirmed against the 2022 table; false for
     *     entries read from the 2009 table (the 2022 edition changed Table 1) and for local codes
     * @param citation where the entry was read (pages, with notes), or {@code local}
     */
    public record Entry(
            HazardCode code,
            String zhName,
            String enName,
            String source,
            Evidence evidence,
            boolean confirmedIn2022,
            String citation) {
        /** Checks that every field is present and the names are not blank. */
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(evidence, "evidence");
            requireText(zhName, "zhName", code);
            requireText(enName, "enName", code);
            requireText(source, "source", code);
            requireText(citation, "citation", code);
        }

        /** A host's own code: source and citation {@code local}, not confirmed in the 2022 table. */
        public static Entry local(HazardCode code, String zhName, String enName) {
            return new Entry(code, zhName, enName, "local", Evidence.LOCAL, false, "local");
        }

        private static void requireText(String text, String field, HazardCode code) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("hazard catalog entry " + code + ": " + field + " is blank");
            }
        }
    }

    private static final String STANDARD_RESOURCE = "gbt13861-2022.tsv";

    private final ImmutableSortedMap<HazardCode, Entry> entries;

    private HazardCatalog(Map<HazardCode, Entry> entries) {
        this.entries = ImmutableSortedMap.copyOf(entries);
    }

    /** The built-in table (see the class description for what it holds and how sure it is). */
    public static HazardCatalog standard() {
        return Standard.INSTANCE;
    }

    /** Lazily loaded, once. */
    private static final class Standard {
        static final HazardCatalog INSTANCE = load();

        private static HazardCatalog load() {
            TreeMap<HazardCode, Entry> entries = new TreeMap<>();
            for (TabSeparatedLines.Row row : TabSeparatedLines.readResource(HazardCatalog.class, STANDARD_RESOURCE)) {
                String where = STANDARD_RESOURCE + " line " + row.lineNumber() + ": ";
                List<String> f = row.fields();
                if (f.size() != 7) {
                    throw new IllegalStateException(where + "expected 7 fields, found " + f.size());
                }
                if (!f.get(5).equals("yes") && !f.get(5).equals("no")) {
                    throw new IllegalStateException(where + "column 6 (confirmed in 2022) must be yes or no");
                }
                Entry entry;
                try {
                    entry = new Entry(
                            HazardCode.parse(f.get(0)),
                            f.get(1),
                            f.get(2),
                            f.get(3),
                            Evidence.valueOf(f.get(4)),
                            f.get(5).equals("yes"),
                            f.get(6));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + e.getMessage(), e);
                }
                Optional<HazardCode> parent = entry.code().parent();
                if (parent.isPresent() && !entries.containsKey(parent.get())) {
                    throw new IllegalStateException(where + "parent " + parent.get() + " must come first");
                }
                if (entries.put(entry.code(), entry) != null) {
                    throw new IllegalStateException(where + "duplicate code " + entry.code());
                }
            }
            return new HazardCatalog(entries);
        }
    }

    /**
     * A new catalog with a local code added under an existing one.
     *
     * @throws IllegalArgumentException if the code is already in the catalog, or its parent is not
     *     (a category cannot be added: the four categories are fixed by the standard)
     */
    public HazardCatalog withLocal(HazardCode code, String zhName, String enName) {
        Objects.requireNonNull(code, "code");
        Entry existing = entries.get(code);
        if (existing != null) {
            throw new IllegalArgumentException("local hazard code " + code + " is already in the catalog as "
                    + existing.zhName() + " (" + existing.source() + ")");
        }
        Optional<HazardCode> parent = code.parent();
        if (parent.isEmpty() || !entries.containsKey(parent.get())) {
            throw new IllegalArgumentException("local hazard code " + code + " needs its parent "
                    + parent.map(HazardCode::value).orElse("(none: it is a category)") + " in the catalog; "
                    + nearestKnownAncestor(code)
                            .map(a -> "nearest known ancestor is " + a.code() + " " + a.zhName())
                            .orElse("the catalog knows none of its ancestors"));
        }
        TreeMap<HazardCode, Entry> copy = new TreeMap<>(entries);
        copy.put(code, Entry.local(code, zhName, enName));
        return new HazardCatalog(copy);
    }

    /** The entry for {@code code}, or empty if the catalog does not hold it. */
    public Optional<Entry> find(HazardCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /**
     * The entry for {@code code}.
     *
     * @throws UnknownHazardCodeException if the catalog does not hold it; the message names the
     *     nearest ancestor it does hold
     */
    public Entry require(HazardCode code) {
        Entry entry = entries.get(code);
        if (entry == null) {
            throw new UnknownHazardCodeException(code, nearestKnownAncestor(code));
        }
        return entry;
    }

    /** Whether the catalog holds {@code code}. */
    public boolean contains(HazardCode code) {
        return entries.containsKey(code);
    }

    /** The longest proper ancestor of {@code code} that this catalog holds. */
    public Optional<Entry> nearestKnownAncestor(HazardCode code) {
        for (Optional<HazardCode> p = code.parent(); p.isPresent(); p = p.get().parent()) {
            Entry entry = entries.get(p.get());
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The entries one level below {@code code}, in code order (empty for an unknown code). */
    public List<Entry> children(HazardCode code) {
        ImmutableList.Builder<Entry> children = ImmutableList.builder();
        for (Entry entry : entries.tailMap(code, false).values()) {
            if (!code.isSameOrAncestorOf(entry.code())) {
                break;
            }
            if (entry.code().parent().filter(code::equals).isPresent()) {
                children.add(entry);
            }
        }
        return children.build();
    }

    /** The four categories, in code order. */
    public List<Entry> categories() {
        return entries.values().stream()
                .filter(e -> e.code().level() == HazardCodeLevel.CATEGORY)
                .collect(ImmutableList.toImmutableList());
    }

    /** Every entry, in code order (each code right before its descendants). */
    public List<Entry> entries() {
        return entries.values().asList();
    }

    @Override
    public String toString() {
        return "HazardCatalog[" + entries.size() + " entries]";
    }
}
