package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.TimeUnitKind;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.WritableGridDirectory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * The district's reference data in the database: grids (boundaries as WKT), staff, responsibility
 * chains, departments, duty rules, time limits and the work calendar.
 *
 * <p>{@link #save} replaces the whole directory in one transaction (saving the same directory
 * twice leaves the same rows). Reads come from a snapshot loaded by {@link #reload()} (and by
 * {@code save}); the getters return the same instances until then, so callers may cache what they
 * derive from them.
 *
 * <pre>{@code
 * JdbcGridDirectory directory = storage.directory();
 * directory.save(tree, matrix, TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
 * GridSafe gridSafe = GridSafe.builder().directory(directory)...build();
 * }</pre>
 */
public final class JdbcGridDirectory implements WritableGridDirectory {

    private static final int CALENDAR_ROW = 1;

    private record Snapshot(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {}

    private final Transactions tx;
    private volatile Snapshot snapshot;

    JdbcGridDirectory(Transactions tx) {
        this.tx = tx;
    }

    /** Replaces the stored directory with this one, atomically, and makes it the current snapshot. */
    public void save(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(dutyMatrix, "dutyMatrix");
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(calendar, "calendar");
        tx.inTransaction("save the grid directory", c -> {
            for (String table : List.of(
                    "grid_staff",
                    "grid_responsible",
                    "grid",
                    "duty_rule",
                    "department",
                    "time_limit",
                    "calendar_day",
                    "work_calendar")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                    ps.executeUpdate();
                }
            }
            saveGrids(c, grids);
            saveDuty(c, dutyMatrix);
            saveLimits(c, timeLimits);
            saveCalendar(c, calendar);
            return null;
        });
        snapshot = new Snapshot(grids, dutyMatrix, timeLimits, calendar);
    }

    /** The same as {@link #save}: one transaction, so a failed replacement leaves the stored data as it was. */
    @Override
    public void replace(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
        save(grids, dutyMatrix, timeLimits, calendar);
    }

    @Override
    public void replace(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            org.gridsafe.port.DirectoryChange change) {
        // The change's actor, reason and effective day are not stored yet: the directory keeps
        // only its current data until its history is recorded.
        save(grids, dutyMatrix, timeLimits, calendar);
    }

    /** Whether a directory has been saved to this database. */
    public boolean isSaved() {
        return tx.autoCommit("look for a saved grid directory", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM work_calendar");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /**
     * Loads the stored directory into a new snapshot.
     *
     * @throws StorageException if nothing was saved yet, or the stored data is invalid
     */
    public void reload() {
        snapshot = tx.inTransaction("load the grid directory", c -> {
            WorkCalendar calendar = loadCalendar(c);
            return new Snapshot(loadGrids(c), loadDuty(c), loadLimits(c), calendar);
        });
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    reload();
                }
                s = snapshot;
            }
        }
        return s;
    }

    @Override
    public GridTree grids() {
        return current().grids();
    }

    @Override
    public DutyMatrix dutyMatrix() {
        return current().dutyMatrix();
    }

    @Override
    public TimeLimits timeLimits() {
        return current().timeLimits();
    }

    @Override
    public WorkCalendar workCalendar() {
        return current().calendar();
    }

    private static void saveGrids(Connection c, GridTree tree) throws SQLException {
        WKTWriter wkt = new WKTWriter();
        try (PreparedStatement grid =
                        c.prepareStatement("INSERT INTO grid (code, name, boundary_wkt) VALUES (?, ?, ?)");
                PreparedStatement staff = c.prepareStatement("INSERT INTO grid_staff (grid_code, ord, person_id,"
                        + " display_name, grid_role) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement chain = c.prepareStatement("INSERT INTO grid_responsible (grid_code,"
                        + " responsible_role, person_id, display_name) VALUES (?, ?, ?, ?)")) {
            for (Grid g : tree.grids()) {
                grid.setString(1, g.code().value());
                grid.setString(2, g.name());
                if (g.boundary().isPresent()) {
                    grid.setString(3, wkt.write(g.boundary().get()));
                } else {
                    grid.setNull(3, Types.VARCHAR);
                }
                grid.addBatch();
                int ord = 0;
                for (StaffAssignment s : g.staff()) {
                    staff.setString(1, g.code().value());
                    staff.setInt(2, ord++);
                    staff.setString(3, s.personId());
                    staff.setString(4, s.displayName());
                    staff.setString(5, s.role().name());
                    staff.addBatch();
                }
                for (Map.Entry<ResponsibleRole, ResponsiblePerson> e :
                        g.responsibilityChain().holders().entrySet()) {
                    chain.setString(1, g.code().value());
                    chain.setString(2, e.getKey().name());
                    chain.setString(3, e.getValue().personId());
                    chain.setString(4, e.getValue().displayName());
                    chain.addBatch();
                }
            }
            grid.executeBatch();
            staff.executeBatch();
            chain.executeBatch();
        }
    }

    private static GridTree loadGrids(Connection c) throws SQLException {
        Map<String, Grid.Builder> builders = new LinkedHashMap<>();
        WKTReader wkt = new WKTReader();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, boundary_wkt FROM grid ORDER BY code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Grid.Builder b =
                        Grid.builder().code(GridCode.parse(rs.getString(1))).name(rs.getString(2));
                String boundary = rs.getString(3);
                if (boundary != null) {
                    try {
                        b.boundary(wkt.read(boundary));
                    } catch (ParseException e) {
                        throw new StorageException("grid " + rs.getString(1) + " has an unreadable boundary", e);
                    }
                }
                builders.put(rs.getString(1), b);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT grid_code, person_id, display_name, grid_role FROM grid_staff ORDER BY grid_code, ord");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                builder(builders, rs.getString(1))
                        .addStaff(new StaffAssignment(
                                rs.getString(2), rs.getString(3), GridRole.valueOf(rs.getString(4))));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT grid_code, responsible_role, person_id, display_name FROM grid_responsible");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                builder(builders, rs.getString(1))
                        .responsible(
                                ResponsibleRole.valueOf(rs.getString(2)),
                                new ResponsiblePerson(rs.getString(3), rs.getString(4)));
            }
        }
        List<Grid> grids = new ArrayList<>(builders.size());
        for (Grid.Builder b : builders.values()) {
            grids.add(b.build());
        }
        return GridTree.of(grids);
    }

    private static Grid.Builder builder(Map<String, Grid.Builder> builders, String code) {
        Grid.Builder b = builders.get(code);
        if (b == null) {
            throw new StorageException("staff or responsibility stored for unknown grid " + code, null);
        }
        return b;
    }

    private static void saveDuty(Connection c, DutyMatrix matrix) throws SQLException {
        try (PreparedStatement dept = c.prepareStatement(
                        "INSERT INTO department (id, zh_name, en_name, domains) VALUES (?, ?, ?, ?)");
                PreparedStatement rule = c.prepareStatement("INSERT INTO duty_rule (ord, safety_domain, hazard_prefix,"
                        + " grade, grid_level, department_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Department d : matrix.departments()) {
                dept.setString(1, d.id().value());
                dept.setString(2, d.zhName());
                dept.setString(3, d.enName());
                dept.setString(4, d.domains().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                dept.addBatch();
            }
            int ord = 0;
            for (DutyRule r : matrix.rules()) {
                rule.setInt(1, ord++);
                rule.setString(2, r.domain().name());
                rule.setString(3, r.hazardPrefix().map(HazardCode::value).orElse(null));
                rule.setString(4, r.grade().map(Enum::name).orElse(null));
                rule.setString(5, r.gridLevel().map(Enum::name).orElse(null));
                rule.setString(6, r.department().value());
                rule.addBatch();
            }
            dept.executeBatch();
            rule.executeBatch();
        }
    }

    private static DutyMatrix loadDuty(Connection c) throws SQLException {
        DutyMatrix.Builder matrix = DutyMatrix.builder();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT id, zh_name, en_name, domains FROM department ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<SafetyDomain> domains = EnumSet.noneOf(SafetyDomain.class);
                for (String name : rs.getString(4).split(",")) {
                    if (!name.isEmpty()) {
                        domains.add(SafetyDomain.valueOf(name));
                    }
                }
                matrix.department(
                        new Department(DepartmentId.of(rs.getString(1)), rs.getString(2), rs.getString(3), domains));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT safety_domain, hazard_prefix, grade, grid_level,"
                        + " department_id FROM duty_rule ORDER BY ord");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                matrix.rule(new DutyRule(
                        SafetyDomain.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)).map(HazardCode::parse),
                        Optional.ofNullable(rs.getString(3)).map(HazardGrade::valueOf),
                        Optional.ofNullable(rs.getString(4)).map(GridLevel::valueOf),
                        DepartmentId.of(rs.getString(5))));
            }
        }
        return matrix.build();
    }

    private static void saveLimits(Connection c, TimeLimits limits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO time_limit (step, grade, amount, unit, source) VALUES (?, ?, ?, ?, ?)")) {
            for (WorkflowStep step : WorkflowStep.values()) {
                for (HazardGrade grade : HazardGrade.values()) {
                    Optional<TimeLimit> limit = limits.find(step, grade);
                    if (limit.isPresent()) {
                        ps.setString(1, step.name());
                        ps.setString(2, grade.name());
                        ps.setLong(3, limit.get().amount());
                        ps.setString(4, limit.get().unit().name());
                        ps.setString(5, limits.source(step, grade).orElse(null));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static TimeLimits loadLimits(Connection c) throws SQLException {
        TimeLimits.Builder limits = TimeLimits.builder();
        try (PreparedStatement ps = c.prepareStatement("SELECT step, grade, amount, unit, source FROM time_limit");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                WorkflowStep step = WorkflowStep.valueOf(rs.getString(1));
                HazardGrade grade = HazardGrade.valueOf(rs.getString(2));
                limits.limit(step, grade, new TimeLimit(rs.getLong(3), TimeUnitKind.valueOf(rs.getString(4))));
                String source = rs.getString(5);
                if (source != null && !source.isBlank()) {
                    limits.source(step, grade, source);
                }
            }
        }
        return limits.build();
    }

    private static void saveCalendar(Connection c, WorkCalendar calendar) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_calendar (id, time_zone, opening, closing,"
                + " working_weekdays, windows, covers_first, covers_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, CALENDAR_ROW);
            ps.setString(2, calendar.zone().getId());
            ps.setString(3, calendar.opening().toString());
            ps.setString(4, calendar.closing().toString());
            ps.setString(
                    5,
                    calendar.workingWeekdays().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
            ps.setString(
                    6,
                    calendar.windows().stream()
                            .map(WorkCalendar.Window::toString)
                            .collect(Collectors.joining(" ")));
            setNullableYear(ps, 7, calendar.firstCoveredYear());
            setNullableYear(ps, 8, calendar.lastCoveredYear());
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO calendar_day (cal_date, kind, name) VALUES (?, ?, ?)")) {
            for (Map.Entry<LocalDate, String> e : calendar.holidays().entrySet()) {
                day(ps, e.getKey(), "HOLIDAY", e.getValue());
            }
            for (Map.Entry<LocalDate, String> e : calendar.swappedWorkdays().entrySet()) {
                day(ps, e.getKey(), "WORKDAY", e.getValue());
            }
            ps.executeBatch();
        }
    }

    private static void setNullableYear(PreparedStatement ps, int index, Optional<Year> year) throws SQLException {
        if (year.isPresent()) {
            ps.setInt(index, year.get().getValue());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    private static void day(PreparedStatement ps, LocalDate date, String kind, String name) throws SQLException {
        ps.setObject(1, date);
        ps.setString(2, kind);
        ps.setString(3, name);
        ps.addBatch();
    }

    private static WorkCalendar loadCalendar(Connection c) throws SQLException {
        WorkCalendar.Builder b = WorkCalendar.builder();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT time_zone, opening, closing, working_weekdays, windows, covers_first, covers_last"
                        + " FROM work_calendar WHERE id = ?")) {
            ps.setInt(1, CALENDAR_ROW);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException(
                            "no grid directory was saved in this database; call JdbcGridDirectory.save first", null);
                }
                Set<DayOfWeek> weekend = EnumSet.allOf(DayOfWeek.class);
                Arrays.stream(rs.getString(4).split(","))
                        .filter(s -> !s.isEmpty())
                        .map(DayOfWeek::valueOf)
                        .forEach(weekend::remove);
                b.zone(ZoneId.of(rs.getString(1)))
                        .hours(LocalTime.parse(rs.getString(2)), LocalTime.parse(rs.getString(3)))
                        .weekend(weekend);
                String windows = rs.getString(5);
                if (windows != null) {
                    List<WorkCalendar.Window> list = new ArrayList<>();
                    for (String w : windows.split(" ")) {
                        String[] ends = w.split("-");
                        list.add(new WorkCalendar.Window(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
                    }
                    b.windows(list);
                }
                int first = rs.getInt(6);
                boolean covered = !rs.wasNull();
                int last = rs.getInt(7);
                if (covered && !rs.wasNull()) {
                    b.covers(Year.of(first), Year.of(last));
                }
            }
        }
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT cal_date, kind, name FROM calendar_day ORDER BY cal_date");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate date = rs.getObject(1, LocalDate.class);
                if ("HOLIDAY".equals(rs.getString(2))) {
                    b.holiday(date, rs.getString(3));
                } else {
                    b.workday(date, rs.getString(3));
                }
            }
        }
        return b.build();
    }
}
