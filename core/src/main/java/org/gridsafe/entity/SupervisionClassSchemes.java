package org.gridsafe.entity;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The supervision-class schemes a host uses: {@link #none()} to start, the shipped local
 * {@link #presets()} ({@code supervision-class-schemes.tsv}: 山西 2025, 龙岩 2025, and one district's
 * four grades), or the host's own file.
 *
 * <p>Data format: {@code scheme} rows ({@code id, zh-CN name, English name, basis, sector ids or -,
 * evidence, source}) each followed by its {@code class} rows ({@code scheme id, class code, zh-CN
 * name, min per year or -, max per year or -}), TAB-separated, first column the row kind.
 */
public final class SupervisionClassSchemes {

    private static final String RESOURCE = "supervision-class-schemes.tsv";
    private static final String WHAT = "supervision-class scheme";

    private final Map<String, SupervisionClassScheme> schemes;

    private SupervisionClassSchemes(Map<String, SupervisionClassScheme> schemes) {
        this.schemes = schemes;
    }

    /** No schemes. */
    public static SupervisionClassSchemes none() {
        return new SupervisionClassSchemes(Map.of());
    }

    /** The shipped local presets. */
    public static SupervisionClassSchemes presets() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SupervisionClassSchemes INSTANCE = load(SectorCatalog.standard(), DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's schemes (format in the class description), checking sector ids against
     * {@code sectors}; the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault
     */
    public static SupervisionClassSchemes load(SectorCatalog sectors, String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(sectors, DataFile.read(name, tsv));
    }

    private static SupervisionClassSchemes load(SectorCatalog sectors, List<DataFile.Row> rows) {
        DataFile.requireKinds(rows, "scheme", "class");
        Map<String, DataFile.Row> headers = new LinkedHashMap<>();
        Map<String, List<SupervisionClassScheme.ClassDefinition>> classes = new LinkedHashMap<>();
        for (DataFile.Row row : rows) {
            if (row.get(0).equals("scheme")) {
                row.expect("kind", "id", "zh-CN name", "English name", "basis", "sector ids", "evidence", "source");
                if (headers.putIfAbsent(row.get(1), row) != null) {
                    throw row.error("id", WHAT + " " + row.get(1) + " is given twice");
                }
                classes.put(row.get(1), new ArrayList<>());
            } else {
                row.expect("kind", "scheme id", "class code", "zh-CN name", "min per year", "max per year");
                List<SupervisionClassScheme.ClassDefinition> of = classes.get(row.get(1));
                if (of == null) {
                    throw row.error("scheme id", "scheme " + row.get(1) + " is not defined above");
                }
                Optional<Integer> min =
                        row.parse(4, "min per year", cell -> row.optional(4).map(Integer::valueOf));
                Optional<Integer> max =
                        row.parse(5, "max per year", cell -> row.optional(5).map(Integer::valueOf));
                of.add(row.build(() -> new SupervisionClassScheme.ClassDefinition(row.get(2), row.get(3), min, max)));
            }
        }
        List<SupervisionClassScheme> schemes = new ArrayList<>();
        headers.forEach((id, row) -> {
            List<String> sectorIds = row.optional(5)
                    .map(cell -> Entries.splitList(cell).stream()
                            .map(s -> row.parse(5, "sector ids", x -> sectors.require(s))
                                    .id())
                            .toList())
                    .orElse(List.of());
            Evidence evidence = row.parse(6, "evidence", Evidence::ofTag);
            schemes.add(row.build(() -> new SupervisionClassScheme(
                    id,
                    row.get(2),
                    row.get(3),
                    row.get(4),
                    sectorIds,
                    classes.get(id),
                    new Provenance(row.get(7), evidence))));
        });
        return new SupervisionClassSchemes(Entries.index(schemes, SupervisionClassScheme::id, WHAT));
    }

    /** These schemes and {@code other}'s. */
    public SupervisionClassSchemes plus(SupervisionClassSchemes other) {
        return new SupervisionClassSchemes(Entries.union(schemes, other.schemes, WHAT));
    }

    /** The scheme with {@code id}, if held. */
    public Optional<SupervisionClassScheme> find(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /**
     * The scheme with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code supervisionClassScheme}, listing the held ids
     */
    public SupervisionClassScheme require(String id) {
        return Entries.require(schemes, id, "supervisionClassScheme", WHAT);
    }

    /** Every scheme, in load order. */
    public List<SupervisionClassScheme> schemes() {
        return List.copyOf(schemes.values());
    }
}
