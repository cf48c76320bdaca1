package org.gridsafe.entity;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Major accident hazard criteria (重大事故隐患判定标准) as versioned data: standards, their articles,
 * and one {@link MajorHazardCriterion} per item — transcribed or a slot. The shipped file
 * ({@code major-hazard-criteria.tsv}) holds 应急管理部令第10号 (工贸, 2023) with its verified structure
 * of 64 items and the item texts that could be sourced, and the 2017 standard it repealed.
 *
 * <pre>{@code
 * MajorHazardCriteria criteria = MajorHazardCriteria.standard();
 * criteria.criteria("MEM_ORDER_10_2023").size();                    // 64
 * criteria.criterion("MEM_ORDER_10_2023", 3, 2).get().text();        // Optional[特种作业人员未按照规定…]
 * criteria.criterion("MEM_ORDER_10_2023", 4, 1).get().isTranscribed(); // false
 * }</pre>
 *
 * <p>Data format: rows of kind {@code standard}, {@code article} and {@code item}, TAB-separated
 * (columns in the shipped file's header). Sector and feature ids are checked against the catalogs;
 * an item must fall within its article's count; a standard named in {@code repealed by} must be in
 * the same file.
 */
public final class MajorHazardCriteria {

    /** The id of 应急管理部令第10号 工贸企业重大事故隐患判定标准. */
    public static final String MEM_ORDER_10_2023 = "MEM_ORDER_10_2023";

    private static final String RESOURCE = "major-hazard-criteria.tsv";

    private final Map<String, MajorHazardStandard> standards;
    private final Map<String, List<MajorHazardArticle>> articles;
    private final Map<String, List<MajorHazardCriterion>> criteria;

    private MajorHazardCriteria(
            Map<String, MajorHazardStandard> standards,
            Map<String, List<MajorHazardArticle>> articles,
            Map<String, List<MajorHazardCriterion>> criteria) {
        this.standards = standards;
        this.articles = articles;
        this.criteria = criteria;
    }

    /** The shipped criteria, checked against the standard sector and feature catalogs. */
    public static MajorHazardCriteria standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final MajorHazardCriteria INSTANCE =
                load(SectorCatalog.standard(), SpecialRiskFeatureCatalog.standard(), DataFile.resource(RESOURCE));
    }

    /**
     * Reads a host's criteria file (format in the class description); the reader is closed.
     *
     * @throws IllegalArgumentException naming the line and column at fault
     */
    public static MajorHazardCriteria load(
            SectorCatalog sectors, SpecialRiskFeatureCatalog features, String name, Reader tsv) {
        Objects.requireNonNull(tsv, "tsv");
        return load(sectors, features, DataFile.read(name, tsv));
    }

    private static MajorHazardCriteria load(
            SectorCatalog sectors, SpecialRiskFeatureCatalog features, List<DataFile.Row> rows) {
        DataFile.requireKinds(rows, "standard", "article", "item");
        Map<String, MajorHazardStandard> standards = new LinkedHashMap<>();
        Map<String, DataFile.Row> standardRows = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.ofKind(rows, "standard")) {
            row.expect(
                    "kind",
                    "id",
                    "zh-CN title",
                    "English title",
                    "document number",
                    "issuer",
                    "published",
                    "effective",
                    "repealed by",
                    "excluded sectors",
                    "evidence",
                    "source");
            Optional<LocalDate> published = row.parse(6, "published", cell -> date(row.optional(6)));
            Optional<LocalDate> effective = row.parse(7, "effective", cell -> date(row.optional(7)));
            Set<String> excluded = new LinkedHashSet<>();
            row.optional(9)
                    .ifPresent(cell -> Entries.splitList(cell)
                            .forEach(id -> excluded.add(row.parse(9, "excluded sectors", x -> sectors.require(id))
                                    .id())));
            Evidence evidence = row.parse(10, "evidence", Evidence::ofTag);
            MajorHazardStandard standard = row.build(() -> new MajorHazardStandard(
                    row.get(1),
                    row.get(2),
                    row.get(3),
                    row.get(4),
                    row.get(5),
                    published,
                    effective,
                    row.optional(8),
                    excluded,
                    new Provenance(row.get(11), evidence)));
            if (standards.putIfAbsent(standard.id(), standard) != null) {
                throw row.error("id", "standard " + standard.id() + " is given twice");
            }
            standardRows.put(standard.id(), row);
        }
        standardRows.forEach((id, row) -> row.optional(8).ifPresent(repealer -> {
            if (!standards.containsKey(repealer)) {
                throw row.error("repealed by", "standard " + repealer + " is not in this file");
            }
        }));

        Map<String, Map<Integer, MajorHazardArticle>> articles = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.ofKind(rows, "article")) {
            row.expect(
                    "kind",
                    "standard id",
                    "article number",
                    "class",
                    "subject",
                    "zh-CN subject",
                    "item count",
                    "text",
                    "evidence",
                    "source");
            String standardId = requireStandard(row, standards);
            int number = row.parse(2, "article number", Integer::parseInt);
            CriterionClass criterionClass = row.parse(3, "class", CriterionClass::valueOf);
            Optional<String> sectorId = Optional.empty();
            Optional<String> featureId = Optional.empty();
            Optional<String> subject = row.optional(4);
            if (subject.isPresent()) {
                String s = subject.get();
                if (s.startsWith("SECTOR:")) {
                    sectorId = Optional.of(row.parse(4, "subject", x -> sectors.require(s.substring(7)))
                            .id());
                } else if (s.startsWith("FEATURE:")) {
                    featureId = Optional.of(row.parse(4, "subject", x -> features.require(s.substring(8)))
                            .id());
                } else {
                    throw row.error("subject", "'" + s + "' must start with SECTOR: or FEATURE:");
                }
            }
            int count = row.parse(6, "item count", Integer::parseInt);
            Evidence evidence = row.parse(8, "evidence", Evidence::ofTag);
            Optional<String> sector = sectorId;
            Optional<String> feature = featureId;
            MajorHazardArticle article = row.build(() -> new MajorHazardArticle(
                    standardId,
                    number,
                    criterionClass,
                    sector,
                    feature,
                    row.get(5),
                    count,
                    row.optional(7),
                    new Provenance(row.get(9), evidence)));
            if (articles.computeIfAbsent(standardId, k -> new LinkedHashMap<>()).putIfAbsent(number, article) != null) {
                throw row.error("article number", "article " + number + " of " + standardId + " is given twice");
            }
        }

        Map<String, MajorHazardCriterion> transcribed = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.ofKind(rows, "item")) {
            row.expect(
                    "kind", "standard id", "article number", "item number", "text", "verbatim", "evidence", "source");
            String standardId = requireStandard(row, standards);
            int number = row.parse(2, "article number", Integer::parseInt);
            MajorHazardArticle article =
                    articles.getOrDefault(standardId, Map.of()).get(number);
            if (article == null) {
                throw row.error("article number", "article " + number + " of " + standardId + " is not defined");
            }
            int item = row.parse(3, "item number", Integer::parseInt);
            if (item < 1 || item > article.itemCount()) {
                throw row.error(
                        "item number",
                        "item " + item + " is outside article " + number + "'s " + article.itemCount() + " items");
            }
            boolean verbatim = row.parse(5, "verbatim", cell -> switch (cell) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException("'" + cell + "' must be yes or no");
            });
            Evidence evidence = row.parse(6, "evidence", Evidence::ofTag);
            MajorHazardCriterion criterion = row.build(() -> new MajorHazardCriterion(
                    standardId,
                    number,
                    item,
                    article.criterionClass(),
                    Optional.of(row.get(4)),
                    verbatim,
                    new Provenance(row.get(7), evidence)));
            if (transcribed.putIfAbsent(criterion.key(), criterion) != null) {
                throw row.error("item number", "item " + criterion.key() + " is given twice");
            }
        }

        Map<String, List<MajorHazardArticle>> articleLists = new LinkedHashMap<>();
        Map<String, List<MajorHazardCriterion>> criteria = new LinkedHashMap<>();
        for (String standardId : standards.keySet()) {
            List<MajorHazardArticle> ofStandard = articles.getOrDefault(standardId, Map.of()).values().stream()
                    .sorted(Comparator.comparingInt(MajorHazardArticle::number))
                    .toList();
            articleLists.put(standardId, ofStandard);
            List<MajorHazardCriterion> items = new ArrayList<>();
            for (MajorHazardArticle article : ofStandard) {
                for (int item = 1; item <= article.itemCount(); item++) {
                    String key = standardId + ":" + article.number() + "." + item;
                    MajorHazardCriterion known = transcribed.get(key);
                    items.add(
                            known != null
                                    ? known
                                    : new MajorHazardCriterion(
                                            standardId,
                                            article.number(),
                                            item,
                                            article.criterionClass(),
                                            Optional.empty(),
                                            false,
                                            new Provenance(
                                                    "not yet transcribed; the slot follows the article's item count ("
                                                            + article.provenance()
                                                                    .source() + ")",
                                                    article.provenance().evidence())));
                }
            }
            criteria.put(standardId, List.copyOf(items));
        }
        return new MajorHazardCriteria(
                java.util.Collections.unmodifiableMap(standards),
                java.util.Collections.unmodifiableMap(articleLists),
                java.util.Collections.unmodifiableMap(criteria));
    }

    private static String requireStandard(DataFile.Row row, Map<String, MajorHazardStandard> standards) {
        String id = row.get(1);
        if (!standards.containsKey(id)) {
            throw row.error("standard id", "standard " + id + " is not defined above");
        }
        return id;
    }

    private static Optional<LocalDate> date(Optional<String> cell) {
        try {
            return cell.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + cell.orElseThrow() + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** Every standard, in file order. */
    public List<MajorHazardStandard> standards() {
        return List.copyOf(standards.values());
    }

    /** The standard with {@code id}, if held. */
    public Optional<MajorHazardStandard> findStandard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    /**
     * The standard with {@code id}.
     *
     * @throws InvalidEntityValueException for field {@code standard}, listing the held ids
     */
    public MajorHazardStandard requireStandard(String id) {
        return Entries.require(standards, id, "standard", "major-hazard standard");
    }

    /** The articles of a standard in number order (empty if unknown or none shipped). */
    public List<MajorHazardArticle> articles(String standardId) {
        return articles.getOrDefault(standardId, List.of());
    }

    /** Every item of a standard, article by article, transcribed or not (empty if unknown). */
    public List<MajorHazardCriterion> criteria(String standardId) {
        return criteria.getOrDefault(standardId, List.of());
    }

    /** One item, if the standard has it. */
    public Optional<MajorHazardCriterion> criterion(String standardId, int article, int item) {
        return criteria(standardId).stream()
                .filter(c -> c.article() == article && c.item() == item)
                .findFirst();
    }
}
