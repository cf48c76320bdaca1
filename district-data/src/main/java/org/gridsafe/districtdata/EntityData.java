package org.gridsafe.districtdata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceIssuerTier;
import org.gridsafe.entity.LicenceStorageMode;
import org.gridsafe.entity.LicenceType;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.Address;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityNotFoundException;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityRegistryException;
import org.gridsafe.registry.KeyUnitLevel;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.PlaceMeasures;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.SupervisionLinks;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.registry.UnitScale;

/**
 * Import and export of the registry of supervised entities as table files: {@code
 * production-units} and {@code places}, each {@code .csv} or {@code .xlsx}, with the same readers,
 * header rules and report as the district's tables ({@code docs/district-data.md}). An import reads
 * both files, checks every row (its values, duplicates within the files, and every command it
 * needs as {@link SupervisedEntities} would decide it, access included) and writes only when no row
 * has a problem.
 *
 * <pre>{@code
 * EntityData data = EntityData.withDefaults();
 * ImportReport report = data.importInto(DistrictFiles.fromDirectory(folder), entities, districtCenter, dryRun);
 * data.export(entities, districtCenter, TableFormat.XLSX).writeTo(outFolder);
 * }</pre>
 */
public final class EntityData {

    /** The method an imported risk level is recorded with, so the history tells it from an assessment made here. */
    public static final String IMPORTED_METHOD = "IMPORTED";

    private static final String LIST = "[;；]";
    private static final String PARTS = "\\|";

    private final Charset csvCharset;
    private final LicenceTypeCatalog licenceTypes;

    private EntityData(Charset csvCharset, LicenceTypeCatalog licenceTypes) {
        this.csvCharset = Objects.requireNonNull(csvCharset, "csvCharset");
        this.licenceTypes = Objects.requireNonNull(licenceTypes, "licenceTypes");
    }

    /** CSV in UTF-8, the shipped licence types. */
    public static EntityData withDefaults() {
        return new EntityData(StandardCharsets.UTF_8, LicenceTypeCatalog.standard());
    }

    /** The same, reading CSV files in another charset (such as GBK). */
    public EntityData csvCharset(Charset charset) {
        return new EntityData(charset, licenceTypes);
    }

    /** The same, with the host's licence types. */
    public EntityData licenceTypes(LicenceTypeCatalog catalog) {
        return new EntityData(csvCharset, catalog);
    }

    /**
     * One row read: the entity it describes.
     *
     * @param file the file it came from
     * @param row its row number (the header is row 1)
     * @param id the entity id
     * @param profile the profile
     * @param riskLevel the regulator's risk level, if the row gives one
     */
    public record EntityRow(String file, int row, EntityId id, EntityProfile profile, Optional<RiskLevel> riskLevel) {}

    /**
     * What the files hold: the rows read (units first, each file in row order) and every problem.
     *
     * @param read one line per file with its count of rows
     * @param problems every problem of values and duplicates
     * @param rows the rows that could be read
     */
    public record Reading(List<String> read, List<Problem> problems, List<EntityRow> rows) {}

