package org.gridsafe.entity;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence types a host knows: the shipped {@code licence-types.tsv} plus the host's own.
 *
 * <pre>{@code
 * LicenceType retail = LicenceTypeCatalog.standard().require("FIREWORKS_RETAIL");
 * retail.numberProblem("(粤)LS〔2025〕03153");   // Optional.empty
 * }</pre>
 *
 * <p>Data format: {@code id, zh-CN name, English name, legal basis or -, validity years or -,
 * number pattern or -, number format or -, evidence, source, storage mode}, TAB-separated; {@code #}
 * starts a comment line. The last column is {@code required} where a licence must state its
 * operation mode ({@link LicenceStorageMode}) or {@code -}; a file of the older nine columns reads
 * as {@code -} throughout.
 */
public final class LicenceTypeCatalog {

    private static final String RESOURCE = "licence-types.tsv";
    private static final String WHAT = "licence type";

    private final Map<String, LicenceType> types;

    private LicenceTypeCatalog(Map<String, LicenceType> types) {
        this.types = types;
    }

    /** The shipped types. */
    public static LicenceTypeCatalog standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LicenceTypeCatalog INSTANCE = load(DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's types (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault, or an id given twice
     */
    public static LicenceTypeCatalog load(String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(DataFile.read(name, tsv));
    }

    private static LicenceTypeCatalog load(List<DataFile.Row> rows) {
        List<LicenceType> types = rows.stream()
                .map(row -> {
                    List<String> columns = new java.util.ArrayList<>(List.of(
                            "id",
                            "zh-CN name",
                            "English name",
                            "legal basis",
                            "validity years",
                            "number pattern",
                            "number format",
                            "evidence",
                            "source",
                            "storage mode"));
                    if (row.fields().size() == columns.size() - 1) {
                        columns.remove(columns.size() - 1);
                    }
                    row.expect(columns.toArray(String[]::new));
                    boolean storageMode = columns.size() == 10
                            && row.parse(9, "storage mode", cell -> switch (cell) {
                                case "required" -> true;
                                case DataFile.NONE -> false;
                                default ->
                                    throw new IllegalArgumentException("'" + cell + "' must be 'required' or '-'");
                            });
                    Optional<Integer> years = row.parse(
                            4, "validity years", cell -> row.optional(4).map(Integer::valueOf));
                    Evidence evidence = row.parse(7, "evidence", Evidence::ofTag);
                    return row.build(() -> new LicenceType(
                            row.get(0),
                            row.get(1),
                            row.get(2),
                            row.optional(3),
                            years,
                            row.optional(5),
                            row.optional(6),
                            new Provenance(row.get(8), evidence),
                            storageMode));
                })
                .toList();
        return new LicenceTypeCatalog(Entries.index(types, LicenceType::id, WHAT));
    }

    /**
     * This catalog's types and {@code other}'s.
     *
     * @throws IllegalArgumentException if both define the same id
     */
    public LicenceTypeCatalog plus(LicenceTypeCatalog other) {
        return new LicenceTypeCatalog(Entries.union(types, other.types, WHAT));
    }

    /** The type with {@code id}, if known. */
    public Optional<LicenceType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    /**
     * The type with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code type}, listing the known ids
     */
    public LicenceType require(String id) {
        return Entries.require(types, id, "type", WHAT);
    }

    /** Every type, in file order. */
    public List<LicenceType> types() {
        return List.copyOf(types.values());
    }
}
