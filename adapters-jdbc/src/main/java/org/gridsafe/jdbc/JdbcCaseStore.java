package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseOriginTakenException;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;

/**
 * Cases over JDBC: the {@code case_event} log, the {@code case_view} projection and the
 * {@code outbox}, all written in one transaction per {@link CaseChange}.
 *
 * <p>The version guard is two-fold: the projection row is updated only {@code WHERE version =
 * expected} (which also locks it, so writers of one case queue up instead of deadlocking), and the
 * primary key (case_id, seq) refuses any event whose version is taken: on PostgreSQL, where the
 * writes go together, that is usually what a stale writer hits first. Every refusal is a
 * {@link ConcurrentUpdateException} naming the version stored now, with the transaction rolled back.
 * A new case's origin is written once with it, under a unique index: a second case of the same
 * origin is refused by the database and answered as {@link CaseOriginTakenException}.
 */
final class JdbcCaseStore implements CaseStore, CaseQueries {

    private static final String VIEW_COLUMNS = "version, state, is_open, grid_code, department_id, deadline,"
            + " escalation_rung, grade, safety_domain, hazard_code, description, reported_at, state_since,"
            + " finished_at, snapshot_version, snapshot, registered_at, dispatched_at, rectified_at, verified_at,"
            + " closed_on_time, rework_count, extension_count, entity_id, entity_sectors, entity_risk_level,"
            + " entity_class, written_run";

    private final Transactions tx;
    private final Dialect dialect;
    private final JsonCodec json;
    private final StorageRuns runs;

    JdbcCaseStore(Transactions tx, Dialect dialect, JsonCodec json, StorageRuns runs) {
        this.tx = tx;
        this.dialect = dialect;
        this.json = json;
        this.runs = runs;
    }

    @Override
    public boolean durable() {
        return true;
    }

    /** The major-hazard returns of the same database, so a host that wires this store keeps them too. */
    @Override
    public java.util.Optional<org.gridsafe.port.MajorHazardReturnStore> majorHazardReturnStore() {
        return java.util.Optional.of(new JdbcMajorHazardReturns(tx, dialect));
    }

    @Override
    public List<RecordedEvent> load(CaseId caseId) {
        return tx.autoCommit("load case " + caseId, c -> loadEvents(c, json, caseId));
    }

