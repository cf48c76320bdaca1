package org.gridsafe.entity;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * From industry codes to supervision sectors, where a source gives the mapping. The shipped rules
 * ({@code sector-industry-mapping.tsv}) are the verified parts of 应急厅〔2019〕17号 for 冶金, 有色,
 * 建材 and 机械; 轻工, 纺织, 烟草 and 商贸 are not shipped (every copy found was truncated), so a unit
 * of those industries gets its sector from the host's rules or by hand.
 *
 * <p>A code falls in a sector if an include rule of that sector covers it (the code is the rule's
 * code or lies under it) and no exclude rule of that sector does. A code coarser than an exclude
 * rule ({@code C30} against the exclusion {@code C305}) {@link Match#possible() possibly} falls in
 * the sector: which one depends on digits the code does not have.
 *
 * <pre>{@code
 * SectorMapping mapping = SectorMapping.standard(SectorCatalog.standard());
 * mapping.sectorsOf(IndustryCode.parse("C3011"));   // [GONGMAO_BUILDING_MATERIALS definite]
 * mapping.sectorsOf(IndustryCode.parse("C3051"));   // [] (excluded: 中类 305)
 * mapping.sectorsOf(IndustryCode.parse("C30"));     // [GONGMAO_BUILDING_MATERIALS possible]
 * }</pre>
 *
 * <p>Data format: {@code sector id, include|exclude, industry code, evidence, source}, TAB-separated.
 */
public final class SectorMapping {

    /**
     * One rule.
     *
     * @param sector the sector
     * @param include whether the rule includes (true) or excludes (false) the codes under {@code code}
     * @param code the industry code it covers, with everything under it
     * @param provenance where the rule comes from
     */
    public record Rule(SupervisionSector sector, boolean include, IndustryCode code, Provenance provenance) {}

    /**
     * A sector an industry code falls in.
     *
     * @param sector the sector
     * @param possible true if the code is too coarse to decide (an exclusion lies under it)
     * @param basis the include rule that matched
     */
    public record Match(SupervisionSector sector, boolean possible, Rule basis) {
        @Override
        public String toString() {
            return sector.id() + (possible ? " possible" : " definite");
        }
    }

    private static final String RESOURCE = "sector-industry-mapping.tsv";

    private final List<Rule> rules;

    private SectorMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rules, resolved against {@code sectors} (which must hold the 工贸 sectors). */
    public static SectorMapping standard(SectorCatalog sectors) {
        return load(sectors, DataFile.resource(RESOURCE));
    }

    /** No rules: every code is unmapped until the host adds some. */
    public static SectorMapping none() {
        return new SectorMapping(List.of());
    }

    /**
     * Reads a host's rules (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault, e.g. an unknown sector
     */
    public static SectorMapping load(SectorCatalog sectors, String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(sectors, DataFile.read(name, tsv));
    }

    private static SectorMapping load(SectorCatalog sectors, List<DataFile.Row> rows) {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : rows) {
            row.expect("sector id", "include|exclude", "industry code", "evidence", "source");
            SupervisionSector sector = row.parse(0, "sector id", sectors::require);
            boolean include = row.parse(1, "include|exclude", cell -> switch (cell) {
                case "include" -> true;
                case "exclude" -> false;
                default -> throw new IllegalArgumentException("'" + cell + "' must be include or exclude");
            });
            IndustryCode code = row.parse(2, "industry code", IndustryCode::parse);
            Evidence evidence = row.parse(3, "evidence", Evidence::ofTag);
            Provenance provenance = row.build(() -> new Provenance(row.get(4), evidence));
            rules.add(new Rule(sector, include, code, provenance));
        }
        return new SectorMapping(rules);
    }

    /** The rules of both mappings. */
    public SectorMapping plus(SectorMapping other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new SectorMapping(all);
    }

    /** The sectors {@code code} falls in, definitely or possibly, in rule order; empty if none. */
    public List<Match> sectorsOf(IndustryCode code) {
        Map<String, Match> matches = new LinkedHashMap<>();
        for (Rule include : rules) {
            if (!include.include() || matches.containsKey(include.sector().id())) {
                continue;
            }
            boolean covered = code.isSameOrUnder(include.code());
            boolean coarser = include.code().isSameOrUnder(code) && !covered;
            if (!covered && !coarser) {
                continue;
            }
            boolean excluded = false;
            boolean possible = coarser;
            for (Rule exclude : rules) {
                if (exclude.include()
                        || !exclude.sector().id().equals(include.sector().id())) {
                    continue;
                }
                if (code.isSameOrUnder(exclude.code())) {
                    excluded = true;
                } else if (exclude.code().isSameOrUnder(code)) {
                    possible = true;
                }
            }
            if (!excluded) {
                matches.put(include.sector().id(), new Match(include.sector(), possible, include));
            }
        }
        return List.copyOf(matches.values());
    }

    /** Every rule, in load order. */
    public List<Rule> rules() {
        return rules;
    }
}
