package org.gridsafe.districtdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyMatrixConfigurationException;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a district's files as a whole and collects every problem; builds the {@link District}
 * only when there is none.
 */
final class DistrictValidator {

    /** A table file's name and rows. */
    record Named(String file, List<TableRow> rows) {}

    /**
     * Everything read.
     *
     * @param departments null when the import leaves the current departments (then also rules)
     */
    record Input(List<GridFeature> features, Named staff, Named responsibility, Named departments, Named dutyRules) {}

    private record Parsed(GridFeature feature, GridCode code, String name, Geometry boundary) {}

    private record Seen(String name, String file, int row) {}

    private final ValidationRules rules;
    private final List<Problem> problems;

    DistrictValidator(ValidationRules rules, List<Problem> problems) {
        this.rules = rules;
        this.problems = problems;
    }

    Optional<District> validate(Input input) {
        int before = problems.size();
        TreeMap<GridCode, Parsed> grids = grids(input.features());
        Map<GridCode, List<StaffAssignment>> staff = staff(input.staff(), grids);
        Map<GridCode, Map<ResponsibleRole, ResponsiblePerson>> chains = chains(input.responsibility(), grids);
        people(input, grids);
        Optional<District.Duty> duty = Optional.empty();
        if (input.departments() != null) {
            duty = duty(input.departments(), input.dutyRules());
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Grid> built = new ArrayList<>();
        for (Parsed p : grids.values()) {
            Grid.Builder builder = Grid.builder()
                    .code(p.code())
                    .name(p.name())
                    .boundary(p.boundary())
                    .staff(staff.getOrDefault(p.code(), List.of()));
            chains.getOrDefault(p.code(), Map.of()).forEach(builder::responsible);
            built.add(builder.build());
        }
        return Optional.of(new District(built, duty));
    }

    // ---- grids ----

    private TreeMap<GridCode, Parsed> grids(List<GridFeature> features) {
        String file = GeoJsonGrids.FILE;
        TreeMap<GridCode, Parsed> parsed = new TreeMap<>();
        for (GridFeature f : features) {
            String at = f.location();
            GridCode code = null;
            if (f.code() == null || f.code().isBlank()) {
                problems.add(new Problem(
                        file,
                        at,
                        "code",
                        "is required: the grid's code (6, 9, 12 or 15 digits,"
                                + " or the statistics bureau's 12-digit form)"));
            } else {
                try {
                    code = GridCode.parse(f.code().strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, at, "code", e.getMessage()));
                }
            }
            if (code != null && f.level() != null) {
                Optional<GridLevel> level = parseEnum(GridLevel.class, f.level(), GridLevel::zhName);
                if (level.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            at,
                            "level",
                            "'" + f.level() + "' is not a level; write one of "
                                    + describe(GridLevel.class, GridLevel::zhName)));
                } else if (level.get() != code.level()) {
                    problems.add(new Problem(
                            file,
                            at,
                            "level",
                            "says " + level.get() + " but code " + code + " is a " + code.level() + " code ("
                                    + code.level().codeLength() + " digits)"));
                }
            }
            String name = f.name() == null ? null : f.name().strip();
            if (name == null || name.isEmpty()) {
                problems.add(new Problem(file, at, "name", "is required: the grid's display name, e.g. 望亭镇"));
                name = null;
            } else if (code != null) {
                try {
                    Grid.builder().code(code).name(name).build();
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, at, "name", e.getMessage()));
                }
            }
            Geometry boundary = f.boundary() == null ? null : checkBoundary(f);
            if (code == null) {
                continue;
            }
            Parsed previous = parsed.get(code);
            if (previous != null) {
                problems.add(new Problem(
                        file,
                        at,
                        "code",
                        "duplicate grid code " + code + ": "
                                + previous.feature().location() + " has it too"));
                continue;
            }
            parsed.put(code, new Parsed(f, code, name, boundary));
        }
        parents(parsed);
        geometry(parsed);
        return parsed;
    }

    /** The boundary when it is usable; otherwise reports why and returns null. */
    private Geometry checkBoundary(GridFeature f) {
        String file = GeoJsonGrids.FILE;
        Geometry g = f.boundary();
        if (!(g instanceof Polygonal)) {
            problems.add(new Problem(
                    file, f.location(), "geometry", "must be a Polygon or MultiPolygon; got a " + g.getGeometryType()));
            return null;
        }
        if (g.isEmpty()) {
            problems.add(new Problem(
                    file,
                    f.location(),
                    "geometry",
                    "is empty; leave geometry null for a grid" + " without a surveyed boundary"));
            return null;
        }
        Envelope box = g.getEnvelopeInternal();
        if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
            Coordinate bad = Arrays.stream(g.getCoordinates())
                    .filter(c -> Math.abs(c.x) > 180 || Math.abs(c.y) > 90)
                    .findFirst()
                    .orElse(g.getCoordinate());
            String hint = Math.abs(bad.x) <= 90 && Math.abs(bad.y) <= 180
                    ? "latitude and longitude look swapped: RFC 7946 positions are [longitude, latitude]"
                    : "these look like projected metres (e.g. a Gauss-Kruger or UTM zone): reproject to EPSG:4326";
            problems.add(new Problem(
                    file,
                    f.location(),
                    "geometry",
                    "coordinates are not WGS 84 longitude/latitude:" + " position [" + bad.x + ", " + bad.y
                            + "] is outside [-180..180, -90..90]; " + hint));
            return null;
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            String where = at == null ? "" : " at [" + at.x + ", " + at.y + "]";
            boolean self = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            problems.add(new Problem(
                    file,
                    f.location(),
                    "geometry",
                    (self
                                    ? "boundary intersects itself" + where + " (a ring crosses or touches itself)"
                                    : "boundary is not a valid polygon: " + error.getMessage() + where)
                            + "; fix the boundary in the GIS before importing"));
            return null;
        }
        return g;
    }

    private void parents(TreeMap<GridCode, Parsed> parsed) {
        if (parsed.isEmpty()) {
            problems.add(new Problem(GeoJsonGrids.FILE, "file", "features", "has no grid"));
            return;
        }
        GridLevel top = parsed.keySet().stream()
                .map(GridCode::level)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        for (Parsed p : parsed.values()) {
            Optional<GridCode> parent = p.code().parent();
            if (p.code().level() != top && parent.isPresent() && !parsed.containsKey(parent.get())) {
                problems.add(new Problem(
                        GeoJsonGrids.FILE,
                        p.feature().location(),
                        "code",
                        "unknown parent: "
                                + parent.get().level() + " grid " + parent.get() + " is not in the file (the top level"
                                + " present is " + top + "); add it, or correct the code"));
            }
        }
    }

    private void geometry(TreeMap<GridCode, Parsed> parsed) {
        Map<Optional<GridCode>, List<Parsed>> children = new LinkedHashMap<>();
        for (Parsed p : parsed.values()) {
            Optional<GridCode> parent = p.code().parent().filter(parsed::containsKey);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
        }
        children.forEach((parent, siblings) -> {
            overlaps(siblings);
            parent.map(parsed::get).ifPresent(up -> coverage(up, siblings));
        });
    }

    private void overlaps(List<Parsed> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            Parsed a = siblings.get(i);
            if (a.boundary() == null) {
                continue;
            }
            for (int j = i + 1; j < siblings.size(); j++) {
                Parsed b = siblings.get(j);
                if (b.boundary() == null
                        || !a.boundary()
                                .getEnvelopeInternal()
                                .intersects(b.boundary().getEnvelopeInternal())) {
                    continue;
                }
                double smaller = Math.min(a.boundary().getArea(), b.boundary().getArea());
                Geometry common = a.boundary().intersection(b.boundary());
                double share = common.getArea() / smaller;
                if (share > rules.overlapTolerance()) {
                    problems.add(new Problem(
                            GeoJsonGrids.FILE,
                            b.feature().location(),
                            "geometry",
                            "overlapping grids: "
                                    + b.code() + " overlaps " + a.code() + " ("
                                    + a.feature().location() + ") by "
                                    + percent(share) + " of the smaller grid's area, around " + point(common)
                                    + " (tolerance " + percent(rules.overlapTolerance()) + ")"));
                }
            }
        }
    }

    private void coverage(Parsed parent, List<Parsed> children) {
        if (parent.boundary() == null || children.stream().anyMatch(c -> c.boundary() == null)) {
            return;
        }
        double area = parent.boundary().getArea();
        for (Parsed child : children) {
            Geometry outside = child.boundary().difference(parent.boundary());
            double share = outside.getArea() / child.boundary().getArea();
            if (share > rules.gapTolerance()) {
                problems.add(new Problem(
                        GeoJsonGrids.FILE,
                        child.feature().location(),
                        "geometry",
                        child.code()
                                + " lies " + percent(share) + " outside its parent " + parent.code() + " ("
                                + parent.feature().location() + "), around " + point(outside)));
            }
        }
        Geometry union =
                UnaryUnionOp.union(children.stream().map(Parsed::boundary).toList());
        Geometry gap = parent.boundary().difference(union);
        double share = gap.getArea() / area;
        if (share > rules.gapTolerance()) {
            problems.add(new Problem(
                    GeoJsonGrids.FILE,
                    parent.feature().location(),
                    "geometry",
                    "coverage gap: the "
                            + children.size() + " grids inside " + parent.code() + " leave " + percent(share)
                            + " of it uncovered, around " + point(gap) + " (tolerance " + percent(rules.gapTolerance())
                            + ")"));
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    private static String point(Geometry g) {
        Point p = g.getInteriorPoint();
        return String.format(Locale.ROOT, "[%.6f, %.6f]", p.getX(), p.getY());
    }

    // ---- staff and chains ----

    private Optional<GridCode> gridOf(String file, TableRow row, Map<GridCode, Parsed> grids) {
        String text = row.cell("grid_code");
        if (text.isEmpty()) {
            problems.add(new Problem(file, row.location(), "grid_code", "is required"));
            return Optional.empty();
        }
        try {
            GridCode code = GridCode.parse(text);
            if (!grids.containsKey(code)) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        "grid_code",
                        "unknown grid " + code + ": it is not in " + GeoJsonGrids.FILE));
                return Optional.empty();
            }
            return Optional.of(code);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, row.location(), "grid_code", e.getMessage()));
            return Optional.empty();
        }
    }

    private boolean person(String file, TableRow row) {
        boolean ok = true;
        try {
            new ResponsiblePerson(row.cell("person_id"), "x");
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, row.location(), "person_id", e.getMessage()));
            ok = false;
        }
        try {
            new ResponsiblePerson("x", row.cell("name"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, row.location(), "name", e.getMessage()));
            ok = false;
        }
        return ok;
    }

    private Map<GridCode, List<StaffAssignment>> staff(Named table, Map<GridCode, Parsed> grids) {
        Map<GridCode, List<StaffAssignment>> result = new HashMap<>();
        Map<String, TableRow> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            Optional<GridCode> grid = gridOf(table.file(), row, grids);
            boolean person = person(table.file(), row);
            Optional<GridRole> role = parseEnum(GridRole.class, row.cell("role"), GridRole::zhName);
            if (role.isEmpty()) {
                problems.add(new Problem(
                        table.file(),
                        row.location(),
                        "role",
                        "'" + row.cell("role") + "' is not a role; write one of "
                                + describe(GridRole.class, GridRole::zhName)));
            }
            if (grid.isEmpty() || !person || role.isEmpty()) {
                continue;
            }
            String key = grid.get() + "\u0000" + row.cell("person_id") + "\u0000" + role.get();
            TableRow first = seen.putIfAbsent(key, row);
            if (first != null) {
                problems.add(new Problem(
                        table.file(),
                        row.location(),
                        "person_id",
                        "person " + row.cell("person_id") + " is already "
                                + role.get().zhName() + " of grid " + grid.get() + " (" + first.location() + ")"));
                continue;
            }
            result.computeIfAbsent(grid.get(), k -> new ArrayList<>())
                    .add(new StaffAssignment(row.cell("person_id"), row.cell("name"), role.get()));
        }
        // 监督员 checks the work the 网格管理员 does: one person cannot check their own work.
        result.forEach((grid, list) -> {
            for (StaffAssignment manager : list) {
                if (manager.role() != GridRole.GRID_MANAGER) {
                    continue;
                }
                list.stream()
                        .filter(s ->
                                s.role() == GridRole.SUPERVISOR && s.personId().equals(manager.personId()))
                        .findFirst()
                        .ifPresent(s -> problems.add(new Problem(
                                table.file(),
                                rowOf(table, grid, s.personId(), "role", GridRole.SUPERVISOR),
                                "role",
                                "incompatible roles: person " + s.personId()
                                        + " is both 网格管理员 and 监督员 of grid " + grid
                                        + "; the supervisor checks the manager's work")));
            }
        });
        return result;
    }

    private Map<GridCode, Map<ResponsibleRole, ResponsiblePerson>> chains(Named table, Map<GridCode, Parsed> grids) {
        Map<GridCode, Map<ResponsibleRole, ResponsiblePerson>> result = new HashMap<>();
        Map<String, TableRow> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            Optional<GridCode> grid = gridOf(table.file(), row, grids);
            boolean person = person(table.file(), row);
            Optional<ResponsibleRole> rung =
                    parseEnum(ResponsibleRole.class, row.cell("rung"), ResponsibleRole::zhName);
            if (rung.isEmpty()) {
                problems.add(new Problem(
                        table.file(),
                        row.location(),
                        "rung",
                        "'" + row.cell("rung") + "' is not a rung; write one of "
                                + describe(ResponsibleRole.class, ResponsibleRole::zhName)));
            }
            if (grid.isEmpty() || !person || rung.isEmpty()) {
                continue;
            }
            TableRow first = seen.putIfAbsent(grid.get() + "\u0000" + rung.get(), row);
            if (first != null) {
                problems.add(new Problem(
                        table.file(),
                        row.location(),
                        "rung",
                        rung.get().zhName() + " of grid " + grid.get() + " is given twice (" + first.location()
                                + " too); a rung has one holder"));
                continue;
            }
            Map<ResponsibleRole, ResponsiblePerson> chain =
                    result.computeIfAbsent(grid.get(), k -> new EnumMap<>(ResponsibleRole.class));
            String personId = row.cell("person_id");
            chain.entrySet().stream()
                    .filter(e -> e.getKey().onEscalationLadder() && rung.get().onEscalationLadder())
                    .filter(e -> e.getValue().personId().equals(personId))
                    .findFirst()
                    .ifPresent(e -> problems.add(new Problem(
                            table.file(),
                            row.location(),
                            "person_id",
                            "incompatible roles: person " + personId + " already holds "
                                    + e.getKey().zhName()
                                    + " of grid " + grid.get() + "; escalation from one rung to the next would"
                                    + " reach the same person")));
            chain.put(rung.get(), new ResponsiblePerson(personId, row.cell("name")));
        }
        for (Parsed p : grids.values()) {
            Map<ResponsibleRole, ResponsiblePerson> chain = result.getOrDefault(p.code(), Map.of());
            for (ResponsibleRole required : ResponsibleRole.values()) {
                if (rules.requiredRungs().contains(required) && !chain.containsKey(required)) {
                    problems.add(new Problem(
                            table.file(),
                            "grid " + p.code(),
                            "rung",
                            "missing rung: grid " + p.code()
                                    + " (" + p.feature().location() + " of " + GeoJsonGrids.FILE + ") has no "
                                    + required.zhName() + " (" + required + "); add a row for it"));
                }
            }
        }
        return result;
    }

    private static String rowOf(Named table, GridCode grid, String personId, String column, GridRole value) {
        for (TableRow row : table.rows()) {
            if (row.cell("person_id").equals(personId)
                    && sameGrid(row.cell("grid_code"), grid)
                    && parseEnum(GridRole.class, row.cell(column), GridRole::zhName)
                            .equals(Optional.of(value))) {
                return row.location();
            }
        }
        return "grid " + grid;
    }

    private static boolean sameGrid(String text, GridCode grid) {
        try {
            return GridCode.parse(text).equals(grid);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The same person id must carry the same name everywhere. */
    private void people(Input input, Map<GridCode, Parsed> grids) {
        Map<String, Seen> names = new HashMap<>();
        for (Named table : List.of(input.staff(), input.responsibility())) {
            for (TableRow row : table.rows()) {
                String id = row.cell("person_id");
                String name = row.cell("name");
                if (id.isEmpty() || name.isEmpty()) {
                    continue;
                }
                Seen first = names.putIfAbsent(id, new Seen(name, table.file(), row.number()));
                if (first != null && !first.name().equals(name)) {
                    problems.add(new Problem(
                            table.file(),
                            row.location(),
                            "name",
                            "person " + id + " is named '" + name
                                    + "' here but '" + first.name() + "' in " + first.file() + " row " + first.row()
                                    + "; one person id is one person"));
                }
            }
        }
    }

    // ---- departments and duty rules ----

    private Optional<District.Duty> duty(Named departmentTable, Named ruleTable) {
        int before = problems.size();
        List<Department> departments = new ArrayList<>();
        Map<String, TableRow> ids = new HashMap<>();
        for (TableRow row : departmentTable.rows()) {
            String file = departmentTable.file();
            DepartmentId id = null;
            try {
                id = DepartmentId.of(row.cell("id"));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new Problem(file, row.location(), "id", String.valueOf(e.getMessage())));
            }
            List<SafetyDomain> domains = new ArrayList<>();
            String domainText = row.cell("domains");
            if (domainText.isEmpty()) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        "domains",
                        "is required: one or more of " + describe(SafetyDomain.class, SafetyDomain::zhName)
                                + ", separated by ;"));
            }
            for (String part : domainText.split("[;；,，、]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<SafetyDomain> domain = parseEnum(SafetyDomain.class, part, SafetyDomain::zhName);
                if (domain.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            row.location(),
                            "domains",
                            "'" + part.strip()
                                    + "' is not a safety domain; write one of "
                                    + describe(SafetyDomain.class, SafetyDomain::zhName)));
                } else {
                    domains.add(domain.get());
                }
            }
            for (String column : List.of("zh_name", "en_name")) {
                if (row.cell(column).isEmpty()) {
                    problems.add(new Problem(file, row.location(), column, "is required"));
                }
            }
            if (id == null
                    || domains.isEmpty()
                    || row.cell("zh_name").isEmpty()
                    || row.cell("en_name").isEmpty()) {
                continue;
            }
            TableRow first = ids.putIfAbsent(id.value(), row);
            if (first != null) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        "id",
                        "duplicate department id " + id + ": " + first.location() + " has it too"));
                continue;
            }
            try {
                departments.add(
                        new Department(id, row.cell("zh_name"), row.cell("en_name"), java.util.Set.copyOf(domains)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, row.location(), "", e.getMessage()));
            }
        }
        List<DutyRule> dutyRules = new ArrayList<>();
        List<TableRow> ruleRows = new ArrayList<>();
        for (TableRow row : ruleTable.rows()) {
            String file = ruleTable.file();
            Optional<SafetyDomain> domain = parseEnum(SafetyDomain.class, row.cell("domain"), SafetyDomain::zhName);
            if (domain.isEmpty()) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        "domain",
                        "'" + row.cell("domain") + "' is not a safety domain; write one of "
                                + describe(SafetyDomain.class, SafetyDomain::zhName)));
            }
            Optional<HazardCode> prefix = Optional.empty();
            if (!row.cell("hazard_prefix").isEmpty()) {
                try {
                    prefix = Optional.of(HazardCode.parse(row.cell("hazard_prefix")));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, row.location(), "hazard_prefix", e.getMessage()));
                    continue;
                }
            }
            Optional<HazardGrade> grade = Optional.empty();
            if (!row.cell("grade").isEmpty()) {
                grade = parseEnum(HazardGrade.class, row.cell("grade"), HazardGrade::zhName);
                if (grade.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            row.location(),
                            "grade",
                            "'" + row.cell("grade")
                                    + "' is not a hazard grade; write one of "
                                    + describe(HazardGrade.class, HazardGrade::zhName)
                                    + ", or leave it empty for every grade"));
                    continue;
                }
            }
            Optional<GridLevel> level = Optional.empty();
            if (!row.cell("grid_level").isEmpty()) {
                level = parseEnum(GridLevel.class, row.cell("grid_level"), GridLevel::zhName);
                if (level.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            row.location(),
                            "grid_level",
                            "'" + row.cell("grid_level")
                                    + "' is not a level; write one of " + describe(GridLevel.class, GridLevel::zhName)
                                    + ", or leave it empty for every level"));
                    continue;
                }
            }
            DepartmentId department = null;
            try {
                department = DepartmentId.of(row.cell("department"));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new Problem(file, row.location(), "department", String.valueOf(e.getMessage())));
            }
            if (domain.isEmpty() || department == null) {
                continue;
            }
            dutyRules.add(new DutyRule(domain.get(), prefix, grade, level, department));
            ruleRows.add(row);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            DutyMatrix.builder().departments(departments).rules(dutyRules).build();
        } catch (DutyMatrixConfigurationException e) {
            for (String problem : e.problems()) {
                problems.add(
                        new Problem(ruleTable.file(), rowsNamed(problem, ruleRows), "", renumber(problem, ruleRows)));
            }
            return Optional.empty();
        }
        return Optional.of(new District.Duty(departments, dutyRules));
    }

    /** The matrix numbers rules from 1 in the order added; the report speaks of file rows. */
    private static String renumber(String message, List<TableRow> rows) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("rules? (\\d+)( and (\\d+))?").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(3) == null
                    ? "the rule of "
                            + rows.get(Integer.parseInt(m.group(1)) - 1).location()
                    : "the rules of "
                            + rows.get(Integer.parseInt(m.group(1)) - 1).location() + " and "
                            + rows.get(Integer.parseInt(m.group(3)) - 1).location();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String rowsNamed(String message, List<TableRow> rows) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("rules? (\\d+)").matcher(message);
        return m.find() ? rows.get(Integer.parseInt(m.group(1)) - 1).location() : "file";
    }

    // ---- helpers ----

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text, Function<E, String> zhName) {
        String t = text == null ? "" : text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(t)
                    || (!t.isEmpty() && zhName.apply(value).equals(t))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> String describe(Class<E> type, Function<E, String> zhName) {
        return String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name() + " (" + zhName.apply(e) + ")")
                        .toList());
    }
}