    /** The log of {@code caseId}, read on {@code c}. */
    static List<RecordedEvent> loadEvents(Connection c, JsonCodec json, CaseId caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, event_type, schema_version, payload, actor_id, occurred_at, previous_hash, hash"
                        + " FROM case_event WHERE case_id = ? ORDER BY seq")) {
            ps.setString(1, caseId.value());
            try (ResultSet rs = ps.executeQuery()) {
                List<RecordedEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new RecordedEvent(
                            caseId,
                            rs.getLong(1),
                            Instant.parse(rs.getString(6)),
                            rs.getString(5),
                            json.decodeEvent(rs.getString(2), rs.getInt(3), rs.getString(4)),
                            rs.getString(7),
                            rs.getString(8)));
                }
                return List.copyOf(events);
            }
        }
    }

    @Override
    public void append(CaseChange change) {
        // Encode before opening a transaction: a value the codec refuses never reaches the database.
        List<String> payloads = new ArrayList<>(change.events().size());
        for (RecordedEvent event : change.events()) {
            payloads.add(json.encodeEvent(event.event()));
        }
        String snapshot = json.encodeCase(change.result());
        List<String> notifications = new ArrayList<>(change.notifications().size());
        for (Notification n : change.notifications()) {
            notifications.add(json.encodeNotification(n));
        }
        try {
            tx.inTransaction("append to case " + change.caseId(), c -> {
                try {
                    // The view row is the version guard: its UPDATE ... WHERE version = expected (or the
                    // INSERT of a new case) locks the row and fails on a stale version, and the view is
                    // only ever written together with the events, so its version is the log's last seq.
                    // The log's primary key (case_id, seq) backs this up. No extra read per command.
                    if (dialect.sendsStatementsTogether()) {
                        writeTogether(c, change, snapshot, payloads, notifications);
                    } else {
                        writeOneByOne(c, change, snapshot, payloads, notifications);
                    }
                    DepartmentStepProjection.write(c, change.caseId(), change.events());
                    MajorHazardProjection.write(c, change.result(), change.events());
                    return null;
                } catch (SQLException e) {
                    if (dialect.isUniqueViolation(e)) {
                        throw new VersionTaken(e);
                    }
                    throw e;
                }
            });
        } catch (VersionTaken taken) {
            // A new case's origin may be what is taken (the unique index on the origin columns).
            Optional<CaseOrigin> origin =
                    change.expectedVersion() == 0 ? change.result().origin() : Optional.empty();
            if (origin.isPresent()) {
                Optional<CaseId> holder =
                        tx.autoCommit("find the case of origin " + origin.get(), c -> holderOf(c, origin.get()));
                if (holder.isPresent() && !holder.get().equals(change.caseId())) {
                    CaseOriginTakenException takenOrigin = new CaseOriginTakenException(origin.get(), holder.get());
                    takenOrigin.initCause(taken.getCause());
                    throw takenOrigin;
                }
            }
            // The transaction is rolled back (on PostgreSQL it is unusable after the error): read
            // the version stored now in a fresh one, so the refusal names it correctly.
            long actual =
                    tx.autoCommit("read the version of case " + change.caseId(), c -> maxSequence(c, change.caseId()));
            ConcurrentUpdateException raced =
                    ConcurrentUpdateException.at(change.caseId(), change.expectedVersion(), actual);
            raced.initCause(taken.getCause());
            throw raced;
        }
    }

    /** A duplicate key inside the append transaction: someone else holds this version. */
    private static final class VersionTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VersionTaken(SQLException cause) {
            super(cause);
        }
    }

    /**
     * PostgreSQL: the projection, the events and the outbox rows as one multi-statement query,
     * which pgjdbc sends in one round trip (the statements still run in order, in this
     * transaction). The benchmark showed round trips, not the server, dominating a command.
     */
    private void writeTogether(
            Connection c, CaseChange change, String snapshot, List<String> payloads, List<String> notifications)
            throws SQLException {
        StringBuilder sql = new StringBuilder(change.expectedVersion() == 0 ? INSERT_VIEW : UPDATE_VIEW);
        sql.append("; ").append(INSERT_EVENTS).append(rows(EVENT_ROW, payloads.size()));
        if (!notifications.isEmpty()) {
            sql.append("; ").append(INSERT_OUTBOX).append(rows(OUTBOX_ROW, notifications.size()));
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int next = bindView(ps, change, snapshot, runs.current());
            for (int i = 0; i < payloads.size(); i++) {
                next = bindEvent(ps, next, change.events().get(i), payloads.get(i));
            }
            OffsetDateTime due = dueTime(change);
            for (int i = 0; i < notifications.size(); i++) {
                next = bindOutbox(ps, next, change.notifications().get(i), notifications.get(i), due);
            }
            ps.execute(); // a failing statement (a duplicate event, say) throws here
            int viewRows = ps.getUpdateCount();
            while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
                // Drain the insert counts: the statements are done once all results are read.
            }
            if (viewRows != 1) {
                throw raceAt(c, change);
            }
        }
    }

    /** H2 (and the reference for other databases): the same statements, one round trip each. */
    private void writeOneByOne(
            Connection c, CaseChange change, String snapshot, List<String> payloads, List<String> notifications)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(change.expectedVersion() == 0 ? INSERT_VIEW : UPDATE_VIEW)) {
            bindView(ps, change, snapshot, runs.current());
            if (ps.executeUpdate() != 1) {
                throw raceAt(c, change);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS + EVENT_ROW)) {
            for (int i = 0; i < payloads.size(); i++) {
                bindEvent(ps, 1, change.events().get(i), payloads.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (notifications.isEmpty()) {
            return;
        }
        OffsetDateTime due = dueTime(change);
        try (PreparedStatement ps = c.prepareStatement(INSERT_OUTBOX + OUTBOX_ROW)) {
            for (int i = 0; i < notifications.size(); i++) {
                bindOutbox(ps, 1, change.notifications().get(i), notifications.get(i), due);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String rows(String row, int count) {
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    private static ConcurrentUpdateException raceAt(Connection c, CaseChange change) throws SQLException {
        return ConcurrentUpdateException.at(change.caseId(), change.expectedVersion(), maxSequence(c, change.caseId()));
    }

    /** Binds the projection statement (INSERT or UPDATE); returns the next parameter index. */
    private static int bindView(PreparedStatement ps, CaseChange change, String snapshot, long run)
            throws SQLException {
        Case r = change.result();
        bindView(ps, r, snapshot);
        bindEntity(ps, 24, r);
        // The writing run, for the start-up check; no run (0) is written as unknown (NULL).
        if (run > 0) {
            ps.setLong(28, run);
        } else {
            ps.setNull(28, Types.BIGINT);
        }
        ps.setString(29, r.id().value());
        if (change.expectedVersion() == 0) {
            ps.setString(30, r.source().name());
            setNullableString(ps, 31, r.origin().map(CaseOrigin::occurrence));
            setNullableString(ps, 32, r.origin().map(CaseOrigin::item));
            return 33;
        }
        ps.setLong(30, change.expectedVersion());
        return 31;
    }

    /**
     * The entity columns, four from {@code first}: its id, its sectors as {@code |A|B|} (so a whole
     * id is found with one LIKE), its risk level and its class code, as recorded on the case.
     */
    private static void bindEntity(PreparedStatement ps, int first, Case r) throws SQLException {
        Optional<CaseEntity> entity = r.entity();
        setNullableString(ps, first, entity.map(e -> e.id().value()));
        setNullableString(
                ps,
                first + 1,
                entity.filter(e -> !e.sectors().isEmpty()).map(e -> "|" + String.join("|", e.sectors()) + "|"));
        setNullableString(ps, first + 2, entity.flatMap(CaseEntity::riskLevel).map(Enum::name));
        setNullableString(
                ps, first + 3, entity.flatMap(CaseEntity::supervisionClass).map(SupervisionClass::code));
    }

    private static int bindEvent(PreparedStatement ps, int first, RecordedEvent e, String payload) throws SQLException {
        ps.setString(first, e.caseId().value());
        ps.setLong(first + 1, e.version());
        ps.setString(first + 2, e.event().type());
        ps.setInt(first + 3, JsonCodec.EVENT_SCHEMA_VERSION);
        ps.setString(first + 4, payload);
        ps.setString(first + 5, e.actorId());
        ps.setString(first + 6, e.at().toString());
        ps.setString(first + 7, e.previousHash());
        ps.setString(first + 8, e.hash());
        return first + 9;
    }

    private static int bindOutbox(PreparedStatement ps, int first, Notification n, String payload, OffsetDateTime due)
            throws SQLException {
        ps.setString(first, n.key());
        ps.setString(first + 1, n.caseId().value());
        ps.setLong(first + 2, n.caseVersion());
        ps.setString(first + 3, payload);
        ps.setObject(first + 4, due);
        ps.setObject(first + 5, due);
        return first + 6;
    }

    /** The store reads no clock: a notification is due from the time of the event that caused it. */
    private static OffsetDateTime dueTime(CaseChange change) {
        return utc(change.events().get(change.events().size() - 1).at());
    }

    private static void bindView(PreparedStatement ps, Case r, String snapshot) throws SQLException {
        ps.setLong(1, r.version());
        ps.setString(2, r.state().name());
        // is_open means "not finished": a suspended case (缓办) counts in the statistics' rows but has
        // no deadline, so the due and overdue queries, which also test the deadline, never find it.
        ps.setBoolean(3, !r.state().isFinished());
        ps.setString(4, r.grid().value());
        setNullableString(ps, 5, r.department().map(d -> d.value()));
        setNullableTime(ps, 6, r.deadline());
        ps.setString(7, r.escalationRung().name());
        ps.setString(8, r.grade().name());
        ps.setString(9, r.domain().name());
        ps.setString(10, r.hazard().value());
        ps.setString(11, r.description());
        ps.setObject(12, utc(r.reportedAt()));
        ps.setObject(13, utc(r.stateSince()));
        setNullableTime(ps, 14, r.finishedAt());
        ps.setInt(15, CaseSnapshot.VERSION);
        ps.setString(16, snapshot);
        bindStatistics(ps, 17, r);
    }

    /** The statistics columns as {@code SET} assignments, in {@link #bindStatistics} order. */
    static final String STATISTICS_ASSIGNMENTS = "registered_at = ?, dispatched_at = ?, rectified_at = ?,"
            + " verified_at = ?, closed_on_time = ?, rework_count = ?, extension_count = ?";

    // The source and the origin are written once: they never change after the report.
    private static final String INSERT_VIEW = "INSERT INTO case_view (" + VIEW_COLUMNS
            + ", case_id, case_source, origin_occurrence, origin_item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_VIEW = "UPDATE case_view SET version = ?, state = ?, is_open = ?,"
            + " grid_code = ?, department_id = ?, deadline = ?, escalation_rung = ?, grade = ?,"
            + " safety_domain = ?, hazard_code = ?, description = ?, reported_at = ?, state_since = ?,"
            + " finished_at = ?, snapshot_version = ?, snapshot = ?, " + STATISTICS_ASSIGNMENTS
            + ", entity_id = ?, entity_sectors = ?, entity_risk_level = ?, entity_class = ?"
            + ", written_run = ? WHERE case_id = ? AND version = ?";
    private static final String INSERT_EVENTS = "INSERT INTO case_event (case_id, seq, event_type, schema_version,"
            + " payload, actor_id, occurred_at, previous_hash, hash) VALUES ";
    private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX = "INSERT INTO outbox (notification_key, case_id, case_version,"
            + " payload, created_at, attempts, next_attempt_at) VALUES ";
    private static final String OUTBOX_ROW = "(?, ?, ?, ?, ?, 0, ?)";

    /**
     * Binds the step times and counters {@link JdbcCaseStatistics} reads, seven parameters from
     * {@code first}: registered_at, dispatched_at, rectified_at, verified_at, closed_on_time,
     * rework_count, extension_count.
     */
    static void bindStatistics(PreparedStatement ps, int first, Case r) throws SQLException {
        setNullableTime(ps, first, r.registeredAt());
        setNullableTime(ps, first + 1, r.dispatchedAt());
        setNullableTime(ps, first + 2, r.rectifiedAt());
        setNullableTime(ps, first + 3, r.verifiedAt());
        if (r.closedOnTime().isPresent()) {
            ps.setBoolean(first + 4, r.closedOnTime().get());
        } else {
            ps.setNull(first + 4, Types.BOOLEAN);
        }
        ps.setInt(first + 5, r.reworkCount());
        ps.setInt(first + 6, r.extensionCount());
    }

    private static long maxSequence(Connection c, CaseId caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM case_event WHERE case_id = ?")) {
            ps.setString(1, caseId.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Optional<Case> find(CaseId caseId) {
        return tx.autoCommit("find case " + caseId, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT case_id, snapshot_version, snapshot FROM case_view WHERE case_id = ?")) {
                ps.setString(1, caseId.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(snapshot(rs)) : Optional.<Case>empty();
                }
            }
        });
    }

    @Override
    public List<Case> findByOriginOccurrence(String occurrence) {
        return tx.autoCommit("find the cases of occurrence " + occurrence, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, snapshot_version, snapshot FROM case_view"
                    + " WHERE origin_occurrence = ? ORDER BY case_id")) {
                ps.setString(1, occurrence);
                List<Case> cases = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cases.add(snapshot(rs));
                    }
                }
                return List.copyOf(cases);
            }
        });
    }

    @Override
    public Optional<Case> findByOrigin(CaseOrigin origin) {
        return tx.autoCommit("find the case of origin " + origin, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, snapshot_version, snapshot FROM case_view"
                    + " WHERE origin_occurrence = ? AND origin_item = ?")) {
                ps.setString(1, origin.occurrence());
                ps.setString(2, origin.item());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(snapshot(rs)) : Optional.<Case>empty();
                }
            }
        });
    }

    private static Optional<CaseId> holderOf(Connection c, CaseOrigin origin) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT case_id FROM case_view WHERE origin_occurrence = ? AND origin_item = ?")) {
            ps.setString(1, origin.occurrence());
            ps.setString(2, origin.item());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CaseId.of(rs.getString(1))) : Optional.<CaseId>empty();
            }
        }
    }

    /** A statement and its arguments. */
    record Statement(String sql, List<Object> args) {}

    @Override
    public CasePage find(CaseQuery query) {
        Statement statement = pageStatement(query);
        String sql = statement.sql();
        List<Object> args = statement.args();
        return tx.autoCommit("query cases", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<Case> cases = new ArrayList<>();
                boolean more = false;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (cases.size() == query.limit()) {
                            more = true;
                            break;
                        }
                        cases.add(snapshot(rs));
                    }
                }
                return new CasePage(
                        cases, more ? Optional.of(cases.get(cases.size() - 1).id()) : Optional.empty());
            }
        });
    }

    /** The SQL of one page of {@code query} (one row more than the limit, to know if there is a next page). */
    Statement pageStatement(CaseQuery query) {
        StringBuilder sql = new StringBuilder("SELECT case_id, snapshot_version, snapshot FROM case_view WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!query.states().isEmpty()) {
            sql.append(" AND state IN (");
            String sep = "";
            for (CaseState state : query.states()) {
                sql.append(sep).append('?');
                args.add(state.name());
                sep = ", ";
            }
            sql.append(')');
        }
        query.withinGrid().ifPresent(grid -> {
            // Grid codes are digits only, so the prefix needs no LIKE escaping.
            sql.append(" AND grid_code LIKE ?");
            args.add(grid.value() + "%");
        });
        query.department().ifPresent(d -> {
            sql.append(" AND department_id = ?");
            args.add(d.value());
        });
        query.dueBefore().ifPresent(t -> {
            sql.append(" AND is_open AND deadline < ?");
            args.add(utc(t));
        });
        query.notDueBefore().ifPresent(t -> {
            // A closed case keeps its last deadline; NULL deadlines never count as due.
            sql.append(" AND (NOT is_open OR deadline IS NULL OR deadline >= ?)");
            args.add(utc(t));
        });
        query.grade().ifPresent(g -> {
            sql.append(" AND grade = ?");
            args.add(g.name());
        });
        query.domain().ifPresent(d -> {
            sql.append(" AND safety_domain = ?");
            args.add(d.name());
        });
        query.source().ifPresent(source -> {
            sql.append(" AND case_source = ?");
            args.add(source.name());
        });
        query.reportedFrom().ifPresent(t -> {
            sql.append(" AND reported_at >= ?");
            args.add(utc(t));
        });
        query.reportedUntil().ifPresent(t -> {
            sql.append(" AND reported_at <= ?");
            args.add(utc(t));
        });
        query.entity().ifPresent(e -> {
            sql.append(" AND entity_id = ?");
            args.add(e.value());
        });
        query.sector().ifPresent(sector -> {
            // A sector id is A-Z, 0-9 and '_': '_' is escaped so it is no LIKE wildcard.
            sql.append(" AND entity_sectors LIKE ? ESCAPE '!'");
            args.add("%|" + sector.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%");
        });
        query.riskLevel().ifPresent(level -> {
            sql.append(" AND entity_risk_level = ?");
            args.add(level.name());
        });
        query.supervisionClass().ifPresent(code -> {
            sql.append(" AND entity_class = ?");
            args.add(code);
        });
        query.text().ifPresent(text -> {
            sql.append(" AND ").append(dialect.descriptionContainsSql());
            args.add(text);
        });
        query.after().ifPresent(after -> {
            sql.append(" AND case_id > ?");
            args.add(after.value());
        });
        sql.append(" ORDER BY case_id LIMIT ?");
        args.add(query.limit() + 1);
        return new Statement(sql.toString(), args);
    }

    /** The case of a row; a snapshot in an older shape is rebuilt from the events instead. */
    private Case snapshot(ResultSet rs) throws SQLException {
        if (rs.getInt(2) == CaseSnapshot.VERSION) {
            return json.decodeCase(rs.getString(3));
        }
        List<RecordedEvent> events = load(CaseId.of(rs.getString(1)));
        return Case.replay(events);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setNullableString(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void setNullableTime(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            ps.setObject(index, utc(value.get()));
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }
}
