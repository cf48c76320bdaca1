package org.gridsafe.entity;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The special risk features a host knows: the shipped {@code special-risk-features.tsv} plus the
 * host's own.
 *
 * <pre>{@code
 * SpecialRiskFeatureCatalog features = SpecialRiskFeatureCatalog.standard();
 * features.require("AMMONIA_REFRIGERATION").criteriaArticle();   // Optional[12]
 * }</pre>
 *
 * <p>Data format: UTF-8, one feature per line: {@code id, zh-CN name, English name, article of
 * 应急管理部令第10号 or -, evidence, source}, TAB-separated; {@code #} starts a comment line.
 */
public final class SpecialRiskFeatureCatalog {

    private static final String RESOURCE = "special-risk-features.tsv";
    private static final String WHAT = "special risk feature";

    private final Map<String, SpecialRiskFeature> features;

    private SpecialRiskFeatureCatalog(Map<String, SpecialRiskFeature> features) {
        this.features = features;
    }

    /** The shipped features. */
    public static SpecialRiskFeatureCatalog standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SpecialRiskFeatureCatalog INSTANCE = load(DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's features (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault, or an id given twice
     */
    public static SpecialRiskFeatureCatalog load(String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(DataFile.read(name, tsv));
    }

    private static SpecialRiskFeatureCatalog load(List<DataFile.Row> rows) {
        List<SpecialRiskFeature> features = rows.stream()
                .map(row -> {
                    row.expect("id", "zh-CN name", "English name", "article", "evidence", "source");
                    Optional<Integer> article = row.parse(
                            3,
                            "article",
                            cell -> cell.equals(DataFile.NONE)
                                    ? Optional.<Integer>empty()
                                    : Optional.of(Integer.parseInt(cell)));
                    Evidence evidence = row.parse(4, "evidence", Evidence::ofTag);
                    return row.build(() -> new SpecialRiskFeature(
                            row.get(0), row.get(1), row.get(2), article, new Provenance(row.get(5), evidence)));
                })
                .toList();
        return new SpecialRiskFeatureCatalog(Entries.index(features, SpecialRiskFeature::id, WHAT));
    }

    /**
     * This catalog's features and {@code other}'s.
     *
     * @throws IllegalArgumentException if both define the same id
     */
    public SpecialRiskFeatureCatalog plus(SpecialRiskFeatureCatalog other) {
        return new SpecialRiskFeatureCatalog(Entries.union(features, other.features, WHAT));
    }

    /** The feature with {@code id}, if known. */
    public Optional<SpecialRiskFeature> find(String id) {
        return Optional.ofNullable(features.get(id));
    }

    /**
     * The feature with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code specialRiskFeature}, listing the known ids
     */
    public SpecialRiskFeature require(String id) {
        return Entries.require(features, id, "specialRiskFeature", WHAT);
    }

    /** Every feature, in file order. */
    public List<SpecialRiskFeature> features() {
        return List.copyOf(features.values());
    }
}