    /** Reads both files (either may be absent, not both) and checks their values and duplicates. */
    public Reading read(DistrictFiles files) {
        List<Problem> problems = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<EntityRow> rows = new ArrayList<>();
        boolean any = false;
        for (Table table : List.of(Table.PRODUCTION_UNITS, Table.PLACES)) {
            Optional<Map.Entry<String, TableFormat>> file = find(files, table, problems);
            if (file.isEmpty()) {
                continue;
            }
            any = true;
            String name = file.get().getKey();
            List<TableRow> tableRows =
                    file.get().getValue().read(table, name, files.file(name).orElseThrow(), csvCharset, problems);
            read.add(name + ": " + tableRows.size() + " rows");
            for (TableRow row : tableRows) {
                new RowReader(name, row, problems, licenceTypes)
                        .read(table == Table.PRODUCTION_UNITS)
                        .ifPresent(rows::add);
            }
        }
        if (!any) {
            problems.add(new Problem(
                    Table.PRODUCTION_UNITS.baseName() + ".csv",
                    "file",
                    "",
                    "is missing, and so is " + Table.PLACES.baseName()
                            + ".csv: give the production units, the places or both (as .csv or .xlsx)"));
        }
        Map<EntityId, EntityRow> byId = new HashMap<>();
        Map<UnifiedSocialCreditCode, EntityRow> byCode = new HashMap<>();
        for (EntityRow row : rows) {
            EntityRow first = byId.putIfAbsent(row.id(), row);
            if (first != null) {
                problems.add(new Problem(
                        row.file(),
                        "row " + row.row(),
                        "id",
                        row.id() + " is already the id of " + first.file() + " row " + first.row()));
            }
            row.profile().creditCode().ifPresent(code -> {
                EntityRow holder = byCode.putIfAbsent(code, row);
                if (holder != null) {
                    problems.add(new Problem(
                            row.file(),
                            "row " + row.row(),
                            "credit_code",
                            code + " is already the code of " + holder.id() + " (" + holder.file() + " row "
                                    + holder.row() + "); a code belongs to one entity"));
                }
            });
        }
        return new Reading(read, problems, rows);
    }

    private static Optional<Map.Entry<String, TableFormat>> find(
            DistrictFiles files, Table table, List<Problem> problems) {
        Map<String, TableFormat> found = new LinkedHashMap<>();
        for (TableFormat format : TableFormat.values()) {
            String name = table.baseName() + "." + format.extension();
            if (files.file(name).isPresent()) {
                found.put(name, format);
            }
        }
        if (found.size() > 1) {
            problems.add(new Problem(
                    table.baseName() + ".csv", "file", "", "is given both as .csv and as .xlsx; give one of them"));
        }
        return found.entrySet().stream().findFirst();
    }

    /**
     * Reads and checks the files and, unless this is a dry run or any row has a problem, registers
     * the new entities, amends those whose profile differs and records a changed risk level as the
     * regulator's assessment ({@link #IMPORTED_METHOD}, dated {@code today}). Every command is first
     * decided as {@link SupervisedEntities#decide} would, for {@code actor}: a row the actor may not
     * register or edit is a problem like any other. An entity the files do not name is left as it
     * is. Rows that change nothing write nothing, so running an import again is harmless.
     *
     * <p>All the commands are stored in one batch ({@link SupervisedEntities#executeAll}): every
     * row is applied or none. When the registry refuses the batch because another writer changed it
     * after the checks (a credit code or id taken meanwhile), the report names the row and column and
     * nothing is written; a storage failure is thrown, and nothing is written either.
     */
    public ImportReport importInto(
            DistrictFiles files, SupervisedEntities entities, Actor actor, LocalDate today, boolean dryRun) {
        Reading reading = read(files);
        List<Problem> problems = new ArrayList<>(reading.problems());
        List<Plan> plans = new ArrayList<>();
        Set<EntityId> units = new java.util.HashSet<>();
        reading.rows().stream()
                .filter(r -> r.profile().entityKind() == EntityKind.PRODUCTION_UNIT)
                .forEach(r -> units.add(r.id()));
        for (EntityRow row : reading.rows()) {
            plan(row, entities, actor, today, units, problems).ifPresent(plans::add);
        }
        if (!problems.isEmpty()) {
            return new ImportReport(reading.read(), problems, List.of(), false);
        }
        List<String> changes = new ArrayList<>();
        plans.forEach(p -> changes.add(p.change()));
        if (dryRun || plans.isEmpty()) {
            return new ImportReport(reading.read(), List.of(), changes, false);
        }
        List<EntityCommand> commands = new ArrayList<>();
        Map<EntityId, EntityRow> rowOf = new HashMap<>();
        for (Plan plan : plans) {
            commands.addAll(plan.commands());
            rowOf.put(plan.row().id(), plan.row());
        }
        try {
            entities.executeAll(actor, commands);
        } catch (EntityRegistryException | InvalidEntityValueException e) {
            // The registry changed between the checks and the write (another writer took a credit
            // code or an id, or changed an entity): the batch was refused as a whole.
            return new ImportReport(reading.read(), List.of(refusal(e, rowOf, reading.rows())), List.of(), false);
        }
        return new ImportReport(reading.read(), List.of(), changes, true);
    }

