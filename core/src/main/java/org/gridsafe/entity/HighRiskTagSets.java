package org.gridsafe.entity;

import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The high-risk tag sets a host uses. A host starts from {@link #none()} — GridSafe has no default,
 * because no national "三大高危" exists — and adds presets or its own sets by name:
 *
 * <pre>{@code
 * HighRiskTagSets sets = HighRiskTagSets.none()
 *         .with(HighRiskTagSets.presets().require("SAFETY_LAW_ART97"));
 * sets.require("SAFETY_LAW_ART97").covers(Set.of("FIREWORKS"), Set.of());   // true
 * }</pre>
 *
 * <p>{@link #presets()} ({@code high-risk-tag-sets.tsv}) holds the grouping of 安全生产法 第九十七条
 * (verified), that of the liability-insurance rules (secondary) and one district system's "五大高危"
 * (local example). Data format: {@code id, zh-CN name, English name, members, evidence, source},
 * members comma-separated {@code SECTOR:<id>} or {@code FEATURE:<id>}, each checked against the
 * catalogs.
 */
public final class HighRiskTagSets {

    private static final String RESOURCE = "high-risk-tag-sets.tsv";
    private static final String WHAT = "high-risk tag set";

    private final Map<String, HighRiskTagSet> sets;

    private HighRiskTagSets(Map<String, HighRiskTagSet> sets) {
        this.sets = sets;
    }

    /** No sets: the starting point, since GridSafe ships no default. */
    public static HighRiskTagSets none() {
        return new HighRiskTagSets(Map.of());
    }

    /** The shipped presets, checked against the standard sector and feature catalogs. */
    public static HighRiskTagSets presets() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final HighRiskTagSets INSTANCE =
                load(SectorCatalog.standard(), SpecialRiskFeatureCatalog.standard(), DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's sets (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault, e.g. an unknown member
     */
    public static HighRiskTagSets load(
            SectorCatalog sectors, SpecialRiskFeatureCatalog features, String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(sectors, features, DataFile.read(name, tsv));
    }

    private static HighRiskTagSets load(
            SectorCatalog sectors, SpecialRiskFeatureCatalog features, List<DataFile.Row> rows) {
        List<HighRiskTagSet> sets = rows.stream()
                .map(row -> {
                    row.expect("id", "zh-CN name", "English name", "members", "evidence", "source");
                    Set<String> sectorIds = new LinkedHashSet<>();
                    Set<String> featureIds = new LinkedHashSet<>();
                    for (String member : Entries.splitList(row.get(3))) {
                        if (member.startsWith("SECTOR:")) {
                            sectorIds.add(row.parse(3, "members", cell -> sectors.require(member.substring(7)))
                                    .id());
                        } else if (member.startsWith("FEATURE:")) {
                            featureIds.add(row.parse(3, "members", cell -> features.require(member.substring(8)))
                                    .id());
                        } else {
                            throw row.error("members", "'" + member + "' must start with SECTOR: or FEATURE:");
                        }
                    }
                    Evidence evidence = row.parse(4, "evidence", Evidence::ofTag);
                    return row.build(() -> new HighRiskTagSet(
                            row.get(0),
                            row.get(1),
                            row.get(2),
                            sectorIds,
                            featureIds,
                            new Provenance(row.get(5), evidence)));
                })
                .toList();
        return new HighRiskTagSets(Entries.index(sets, HighRiskTagSet::id, WHAT));
    }

    /**
     * These sets and {@code set}.
     *
     * @throws IllegalArgumentException if a set with the same id is already held
     */
    public HighRiskTagSets with(HighRiskTagSet set) {
        return new HighRiskTagSets(Entries.union(sets, Map.of(set.id(), set), WHAT));
    }

    /** These sets and {@code other}'s. */
    public HighRiskTagSets plus(HighRiskTagSets other) {
        return new HighRiskTagSets(Entries.union(sets, other.sets, WHAT));
    }

    /** The set with {@code id}, if held. */
    public Optional<HighRiskTagSet> find(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    /**
     * The set with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code highRiskTagSet}, listing the held ids
     */
    public HighRiskTagSet require(String id) {
        return Entries.require(sets, id, "highRiskTagSet", WHAT);
    }

    /** Every set held, in load order. */
    public List<HighRiskTagSet> sets() {
        return List.copyOf(sets.values());
    }
}
