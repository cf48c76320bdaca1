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
 * <p>{@link #standard()} ships the four categories and their classes, plus the subclasses and
 * details that could be sourced (docs/sources.md §2). Each {@link Entry} says where its code comes from and how
 * sure that is ({@link Evidence}): the four categories are CONFIRMED; 11, 12, 21 and the subclasses
 * and details under them come from a copy of the 2009 table (SECONDARY); the numeric codes 22, 23,
 * 31-33, 39, 41-45 and 49 follow the ordinal pattern of the class names but were not seen in any
 * source (UNCONFIRMED). The data lives in {@code gbt13861-2022.tsv} next to this class.
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

    /** How well a catalog entry's code is sourced (the evidence tags of docs/sources.md). */
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
     * @param zhName the name in simplified Chinese, as in the standard's table
     * @param enName an English rendering (the standard has none; ours)
     * @param source the edition or source the entry comes from, e.g. {@code GB/T 13861-2009}, or
     *     {@code local}
     * @param evidence how sure the numeric code is
     */
    public record Entry(HazardCode code, String zhName, String enName, String source, Evidence evidence) {
        /** Checks that every field is present and the names are not blank. */
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(evidence, "evidence");
            requireText(zhName, "zhName", code);
            requireText(enName, "enName", code);
            requireText(source, "source", code);
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
                if (f.size() != 5) {
                    throw new IllegalStateException(where + "expected 5 fields, found " + f.size());
                }
                Entry entry;
                try {
                    entry = new Entry(
                            HazardCode.parse(f.get(0)), f.get(1), f.get(2), f.get(3), Evidence.valueOf(f.get(4)));
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
        copy.put(code, new Entry(code, zhName, enName, "local", Evidence.LOCAL));
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
