package org.gridsafe.entity;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The supervision sectors a host knows: the shipped {@code supervision-sectors.tsv} (each row with
 * its source and evidence) plus the host's own.
 *
 * <pre>{@code
 * SectorCatalog sectors = SectorCatalog.standard()
 *         .plus(SectorCatalog.load("our sectors", Files.newBufferedReader(path)));
 * sectors.require("GAS").departmentKind();   // HOUSING_AND_CONSTRUCTION
 * sectors.require("MINES");
 * // InvalidEntityValueException: sector: unknown supervision sector 'MINES'; known: CHEMICAL, ...
 * }</pre>
 *
 * <p>Data format: UTF-8, one sector per line: {@code id, zh-CN name, English name, department kind,
 * evidence (verified|local|secondary|unverified|host), source}, TAB-separated; blank lines and
 * lines starting with {@code #} are ignored; errors name the line and column.
 */
public final class SectorCatalog {

    private static final String RESOURCE = "supervision-sectors.tsv";
    private static final String WHAT = "supervision sector";

    private final Map<String, SupervisionSector> sectors;

    private SectorCatalog(Map<String, SupervisionSector> sectors) {
        this.sectors = sectors;
    }

    /** The shipped sectors. */
    public static SectorCatalog standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SectorCatalog INSTANCE = load(DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's sectors (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault, or an id given twice
     */
    public static SectorCatalog load(String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(DataFile.read(name, tsv));
    }

    private static SectorCatalog load(List<DataFile.Row> rows) {
        List<SupervisionSector> sectors = rows.stream()
                .map(row -> {
                    row.expect("id", "zh-CN name", "English name", "department kind", "evidence", "source");
                    Evidence evidence = row.parse(4, "evidence", Evidence::ofTag);
                    return row.build(() -> new SupervisionSector(
                            row.get(0), row.get(1), row.get(2), row.get(3), new Provenance(row.get(5), evidence)));
                })
                .toList();
        return new SectorCatalog(Entries.index(sectors, SupervisionSector::id, WHAT));
    }

    /**
     * This catalog's sectors and {@code other}'s.
     *
     * @throws IllegalArgumentException if both define the same id
     */
    public SectorCatalog plus(SectorCatalog other) {
        return new SectorCatalog(Entries.union(sectors, other.sectors, WHAT));
    }

    /** The sector with {@code id}, if known. */
    public Optional<SupervisionSector> find(String id) {
        return Optional.ofNullable(sectors.get(id));
    }

    /**
     * The sector with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code sector}, listing the known ids
     */
    public SupervisionSector require(String id) {
        return Entries.require(sectors, id, "sector", WHAT);
    }

    /** Every sector, in file order. */
    public List<SupervisionSector> sectors() {
        return List.copyOf(sectors.values());
    }
}
