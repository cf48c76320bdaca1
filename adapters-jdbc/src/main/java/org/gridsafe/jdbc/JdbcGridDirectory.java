package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.gridsafe.port.DatedCalendar;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DatedGrid;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangePage;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.port.DirectoryChangeRefusedException;
import org.gridsafe.port.DirectorySnapshot;
import org.gridsafe.port.GridDirectoryHistory;
import org.gridsafe.port.WritableGridDirectory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * The district's reference data in the database: grids (boundaries as WKT), staff, responsibility
 * chains, departments, duty rules, time limits and the work calendar, with every version a
 * replacement recorded ({@link GridDirectoryHistory}).
 *
 * <p>{@link #replace(GridTree, DutyMatrix, TimeLimits, WorkCalendar, DirectoryChange)} writes the
 * new data and its history row (who, why, when, from which day, what changed) in one transaction,
 * after locking the history's head row, so concurrent replacements are recorded one after the
 * other; a replacement that changes nothing writes nothing. {@link #save} is a replacement by the
 * system with {@link DirectoryChange#UNSTATED_REASON}, effective today (saving the same directory
 * twice leaves the same rows). Reads come from a snapshot loaded by {@link #reload()} (and by a
 * replacement); the getters return the same instances until then, so callers may cache what they
 * derive from them.
 *
 * <pre>{@code
 * JdbcGridDirectory directory = storage.directory();
 * directory.save(tree, matrix, TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
 * GridSafe gridSafe = GridSafe.builder().directory(directory)...build();
 * }</pre>
 */
public final class JdbcGridDirectory implements WritableGridDirectory, GridDirectoryHistory {

    private static final int CALENDAR_ROW = 1;

    /** The reason recorded for a directory that was stored before its history was kept. */
    public static final String LEGACY_REASON = "启用目录历史之前已保存的目录";

    private final Transactions tx;
    private final Clock clock;
    private volatile DirectorySnapshot snapshot;
    /** The history version {@link #snapshot} is (0 before any recorded change); guarded by this. */
    private long snapshotVersion;

    JdbcGridDirectory(Transactions tx) {
        this(tx, Clock.systemUTC());
    }

    JdbcGridDirectory(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces the stored directory with this one, atomically, and makes it the current snapshot:
     * recorded as the system's change with {@link DirectoryChange#UNSTATED_REASON}, effective today
     * in the calendar's zone.
     */
    public void save(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
        record(new DirectorySnapshot(grids, dutyMatrix, timeLimits, calendar), Optional.empty());
    }

    /** The same as {@link #save}: one transaction, so a failed replacement leaves the stored data as it was. */
    @Override
    public void replace(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
        save(grids, dutyMatrix, timeLimits, calendar);
    }

    /**
     * Replaces the stored directory and records the change, in one transaction; nothing is written
     * when the data is the stored data already.
     *
     * @throws DirectoryChangeRefusedException when the effective day is before the last recorded
     *     change's or after today in the new calendar's zone (nothing is written)
     */
    @Override
    public void replace(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            DirectoryChange change) {
        Objects.requireNonNull(change, "change");
        record(new DirectorySnapshot(grids, dutyMatrix, timeLimits, calendar), Optional.of(change));
    }

    /**
     * Writes {@code after} and records it. Without a change: as the system's, with the unstated
     * reason, effective today or on the last change's day when that is later (another zone's
     * today may be), so a replacement without a change is never refused.
     */
    private void record(DirectorySnapshot after, Optional<DirectoryChange> given) {
        ZoneId zone = after.workCalendar().zone();
        long version = tx.inTransaction("replace the grid directory", c -> {
            long last = lockHead(c);
            Optional<VersionHead> lastHead = last == 0 ? Optional.empty() : Optional.of(versionHead(c, last));
            LocalDate today = today(zone);
            DirectoryChange change;
            if (given.isPresent()) {
                change = given.get();
                DirectoryChangeRefusedException.checkEffectiveDay(
                        change, lastHead.map(VersionHead::asRecord), today, zone);
            } else {
                LocalDate day = lastHead.map(VersionHead::effectiveFrom)
                        .filter(d -> d.isAfter(today))
                        .orElse(today);
                change = DirectoryChange.unstated(day);
            }
            Optional<DirectorySnapshot> before = hasData(c) ? Optional.of(load(c)) : Optional.empty();
            List<DirectoryChangeItem> items = DirectoryChangeItem.between(before, after);
            if (items.isEmpty()) {
                // Nothing changed: the stored version already holds exactly this data.
                return last;
            }
            writeCurrent(c, after);
            DirectoryChangeRecord record = DirectoryChangeRecord.sealed(
                    last + 1,
                    change,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    items,
                    lastHead.map(VersionHead::hash).orElse(""));
            writeVersion(c, record, before, after);
            writeDutyVersion(c, record.version(), before, after);
            writeCalendarVersion(c, record.version(), before, after);
            return record.version();
        });
        offer(after, version);
    }

    /**
     * Makes {@code data} the current snapshot unless a later version already is: concurrent
     * writers commit one after the other under the head row's lock, but may return in another
     * order, and the last to return must not put an older version back.
     */
    private synchronized void offer(DirectorySnapshot data, long version) {
        if (snapshot == null || version >= snapshotVersion) {
            snapshot = data;
            snapshotVersion = version;
        }
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Whether a directory has been saved to this database. */
    public boolean isSaved() {
        return tx.autoCommit("look for a saved grid directory", JdbcGridDirectory::hasData);
    }

    private static boolean hasData(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM work_calendar");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * Loads the stored directory into a new snapshot.
     *
     * @throws StorageException if nothing was saved yet, or the stored data is invalid
     */
    public void reload() {
        Loaded loaded = tx.inTransaction("load the grid directory", c -> new Loaded(load(c), headVersion(c)));
        offer(loaded.data(), loaded.version());
    }

    /** The stored directory and the history version it is, read in one transaction. */
    private record Loaded(DirectorySnapshot data, long version) {}

    static DirectorySnapshot load(Connection c) throws SQLException {
        return load(c, true);
    }

    /**
     * The stored directory; {@code withNotices} false for a migration that runs before the
     * calendar's notices have their table (migration 26).
     */
    static DirectorySnapshot load(Connection c, boolean withNotices) throws SQLException {
        WorkCalendar calendar = loadCalendar(c, withNotices);
        return new DirectorySnapshot(loadGrids(c), loadDuty(c), loadLimits(c), calendar);
    }

    private DirectorySnapshot current() {
        DirectorySnapshot s = snapshot;
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
        return current().workCalendar();
    }

    // ---- history ----

    private record VersionHead(long version, LocalDate effectiveFrom, String hash) {
        /** Only what the effective-day rule reads. */
        DirectoryChangeRecord asRecord() {
            return new DirectoryChangeRecord(
                    version, "", "", "", java.time.Instant.EPOCH, effectiveFrom, List.of(), "", hash);
        }
    }

    private static long headVersion(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT last_version FROM directory_history_head WHERE singleton = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT last_version FROM directory_history_head WHERE singleton = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StorageException("the directory history's head row is missing", null);
            }
            return rs.getLong(1);
        }
    }

    private static VersionHead versionHead(Connection c, long version) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT effective_from, hash FROM directory_version WHERE version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("directory version " + version + " is missing", null);
                }
                return new VersionHead(version, rs.getObject(1, LocalDate.class), rs.getString(2));
            }
        }
    }

    /** Deletes the current data and writes {@code data} in its place. */
    private static void writeCurrent(Connection c, DirectorySnapshot data) throws SQLException {
        for (String table : List.of(
                "grid_staff",
                "grid_responsible",
                "grid",
                "duty_rule",
                "department",
                "time_limit",
                "calendar_day",
                "calendar_notice",
                "work_calendar")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                ps.executeUpdate();
            }
        }
        saveGrids(c, data.grids());
        saveDuty(c, data.dutyMatrix());
        saveLimits(c, data.timeLimits());
        saveCalendar(c, data.workCalendar());
    }

    /**
     * Records {@code record}: its row, its items, the versions of the grids it added or changed (and
     * the end of the versions it replaced or removed), and the head. Package-private for the
     * migration that records a directory stored before the history was kept.
     */
    static void writeVersion(
            Connection c, DirectoryChangeRecord record, Optional<DirectorySnapshot> before, DirectorySnapshot after)
            throws SQLException {
        long v = record.version();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO directory_version (version, actor_id, actor_name,"
                + " reason, recorded_at, effective_from, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, v);
            ps.setString(2, record.actorId());
            ps.setString(3, record.actorName());
            ps.setString(4, record.reason());
            ps.setObject(5, record.recordedAt().atOffset(ZoneOffset.UTC));
            ps.setObject(6, record.effectiveFrom());
            ps.setString(7, record.previousHash());
            ps.setString(8, record.hash());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO directory_change_item (version, ord, kind, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (DirectoryChangeItem item : record.items()) {
                ps.setLong(1, v);
                ps.setInt(2, ord++);
                ps.setString(3, item.kind().name());
                ps.setString(4, item.subject());
                ps.setString(5, item.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<GridCode, Grid> old = new LinkedHashMap<>();
        before.ifPresent(b -> b.grids().grids().forEach(g -> old.put(g.code(), g)));
        List<GridCode> closed = new ArrayList<>();
        List<Grid> written = new ArrayList<>();
        for (Grid g : after.grids().grids()) {
            Grid was = old.remove(g.code());
            if (was == null || !was.equals(g)) {
                if (was != null) {
                    closed.add(g.code());
                }
                written.add(g);
            }
        }
        closed.addAll(old.keySet());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE grid_version SET to_version = ? WHERE grid_code = ? AND to_version IS NULL")) {
            for (GridCode code : closed) {
                ps.setLong(1, v);
                ps.setString(2, code.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeGridVersions(c, v, written);
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE directory_history_head SET last_version = ? WHERE singleton = 1")) {
            ps.setLong(1, v);
            ps.executeUpdate();
        }
    }

    private static void writeGridVersions(Connection c, long v, List<Grid> grids) throws SQLException {
        WKTWriter wkt = new WKTWriter();
        try (PreparedStatement grid = c.prepareStatement("INSERT INTO grid_version (grid_code, from_version,"
                        + " to_version, name, boundary_wkt) VALUES (?, ?, NULL, ?, ?)");
                PreparedStatement staff = c.prepareStatement("INSERT INTO grid_version_staff (grid_code,"
                        + " from_version, ord, person_id, display_name, grid_role) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement chain = c.prepareStatement("INSERT INTO grid_version_responsible (grid_code,"
                        + " from_version, responsible_role, person_id, display_name) VALUES (?, ?, ?, ?, ?)")) {
            for (Grid g : grids) {
                grid.setString(1, g.code().value());
                grid.setLong(2, v);
                grid.setString(3, g.name());
                if (g.boundary().isPresent()) {
                    grid.setString(4, wkt.write(g.boundary().get()));
                } else {
                    grid.setNull(4, Types.VARCHAR);
                }
                grid.addBatch();
                int ord = 0;
                for (StaffAssignment s : g.staff()) {
                    staff.setString(1, g.code().value());
                    staff.setLong(2, v);
                    staff.setInt(3, ord++);
                    staff.setString(4, s.personId());
                    staff.setString(5, s.displayName());
                    staff.setString(6, s.role().name());
                    staff.addBatch();
                }
                for (Map.Entry<ResponsibleRole, ResponsiblePerson> e :
                        g.responsibilityChain().holders().entrySet()) {
                    chain.setString(1, g.code().value());
                    chain.setLong(2, v);
                    chain.setString(3, e.getKey().name());
                    chain.setString(4, e.getValue().personId());
                    chain.setString(5, e.getValue().displayName());
                    chain.addBatch();
                }
            }
            grid.executeBatch();
            staff.executeBatch();
            chain.executeBatch();
        }
    }

    /**
     * Records the departments, duty rules and time limits version {@code v} wrote (all of them for
     * the first version) and ends the rows it replaced: a department by its id, the rules and the
     * limits as a whole. Not part of {@link #writeVersion}, which the migration of schema version
     * 19.1 also calls before these tables exist (schema version 27 fills them for older databases).
     */
    private static void writeDutyVersion(
            Connection c, long v, Optional<DirectorySnapshot> before, DirectorySnapshot after) throws SQLException {
        Map<DepartmentId, Department> old = new LinkedHashMap<>();
        before.ifPresent(b -> b.dutyMatrix().departments().forEach(d -> old.put(d.id(), d)));
        List<DepartmentId> closed = new ArrayList<>();
        List<Department> written = new ArrayList<>();
        for (Department d : after.dutyMatrix().departments()) {
            Department was = old.remove(d.id());
            if (was == null || !was.equals(d)) {
                if (was != null) {
                    closed.add(d.id());
                }
                written.add(d);
            }
        }
        closed.addAll(old.keySet());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE department_version SET to_version = ? WHERE department_id = ? AND to_version IS NULL")) {
            for (DepartmentId id : closed) {
                ps.setLong(1, v);
                ps.setString(2, id.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO department_version (department_id, from_version,"
                + " to_version, zh_name, en_name, domains) VALUES (?, ?, NULL, ?, ?, ?)")) {
            for (Department d : written) {
                ps.setString(1, d.id().value());
                ps.setLong(2, v);
                ps.setString(3, d.zhName());
                ps.setString(4, d.enName());
                ps.setString(5, d.domains().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (before.isEmpty()
                || !before.get().dutyMatrix().rules().equals(after.dutyMatrix().rules())) {
            closeAll(c, "duty_rule_version", v);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duty_rule_version (from_version, to_version,"
                    + " ord, safety_domain, hazard_prefix, grade, grid_level, department_id)"
                    + " VALUES (?, NULL, ?, ?, ?, ?, ?, ?)")) {
                int ord = 0;
                for (DutyRule r : after.dutyMatrix().rules()) {
                    ps.setLong(1, v);
                    ps.setInt(2, ord++);
                    ps.setString(3, r.domain().name());
                    ps.setString(4, r.hazardPrefix().map(HazardCode::value).orElse(null));
                    ps.setString(5, r.grade().map(Enum::name).orElse(null));
                    ps.setString(6, r.gridLevel().map(Enum::name).orElse(null));
                    ps.setString(7, r.department().value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (before.isEmpty() || !before.get().timeLimits().equals(after.timeLimits())) {
            closeAll(c, "time_limit_version", v);
            TimeLimits limits = after.timeLimits();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO time_limit_version (from_version, to_version,"
                    + " step, grade, amount, unit, source) VALUES (?, NULL, ?, ?, ?, ?, ?)")) {
                for (WorkflowStep step : WorkflowStep.values()) {
                    for (HazardGrade grade : HazardGrade.values()) {
                        Optional<TimeLimit> limit = limits.find(step, grade);
                        if (limit.isPresent()) {
                            ps.setLong(1, v);
                            ps.setString(2, step.name());
                            ps.setString(3, grade.name());
                            ps.setLong(4, limit.get().amount());
                            ps.setString(5, limit.get().unit().name());
                            ps.setString(6, limits.source(step, grade).orElse(null));
                            ps.addBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * Records the calendar version {@code v} loaded, when it changed the calendar (always for the
     * first version), and ends the row it replaced; the calendar is kept as a whole.
     */
    private static void writeCalendarVersion(
            Connection c, long v, Optional<DirectorySnapshot> before, DirectorySnapshot after) throws SQLException {
        if (before.isPresent() && before.get().workCalendar().equals(after.workCalendar())) {
            return;
        }
        closeAll(c, "calendar_version", v);
        saveCalendar(c, after.workCalendar(), OptionalLong.of(v));
    }

    private static void closeAll(Connection c, String table, long v) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE " + table + " SET to_version = ? WHERE to_version IS NULL")) {
            ps.setLong(1, v);
            ps.executeUpdate();
        }
    }

    /** The version in force on {@code day}: the last recorded one whose effective day is not after it. */
    private static Optional<VersionHead> versionOn(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, effective_from, hash FROM directory_version"
                + " WHERE effective_from <= ? ORDER BY version DESC LIMIT 1")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new VersionHead(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)));
            }
        }
    }

    /**
     * The departments, duty rules and time limits of the version in force on {@code day}; empty
     * before the first version, and for versions recorded before schema version 27 except the
     * latest one then (whose data the migration kept).
     */
    @Override
    public Optional<DatedDuties> dutiesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return tx.inSnapshot("read the departments, duty rules and time limits on " + day, c -> {
            Optional<VersionHead> inForce = versionOn(c, day);
            if (inForce.isEmpty()) {
                return Optional.empty();
            }
            long v = inForce.get().version();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT duties_since FROM directory_history_head WHERE singleton = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("the directory history's head row is missing", null);
                }
                if (v < rs.getLong(1)) {
                    return Optional.empty();
                }
            }
            String valid = " WHERE from_version <= ? AND (to_version IS NULL OR to_version > ?)";
            DutyMatrix matrix;
            try (PreparedStatement departments =
                            c.prepareStatement("SELECT department_id, zh_name, en_name, domains FROM department_version"
                                    + valid + " ORDER BY department_id");
                    PreparedStatement rules = c.prepareStatement("SELECT safety_domain, hazard_prefix, grade,"
                            + " grid_level, department_id FROM duty_rule_version" + valid + " ORDER BY ord")) {
                bindVersion(departments, v);
                bindVersion(rules, v);
                matrix = readDuty(departments, rules);
            }
            TimeLimits limits;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT step, grade, amount, unit, source FROM time_limit_version" + valid)) {
                bindVersion(ps, v);
                limits = readLimits(ps);
            }
            return Optional.of(new DatedDuties(matrix, limits, v, inForce.get().effectiveFrom()));
        });
    }

    /**
     * The work calendar of the version in force on {@code day}, with the version that loaded it;
     * empty before the first version, and for versions recorded before schema version 31 except
     * the latest one then (whose calendar the migration kept).
     */
    @Override
    public Optional<DatedCalendar> calendarOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return tx.inSnapshot("read the work calendar on " + day, c -> {
            Optional<VersionHead> inForce = versionOn(c, day);
            if (inForce.isEmpty()) {
                return Optional.empty();
            }
            long v = inForce.get().version();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT calendar_since FROM directory_history_head WHERE singleton = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("the directory history's head row is missing", null);
                }
                if (v < rs.getLong(1)) {
                    return Optional.empty();
                }
            }
            long loadedIn;
            try (PreparedStatement ps = c.prepareStatement("SELECT from_version FROM calendar_version"
                    + " WHERE from_version <= ? AND (to_version IS NULL OR to_version > ?)")) {
                bindVersion(ps, v);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StorageException("the work calendar of directory version " + v + " is missing", null);
                    }
                    loadedIn = rs.getLong(1);
                }
            }
            WorkCalendar calendar = loadCalendar(c, true, OptionalLong.of(loadedIn));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT effective_from, actor_id, actor_name FROM directory_version WHERE version = ?")) {
                ps.setLong(1, loadedIn);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StorageException("directory version " + loadedIn + " is missing", null);
                    }
                    return Optional.of(new DatedCalendar(
                            calendar,
                            v,
                            inForce.get().effectiveFrom(),
                            loadedIn,
                            rs.getObject(1, LocalDate.class),
                            rs.getString(2),
                            rs.getString(3)));
                }
            }
        });
    }

    private static void bindVersion(PreparedStatement ps, long v) throws SQLException {
        ps.setLong(1, v);
        ps.setLong(2, v);
    }

    @Override
    public Optional<DatedGrid> gridOn(GridCode grid, LocalDate day) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(day, "day");
        return tx.inSnapshot("read grid " + grid.value() + " on " + day, c -> {
            long version;
            LocalDate effective;
            try (PreparedStatement ps = c.prepareStatement("SELECT version, effective_from FROM directory_version"
                    + " WHERE effective_from <= ? ORDER BY version DESC LIMIT 1")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    version = rs.getLong(1);
                    effective = rs.getObject(2, LocalDate.class);
                }
            }
            Grid.Builder b;
            long from;
            try (PreparedStatement ps = c.prepareStatement("SELECT from_version, name, boundary_wkt FROM grid_version"
                    + " WHERE grid_code = ? AND from_version <= ? AND (to_version IS NULL OR to_version > ?)")) {
                ps.setString(1, grid.value());
                ps.setLong(2, version);
                ps.setLong(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    from = rs.getLong(1);
                    b = Grid.builder().code(grid).name(rs.getString(2));
                    String boundary = rs.getString(3);
                    if (boundary != null) {
                        try {
                            b.boundary(new WKTReader().read(boundary));
                        } catch (ParseException e) {
                            throw new StorageException(
                                    "grid " + grid.value() + " version " + from + " has an unreadable boundary", e);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, display_name, grid_role FROM"
                    + " grid_version_staff WHERE grid_code = ? AND from_version = ? ORDER BY ord")) {
                ps.setString(1, grid.value());
                ps.setLong(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.addStaff(new StaffAssignment(
                                rs.getString(1), rs.getString(2), GridRole.valueOf(rs.getString(3))));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT responsible_role, person_id, display_name FROM"
                    + " grid_version_responsible WHERE grid_code = ? AND from_version = ?")) {
                ps.setString(1, grid.value());
                ps.setLong(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.responsible(
                                ResponsibleRole.valueOf(rs.getString(1)),
                                new ResponsiblePerson(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return Optional.of(new DatedGrid(b.build(), version, effective));
        });
    }

    @Override
    public DirectoryChangePage changes(long offset, int limit) {
        GridDirectoryHistory.checkPage(offset, limit);
        return tx.inSnapshot("read the directory's changes", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM directory_version");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<DirectoryChangeRecord> page = records(
                    c,
                    "SELECT version, actor_id, actor_name, reason, recorded_at, effective_from, previous_hash, hash"
                            + " FROM directory_version ORDER BY version DESC LIMIT " + limit + " OFFSET " + offset);
            return new DirectoryChangePage(page, total);
        });
    }

    /**
     * Checks the recorded history's hash chain: every record's hash matches its content and names
     * the previous record's hash, and the versions run from 1 without gaps. Returns one line per
     * problem (empty: intact).
     */
    public List<String> verifyHistory() {
        return tx.inSnapshot("verify the directory's history", c -> {
            List<DirectoryChangeRecord> all = records(
                    c,
                    "SELECT version, actor_id, actor_name, reason, recorded_at, effective_from, previous_hash, hash"
                            + " FROM directory_version ORDER BY version");
            List<String> problems = new ArrayList<>();
            String previous = "";
            long expected = 1;
            for (DirectoryChangeRecord r : all) {
                if (r.version() != expected) {
                    problems.add("directory version " + expected + " is missing (found " + r.version() + ")");
                    expected = r.version();
                }
                if (!r.previousHash().equals(previous)) {
                    problems.add("directory version " + r.version() + " does not name the hash of the version before");
                }
                if (!r.hashMatches()) {
                    problems.add("directory version " + r.version() + " was changed after it was recorded: its hash"
                            + " does not match its content");
                }
                previous = r.hash();
                expected++;
            }
            return problems;
        });
    }

    private static List<DirectoryChangeRecord> records(Connection c, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7),
                    rs.getString(8)
                });
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (Object[] row : rows) {
            low = Math.min(low, (Long) row[0]);
            high = Math.max(high, (Long) row[0]);
        }
        Map<Long, List<DirectoryChangeItem>> items = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, kind, subject, detail FROM"
                + " directory_change_item WHERE version BETWEEN ? AND ? ORDER BY version, ord")) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DirectoryChangeItem(
                                    DirectoryChangeItem.Kind.valueOf(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getString(4)));
                }
            }
        }
        List<DirectoryChangeRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long version = (Long) row[0];
            records.add(new DirectoryChangeRecord(
                    version,
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (java.time.Instant) row[4],
                    (LocalDate) row[5],
                    items.getOrDefault(version, List.of()),
                    (String) row[6],
                    (String) row[7]));
        }
        return records;
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
        try (PreparedStatement departments =
                        c.prepareStatement("SELECT id, zh_name, en_name, domains FROM department ORDER BY id");
                PreparedStatement rules = c.prepareStatement("SELECT safety_domain, hazard_prefix, grade, grid_level,"
                        + " department_id FROM duty_rule ORDER BY ord")) {
            return readDuty(departments, rules);
        }
    }

    /** The matrix of the rows the two bound queries answer: (id, zh_name, en_name, domains) and the rules. */
    private static DutyMatrix readDuty(PreparedStatement departments, PreparedStatement rules) throws SQLException {
        DutyMatrix.Builder matrix = DutyMatrix.builder();
        try (ResultSet rs = departments.executeQuery()) {
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
        try (ResultSet rs = rules.executeQuery()) {
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
        try (PreparedStatement ps = c.prepareStatement("SELECT step, grade, amount, unit, source FROM time_limit")) {
            return readLimits(ps);
        }
    }

    /** The time limits of the rows the bound query answers: (step, grade, amount, unit, source). */
    private static TimeLimits readLimits(PreparedStatement ps) throws SQLException {
        TimeLimits.Builder limits = TimeLimits.builder();
        try (ResultSet rs = ps.executeQuery()) {
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
        saveCalendar(c, calendar, OptionalLong.empty());
    }

    /**
     * Writes {@code calendar} into the current tables, or with {@code version} into the version
     * tables as the calendar that version loaded (its days and notices keyed by the same version).
     */
    private static void saveCalendar(Connection c, WorkCalendar calendar, OptionalLong version) throws SQLException {
        boolean kept = version.isPresent();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO "
                + (kept ? "calendar_version (from_version" : "work_calendar (id")
                + ", time_zone, opening, closing, working_weekdays, windows, covers_first, covers_last)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (kept) {
                ps.setLong(1, version.getAsLong());
            } else {
                ps.setInt(1, CALENDAR_ROW);
            }
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
        try (PreparedStatement ps = c.prepareStatement(
                kept
                        ? "INSERT INTO calendar_day_version (from_version, cal_date, kind, name) VALUES (?, ?, ?, ?)"
                        : "INSERT INTO calendar_day (cal_date, kind, name) VALUES (?, ?, ?)")) {
            for (Map.Entry<LocalDate, String> e : calendar.holidays().entrySet()) {
                day(ps, version, e.getKey(), "HOLIDAY", e.getValue());
            }
            for (Map.Entry<LocalDate, String> e : calendar.swappedWorkdays().entrySet()) {
                day(ps, version, e.getKey(), "WORKDAY", e.getValue());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                kept
                        ? "INSERT INTO calendar_notice_version (from_version, covered_year, source) VALUES (?, ?, ?)"
                        : "INSERT INTO calendar_notice (covered_year, source) VALUES (?, ?)")) {
            int at = kept ? 2 : 1;
            for (Map.Entry<Year, String> e : calendar.notices().entrySet()) {
                if (kept) {
                    ps.setLong(1, version.getAsLong());
                }
                ps.setInt(at, e.getKey().getValue());
                ps.setString(at + 1, e.getValue());
                ps.addBatch();
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

    private static void day(PreparedStatement ps, OptionalLong version, LocalDate date, String kind, String name)
            throws SQLException {
        int at = 1;
        if (version.isPresent()) {
            ps.setLong(at++, version.getAsLong());
        }
        ps.setObject(at, date);
        ps.setString(at + 1, kind);
        ps.setString(at + 2, name);
        ps.addBatch();
    }

    private static WorkCalendar loadCalendar(Connection c, boolean withNotices) throws SQLException {
        return loadCalendar(c, withNotices, OptionalLong.empty());
    }

    /** The current calendar, or with {@code loadedIn} the calendar that version loaded (from the version tables). */
    private static WorkCalendar loadCalendar(Connection c, boolean withNotices, OptionalLong loadedIn)
            throws SQLException {
        WorkCalendar.Builder b = WorkCalendar.builder();
        boolean kept = loadedIn.isPresent();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT time_zone, opening, closing, working_weekdays, windows, covers_first, covers_last"
                        + (kept
                                ? " FROM calendar_version WHERE from_version = ?"
                                : " FROM work_calendar WHERE id = ?"))) {
            if (kept) {
                ps.setLong(1, loadedIn.getAsLong());
            } else {
                ps.setInt(1, CALENDAR_ROW);
            }
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
        try (PreparedStatement ps = c.prepareStatement(
                kept
                        ? "SELECT cal_date, kind, name FROM calendar_day_version WHERE from_version = ? ORDER BY cal_date"
                        : "SELECT cal_date, kind, name FROM calendar_day ORDER BY cal_date")) {
            if (kept) {
                ps.setLong(1, loadedIn.getAsLong());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate date = rs.getObject(1, LocalDate.class);
                    if ("HOLIDAY".equals(rs.getString(2))) {
                        b.holiday(date, rs.getString(3));
                    } else {
                        b.workday(date, rs.getString(3));
                    }
                }
            }
        }
        if (withNotices) {
            try (PreparedStatement ps = c.prepareStatement(
                    kept
                            ? "SELECT covered_year, source FROM calendar_notice_version WHERE from_version = ?"
                                    + " ORDER BY covered_year"
                            : "SELECT covered_year, source FROM calendar_notice ORDER BY covered_year")) {
                if (kept) {
                    ps.setLong(1, loadedIn.getAsLong());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.notice(Year.of(rs.getInt(1)), rs.getString(2));
                    }
                }
            }
        }
        return b.build();
    }
}
