package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.stats.DepartmentStep;
import org.gridsafe.stats.DepartmentSteps;

/**
 * The {@code department_step} table (V14): written in the append transaction from the new events
 * ({@link DepartmentSteps#next}), starting from the case's latest stored step; and, as the Java
 * migration 14.1, filled for the cases written before it from their event logs.
 */
final class DepartmentStepProjection implements JavaMigration {

    private static final int BATCH = 500;

    private final JsonCodec json;

    DepartmentStepProjection(JsonCodec json) {
        this.json = json;
    }

    /** Applies {@code events} (one append, in order) to the steps of {@code caseId}. */
    static void write(Connection c, CaseId caseId, List<RecordedEvent> events) throws SQLException {
        Optional<DepartmentStep> latest = Optional.empty();
        boolean read = false;
        for (RecordedEvent e : events) {
            if (!DepartmentSteps.concerns(e.event())) {
                continue;
            }
            if (!read) {
                latest = latest(c, caseId);
                read = true;
            }
            DepartmentSteps.Change change = DepartmentSteps.next(latest, e);
            if (change.ended().isPresent()) {
                update(c, change.ended().get());
                latest = change.ended();
            }
            if (change.open().isPresent()) {
                DepartmentStep open = change.open().get();
                if (latest.isPresent() && latest.get().openedBy() == open.openedBy()) {
                    update(c, open);
                } else {
                    insert(c, open);
                }
                latest = change.open();
            }
        }
    }

    private static Optional<DepartmentStep> latest(Connection c, CaseId caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT opened_by, department_id, started_at, deadline,"
                + " ended_at, outcome FROM department_step WHERE case_id = ? ORDER BY opened_by DESC"
                + " FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, caseId.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Optional<Instant> ended = Optional.ofNullable(rs.getObject(5, java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant);
                return Optional.of(new DepartmentStep(
                        caseId,
                        rs.getLong(1),
                        DepartmentId.of(rs.getString(2)),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                        ended,
                        Optional.ofNullable(rs.getString(6)).map(String::trim).map(DepartmentStep.Outcome::valueOf)));
            }
        }
    }

    private static void insert(Connection c, DepartmentStep s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO department_step (deadline, ended_at, outcome,"
                + " case_id, opened_by, department_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, s);
            ps.setString(6, s.department().value());
            ps.setObject(7, JdbcCaseStore.utc(s.startedAt()));
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, DepartmentStep s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE department_step SET deadline = ?, ended_at = ?, outcome = ? WHERE case_id = ? AND opened_by = ?")) {
            bind(ps, s);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, DepartmentStep s) throws SQLException {
        ps.setObject(1, JdbcCaseStore.utc(s.deadline()));
        if (s.endedAt().isPresent()) {
            ps.setObject(2, JdbcCaseStore.utc(s.endedAt().get()));
            ps.setString(3, s.outcome().get().name());
        } else {
            ps.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setNull(3, Types.VARCHAR);
        }
        ps.setString(4, s.caseId().value());
        ps.setLong(5, s.openedBy());
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14.1");
    }

    @Override
    public String getDescription() {
        return "department steps backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Writes the steps of every case from its log; returns how many cases it read. */
    int backfill(Connection c) throws SQLException {
        int read = 0;
        String after = "";
        while (true) {
            List<CaseId> ids = new ArrayList<>(BATCH);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT case_id FROM case_view WHERE case_id > ? ORDER BY case_id LIMIT " + BATCH)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(CaseId.of(rs.getString(1)));
                    }
                }
            }
            if (ids.isEmpty()) {
                return read;
            }
            for (CaseId id : ids) {
                for (DepartmentStep s : DepartmentSteps.of(JdbcCaseStore.loadEvents(c, json, id))) {
                    insert(c, s);
                }
            }
            read += ids.size();
            after = ids.get(ids.size() - 1).value();
        }
    }
}