    private record Plan(EntityRow row, List<EntityCommand> commands, String change) {}

    /** A refusal of the batch as a problem of the row of the entity it names. */
    private static Problem refusal(RuntimeException e, Map<EntityId, EntityRow> rowOf, List<EntityRow> rows) {
        String again = "; it changed while the import was checked, so nothing was written: run the import again";
        if (e instanceof EntityRegistryException r
                && r.entity().isPresent()
                && rowOf.containsKey(r.entity().get())) {
            EntityRow row = rowOf.get(r.entity().get());
            String message = r.getMessage();
            String column = "id";
            for (String field : List.of("creditCode: ", "id: ", "version: ")) {
                if (message.startsWith(field)) {
                    message = message.substring(field.length());
                    column = field.equals("creditCode: ") ? "credit_code" : "id";
                }
            }
            return new Problem(row.file(), "row " + row.row(), column, message + again);
        }
        String file = rows.isEmpty() ? "" : rows.get(0).file();
        return new Problem(file, "file", "", e.getMessage() + again);
    }

    private Optional<Plan> plan(
            EntityRow row,
            SupervisedEntities entities,
            Actor actor,
            LocalDate today,
            Set<EntityId> unitsInFiles,
            List<Problem> problems) {
        String where = "row " + row.row();
        if (row.profile() instanceof Place place && place.operator().isPresent()) {
            EntityId operator = place.operator().get();
            if (!unitsInFiles.contains(operator) && !exists(entities, actor, operator)) {
                problems.add(new Problem(
                        row.file(),
                        where,
                        "operator",
                        "no production unit " + operator + " in the files or the registry"));
            }
        }
        Optional<SupervisedEntity> current;
        try {
            current = Optional.of(entities.get(actor, row.id()));
        } catch (EntityNotFoundException e) {
            current = Optional.empty();
        } catch (EntityRegistryException e) {
            problems.add(new Problem(row.file(), where, "id", e.getMessage()));
            return Optional.empty();
        }
        List<EntityCommand> commands = new ArrayList<>();
        List<String> what = new ArrayList<>();
        Optional<SupervisedEntity> state = current;
        try {
            if (current.isEmpty()) {
                EntityCommand register = new EntityCommand.Register(row.id(), row.profile(), "导入 import");
                state = Optional.of(entities.decide(actor, register, state).entity());
                commands.add(register);
                what.add("register " + row.id() + " " + row.profile().name());
            } else if (!current.get().profile().equals(row.profile())) {
                EntityCommand amend =
                        new EntityCommand.Amend(row.id(), current.get().version(), row.profile(), "导入 import");
                state = Optional.of(entities.decide(actor, amend, state).entity());
                commands.add(amend);
                what.add("amend " + row.id() + " " + row.profile().name());
            }
            if (row.riskLevel().isPresent() && !state.get().riskLevel().equals(row.riskLevel())) {
                EntityCommand assess = new EntityCommand.AssessRisk(
                        row.id(),
                        state.get().version(),
                        new RiskAssessment(
                                AssessorKind.REGULATOR,
                                IMPORTED_METHOD,
                                row.riskLevel().get(),
                                today,
                                actor.displayName(),
                                Optional.of("imported from " + row.file())),
                        "导入 import");
                entities.decide(actor, assess, state);
                commands.add(assess);
                what.add("risk level " + row.riskLevel().get());
            }
        } catch (InvalidEntityValueException e) {
            for (FieldProblem p : e.problems()) {
                String column = RowReader.column(p.field());
                // A licence's field says which licence of the cell it is (licences[0].storageMode).
                String message = column.equals("licences") ? p.field() + ": " + p.message() : p.message();
                problems.add(new Problem(row.file(), where, column, message));
            }
            return Optional.empty();
        } catch (EntityRegistryException e) {
            String column = e instanceof org.gridsafe.registry.DuplicateCreditCodeException ? "credit_code" : "";
            String message = e.getMessage().startsWith("creditCode: ")
                    ? e.getMessage().substring("creditCode: ".length())
                    : e.getMessage();
            problems.add(new Problem(row.file(), where, column, message));
            return Optional.empty();
        }
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(row, commands, String.join(", ", what)));
    }

    private static boolean exists(SupervisedEntities entities, Actor actor, EntityId id) {
        try {
            entities.get(actor, id);
            return true;
        } catch (EntityRegistryException e) {
            return false;
        }
    }

    // ---- export

    /** Every entity {@code actor} may read, as the two table files in {@code format}. */
    public DistrictFiles export(SupervisedEntities entities, Actor actor, TableFormat format) {
        return export(entities.search(actor, EntityQuery.all()), format);
    }

    /**
     * {@code entities} as the two table files in {@code format}, in id order, English headers and
     * constant names; what an import reads back is the same profiles and risk levels.
     *
     * @throws IllegalArgumentException if a value inside a list cell holds the cell's separator
     *     ({@code ;} between items, {@code |} between a licence's or person's parts), which the
     *     layout cannot carry
     */
    public DistrictFiles export(List<SupervisedEntity> entities, TableFormat format) {
        List<SupervisedEntity> sorted = entities.stream()
                .sorted(Comparator.comparing(SupervisedEntity::id))
                .toList();
        List<List<String>> units = new ArrayList<>();
        List<List<String>> places = new ArrayList<>();
        for (SupervisedEntity e : sorted) {
            if (e.profile() instanceof ProductionUnit u) {
                units.add(unitRow(e, u));
            } else {
                places.add(placeRow(e, (Place) e.profile()));
            }
        }
        String ext = "." + format.extension();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Table.PRODUCTION_UNITS.baseName() + ext, format.write(Table.PRODUCTION_UNITS, units));
        files.put(Table.PLACES.baseName() + ext, format.write(Table.PLACES, places));
        return DistrictFiles.of(files);
    }

    private static List<String> unitRow(SupervisedEntity e, ProductionUnit u) {
        String id = e.id().value();
        return List.of(
                id,
                u.name(),
                u.creditCode().map(UnifiedSocialCreditCode::value).orElse(""),
                Boolean.toString(u.unregisteredOperator()),
                u.address().text(),
                number(u.address().point().longitude()),
                number(u.address().point().latitude()),
                u.assignedGrid().map(GridCode::value).orElse(""),
                u.industry().map(IndustryCode::value).orElse(""),
                list(id, "sectors", u.sectors()),
                u.scale().name(),
                Integer.toString(u.employees()),
                list(id, "special_risk_features", u.specialRiskFeatures()),
                u.majorHazardGrade().name(),
                list(
                        id,
                        "key_unit_levels",
                        u.keyUnitLevels().stream().sorted().map(Enum::name).toList()),
                list(
                        id,
                        "people",
                        u.people().stream()
                                .map(p -> parts(
                                        id,
                                        "people",
                                        p.role().name(),
                                        p.name(),
                                        p.phone().orElse(""),
                                        p.certificateNumber().orElse(""),
                                        p.nextReview().map(LocalDate::toString).orElse("")))
                                .toList()),
                u.links().territorialPerson().orElse(""),
                u.links().industryDepartment().map(DepartmentId::value).orElse(""),
                u.links().comprehensiveDepartment().map(DepartmentId::value).orElse(""),
                licences(id, u.licences()),
                u.supervisionClass().map(SupervisionClass::toString).orElse(""),
                e.riskLevel().map(Enum::name).orElse(""));
    }

    private static List<String> placeRow(SupervisedEntity e, Place p) {
        String id = e.id().value();
        return List.of(
                id,
                p.name(),
                p.kind().name(),
                p.nineSmallType().map(Enum::name).orElse(""),
                Boolean.toString(p.threeInOne()),
                p.creditCode().map(UnifiedSocialCreditCode::value).orElse(""),
                p.address().text(),
                number(p.address().point().longitude()),
                number(p.address().point().latitude()),
                p.assignedGrid().map(GridCode::value).orElse(""),
                p.floorArea().map(String::valueOf).orElse(""),
                p.operator().map(EntityId::value).orElse(""),
                list(id, "sectors", p.sectors()),
                p.links().territorialPerson().orElse(""),
                p.links().industryDepartment().map(DepartmentId::value).orElse(""),
                p.links().comprehensiveDepartment().map(DepartmentId::value).orElse(""),
                licences(id, p.licences()),
                p.supervisionClass().map(SupervisionClass::toString).orElse(""),
                e.riskLevel().map(Enum::name).orElse(""),
                p.measures().beds().map(String::valueOf).orElse(""),
                p.measures().seats().map(String::valueOf).orElse(""),
                p.measures().staff().map(String::valueOf).orElse(""),
                p.measures().pupils().map(String::valueOf).orElse(""),
                p.measures().storey().map(String::valueOf).orElse(""),
                p.measures().boarding().map(String::valueOf).orElse(""),
                p.measures().kindergarten().map(String::valueOf).orElse(""),
                p.measures().insideComplex().map(String::valueOf).orElse(""));
    }

    /** The shortest text that reads back as the same double. */
    private static String number(double value) {
        return new java.math.BigDecimal(Double.toString(value))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String licences(String id, List<Licence> licences) {
        return list(
                id,
                "licences",
                licences.stream()
                        .map(l -> parts(
                                id,
                                "licences",
                                l.type().id(),
                                l.number(),
                                l.issuer(),
                                l.issued().toString(),
                                l.expires().map(LocalDate::toString).orElse(""),
                                l.scope().orElse(""),
                                l.storageMode().map(Enum::name).orElse(""),
                                l.issuerTier().map(Enum::name).orElse("")))
                        .toList());
    }

    private static String list(String id, String column, List<String> items) {
        for (String item : items) {
            if (item.contains(";") || item.contains("；")) {
                throw new IllegalArgumentException("entity " + id + ", " + column + ": '" + item
                        + "' holds ';', which separates the items of the cell; it cannot be exported");
            }
        }
        return String.join(";", items);
    }

    private static String parts(String id, String column, String... parts) {
        List<String> values = new ArrayList<>(List.of(parts));
        for (String part : values) {
            if (part.contains("|")) {
                throw new IllegalArgumentException("entity " + id + ", " + column + ": '" + part
                        + "' holds '|', which separates the parts of an item; it cannot be exported");
            }
        }
        // Trailing empty parts are left out: type|number|issuer|issued|expires reads the same.
        int end = values.size();
        while (end > 0 && values.get(end - 1).isEmpty()) {
            end--;
        }
        return String.join("|", values.subList(0, end));
    }

    /** Reads one row into an entity, every problem named by column. */
    private static final class RowReader {
        private final String file;
        private final TableRow row;
        private final List<Problem> problems;
        private final LicenceTypeCatalog licenceTypes;
        private final int before;

        RowReader(String file, TableRow row, List<Problem> problems, LicenceTypeCatalog licenceTypes) {
            this.file = file;
            this.row = row;
            this.problems = problems;
            this.licenceTypes = licenceTypes;
            this.before = problems.size();
        }

        private void fail(String column, String message) {
            problems.add(new Problem(file, row.location(), column, message));
        }

        private String cell(String column) {
            return row.cell(column);
        }

        private Optional<String> optional(String column) {
            String value = cell(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        Optional<EntityRow> read(boolean unit) {
            EntityId id = value("id", () -> EntityId.of(cell("id")));
            Optional<UnifiedSocialCreditCode> code =
                    optional("credit_code").map(c -> value("credit_code", () -> UnifiedSocialCreditCode.parse(c)));
            Address address = address();
            Optional<GridCode> assigned =
                    optional("assigned_grid").map(g -> value("assigned_grid", () -> GridCode.parse(g)));
            List<String> sectors = items(cell("sectors"));
            SupervisionLinks links = value(
                    "territorial_person",
                    () -> new SupervisionLinks(
                            optional("territorial_person"),
                            optional("industry_department")
                                    .map(d -> value("industry_department", () -> DepartmentId.of(d))),
                            optional("comprehensive_department")
                                    .map(d -> value("comprehensive_department", () -> DepartmentId.of(d)))));
            List<Licence> licences = licences();
            Optional<SupervisionClass> supervisionClass =
                    optional("supervision_class").map(this::supervisionClass);
            Optional<RiskLevel> risk =
                    optional("risk_level").map(r -> constant("risk_level", r, RiskLevel.class, x -> x.zhName()));
            EntityProfile profile;
            if (unit) {
                boolean unregistered = bool("unregistered_operator");
                Optional<IndustryCode> industry =
                        optional("industry").map(i -> value("industry", () -> IndustryCode.parse(i)));
                UnitScale scale = constant("scale", cell("scale"), UnitScale.class, UnitScale::zhName);
                Integer employees = integer("employees");
                List<String> features = items(cell("special_risk_features"));
                MajorHazardInstallationGrade grade = optional("major_hazard_grade")
                        .map(g -> constant(
                                "major_hazard_grade",
                                g,
                                MajorHazardInstallationGrade.class,
                                MajorHazardInstallationGrade::zhName))
                        .orElse(MajorHazardInstallationGrade.NONE);
                Set<KeyUnitLevel> keyLevels = EnumSet.noneOf(KeyUnitLevel.class);
                for (String level : items(cell("key_unit_levels"))) {
                    KeyUnitLevel l = constant("key_unit_levels", level, KeyUnitLevel.class, KeyUnitLevel::zhName);
                    if (l != null) {
                        keyLevels.add(l);
                    }
                }
                List<UnitPerson> people = people();
                if (problems.size() > before) {
                    return Optional.empty();
                }
                profile = value(
                        "",
                        () -> new ProductionUnit(
                                cell("name"),
                                code,
                                unregistered,
                                address,
                                assigned,
                                industry,
                                sectors,
                                scale,
                                employees,
                                features,
                                grade,
                                keyLevels,
                                people,
                                links,
                                licences,
                                supervisionClass));
            } else {
                PlaceKind kind = constant("place_kind", cell("place_kind"), PlaceKind.class, PlaceKind::zhName);
                Optional<NineSmallType> nineSmall = optional("nine_small_type")
                        .map(t -> constant("nine_small_type", t, NineSmallType.class, NineSmallType::zhName));
                boolean threeInOne = bool("three_in_one");
                Optional<Integer> floorArea = optional("floor_area").map(a -> integer("floor_area"));
                Optional<EntityId> operator = optional("operator").map(o -> value("operator", () -> EntityId.of(o)));
                Optional<Integer> beds = optional("beds").map(a -> integer("beds"));
                Optional<Integer> seats = optional("seats").map(a -> integer("seats"));
                Optional<Integer> staff = optional("staff").map(a -> integer("staff"));
                Optional<Integer> pupils = optional("pupils").map(a -> integer("pupils"));
                Optional<Integer> storey = optional("storey").map(a -> integer("storey"));
                Optional<Boolean> boarding = optional("boarding").map(a -> bool("boarding"));
                Optional<Boolean> kindergarten = optional("kindergarten").map(a -> bool("kindergarten"));
                Optional<Boolean> insideComplex = optional("inside_complex").map(a -> bool("inside_complex"));
                if (problems.size() > before) {
                    return Optional.empty();
                }
                PlaceMeasures measures = value(
                        "",
                        () -> new PlaceMeasures(
                                Optional.empty(),
                                beds,
                                seats,
                                staff,
                                pupils,
                                storey,
                                boarding,
                                kindergarten,
                                insideComplex));
                if (measures == null) {
                    return Optional.empty();
                }
                profile = value(
                        "",
                        () -> new Place(
                                cell("name"),
                                kind,
                                nineSmall,
                                threeInOne,
                                code,
                                address,
                                assigned,
                                floorArea,
                                operator,
                                sectors,
                                links,
                                licences,
                                supervisionClass,
                                measures));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new EntityRow(file, row.number(), id, profile, risk));
        }

        private Address address() {
            Double lon = decimal("longitude");
            Double lat = decimal("latitude");
            if (lon == null || lat == null) {
                return null;
            }
            GeoPoint point = value("longitude", () -> GeoPoint.of(lon, lat));
            return point == null ? null : value("address", () -> new Address(cell("address"), point));
        }

        private SupervisionClass supervisionClass(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                fail("supervision_class", "'" + text + "' must be SCHEME:CODE, e.g. DISTRICT_FOUR_GRADES:GRADE_1");
                return null;
            }
            return value(
                    "supervision_class",
                    () -> new SupervisionClass(
                            text.substring(0, colon).strip(),
                            text.substring(colon + 1).strip()));
        }

        private List<Licence> licences() {
            List<Licence> licences = new ArrayList<>();
            List<String> items = items(cell("licences"));
            for (int i = 0; i < items.size(); i++) {
                String[] p = items.get(i).split(PARTS, -1);
                String at = "licences";
                String which = "licence " + (i + 1) + " ('" + items.get(i) + "'): ";
                if (p.length < 4 || p.length > 8) {
                    fail(
                            at,
                            which + "must be type|number|issuer|issued|expires|scope|storage mode|issuer tier"
                                    + " (the last four may be empty)");
                    continue;
                }
                Optional<LicenceType> type = licenceTypes.find(p[0].strip());
                if (type.isEmpty()) {
                    fail(
                            at,
                            which + "unknown licence type " + p[0].strip() + "; the catalog has "
                                    + licenceTypes.types().stream()
                                            .map(LicenceType::id)
                                            .toList());
                    continue;
                }
                LocalDate issued = date(at, which + "issued", p[3]);
                Optional<LocalDate> expires = p.length > 4 && !p[4].isBlank()
                        ? Optional.ofNullable(date(at, which + "expires", p[4]))
                        : Optional.empty();
                Optional<String> scope = p.length > 5 && !p[5].isBlank() ? Optional.of(p[5].strip()) : Optional.empty();
                Optional<LicenceStorageMode> mode =
                        part(p, 6).map(m -> constant(at, m, LicenceStorageMode.class, LicenceStorageMode::zhName));
                Optional<LicenceIssuerTier> tier =
                        part(p, 7).map(t -> constant(at, t, LicenceIssuerTier.class, LicenceIssuerTier::zhName));
                if (issued == null
                        || (p.length > 4 && !p[4].isBlank() && expires.isEmpty())
                        || (part(p, 6).isPresent() && mode.isEmpty())
                        || (part(p, 7).isPresent() && tier.isEmpty())) {
                    continue;
                }
                try {
                    licences.add(
                            new Licence(type.get(), p[1].strip(), p[2].strip(), scope, issued, expires, mode, tier));
                } catch (InvalidEntityValueException e) {
                    e.problems().forEach(x -> fail(at, which + x));
                }
            }
            return licences;
        }

        private List<UnitPerson> people() {
            List<UnitPerson> people = new ArrayList<>();
            List<String> items = items(cell("people"));
            for (int i = 0; i < items.size(); i++) {
                String[] p = items.get(i).split(PARTS, -1);
                String which = "person " + (i + 1) + " ('" + items.get(i) + "'): ";
                if (p.length < 2 || p.length > 5) {
                    fail(
                            "people",
                            which + "must be ROLE|name|phone|certificate|next review (the last three may be empty)");
                    continue;
                }
                UnitPersonRole role = constant("people", p[0].strip(), UnitPersonRole.class, UnitPersonRole::zhName);
                Optional<String> phone = part(p, 2);
                Optional<String> certificate = part(p, 3);
                Optional<LocalDate> review = part(p, 4).map(d -> date("people", which + "next review", d));
                if (role == null || (part(p, 4).isPresent() && review.isEmpty())) {
                    continue;
                }
                try {
                    people.add(new UnitPerson(role, p[1].strip(), phone, certificate, review));
                } catch (InvalidEntityValueException e) {
                    e.problems().forEach(x -> fail("people", which + x));
                }
            }
            return people;
        }

        private static Optional<String> part(String[] parts, int index) {
            return parts.length > index && !parts[index].isBlank()
                    ? Optional.of(parts[index].strip())
                    : Optional.empty();
        }

        private LocalDate date(String column, String what, String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                fail(column, what + " '" + text.strip() + "' must be a date YYYY-MM-DD");
                return null;
            }
        }

        private boolean bool(String column) {
            String v = cell(column).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "", "false", "no", "0", "否" -> false;
                case "true", "yes", "1", "是" -> true;
                default -> {
                    fail(column, "'" + cell(column) + "' must be true or false (是 / 否)");
                    yield false;
                }
            };
        }

        private Integer integer(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                fail(column, "is required: a whole number");
                return null;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                fail(column, "'" + v + "' must be a whole number");
                return null;
            }
        }

        private Double decimal(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                fail(column, "is required: decimal degrees (WGS 84)");
                return null;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                fail(column, "'" + v + "' must be a number of decimal degrees");
                return null;
            }
        }

        private <E extends Enum<E>> E constant(String column, String text, Class<E> type, Function<E, String> zh) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text.strip()) || zh.apply(e).equals(text.strip())) {
                    return e;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(e.name() + " " + zh.apply(e));
            }
            fail(column, (text.isEmpty() ? "is required" : "'" + text + "' is not known") + "; one of " + allowed);
            return null;
        }

        private static List<String> items(String cell) {
            List<String> items = new ArrayList<>();
            for (String item : cell.split(LIST)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }

        /** {@code construct}'s value, or null with its problems under {@code column} (or the column of core's field). */
        private <T> T value(String column, Supplier<T> construct) {
            try {
                return construct.get();
            } catch (InvalidEntityValueException e) {
                for (FieldProblem p : e.problems()) {
                    fail(column.isEmpty() ? column(p.field()) : column, p.message());
                }
                return null;
            } catch (IllegalArgumentException e) {
                fail(column, e.getMessage());
                return null;
            }
        }

        /** The column of a field core names. */
        static String column(String field) {
            return switch (field) {
                case "creditCode", "unregisteredOperator" -> "credit_code";
                case "address.text", "address" -> "address";
                case "address.point" -> "longitude";
                case "assignedGrid" -> "assigned_grid";
                case "specialRiskFeatures" -> "special_risk_features";
                case "majorHazardGrade" -> "major_hazard_grade";
                case "keyUnitLevels" -> "key_unit_levels";
                case "supervisionClass" -> "supervision_class";
                case "floorArea" -> "floor_area";
                case "nineSmallType" -> "nine_small_type";
                case "measures.insideComplex" -> "inside_complex";
                case "kind", "profile" -> "place_kind";
                default -> {
                    if (field.startsWith("licences[")) {
                        yield "licences";
                    }
                    yield field.startsWith("measures.") ? field.substring("measures.".length()) : field;
                }
            };
        }
    }
}
