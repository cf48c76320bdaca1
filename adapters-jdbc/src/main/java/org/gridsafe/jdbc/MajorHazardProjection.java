package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseDispatched;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.ProductionStopped;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.ResumptionApproved;

/**
 * The {@code major_hazard_view} table (V28): a case's treatment plan due date, listed supervision,
 * whether production was ever stopped and when the resumption review wrote it off, written in the
 * append transaction when an event changes one of them; and, as the Java migration 28.1, filled for
 * the cases written before it from their snapshots.
 */
final class MajorHazardProjection implements JavaMigration {

    private static final int BATCH = 500;

    private final JsonCodec json;

    MajorHazardProjection(JsonCodec json) {
        this.json = json;
    }

    /** Rewrites the row of {@code result} when {@code events} (one append) change what it holds. */
    static void write(Connection c, Case result, List<RecordedEvent> events) throws SQLException {
        boolean concerns = events.stream()
                .map(RecordedEvent::event)
                .anyMatch(e -> e instanceof CaseDispatched
                        || e instanceof ProductionStopped
                        || e instanceof ResumptionApproved);
        if (!concerns) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM major_hazard_view WHERE case_id = ?")) {
            ps.setString(1, result.id().value());
            ps.executeUpdate();
        }
        if (holdsAny(result)) {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bind(ps, result);
                ps.executeUpdate();
            }
        }
    }

    private static final String INSERT = "INSERT INTO major_hazard_view (case_id, plan_due_date, listed_supervision,"
            + " production_stopped, written_off_at) VALUES (?, ?, ?, ?, ?)";

    private static boolean holdsAny(Case c) {
        return c.rectificationPlan().isPresent()
                || c.listedSupervision().isPresent()
                || c.productionStop().isPresent()
                || c.writtenOffAt().isPresent();
    }

    private static void bind(PreparedStatement ps, Case c) throws SQLException {
        ps.setString(1, c.id().value());
        if (c.rectificationPlan().isPresent()) {
            ps.setObject(
                    2, c.rectificationPlan().map(RectificationPlan::dueDate).get());
        } else {
            ps.setNull(2, Types.DATE);
        }
        ps.setBoolean(3, c.listedSupervision().isPresent());
        // The stop is cleared from the case once the review writes it off, which only follows a stop.
        ps.setBoolean(4, c.productionStop().isPresent() || c.writtenOffAt().isPresent());
        if (c.writtenOffAt().isPresent()) {
            ps.setObject(5, JdbcCaseStore.utc(c.writtenOffAt().get()));
        } else {
            ps.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28.1");
    }

    @Override
    public String getDescription() {
        return "major hazard view backfill";
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

    /** Writes the row of every case that holds any of its facts; returns how many cases it read. */
    int backfill(Connection c) throws SQLException {
        int read = 0;
        String after = "";
        while (true) {
            List<Case> cases = new ArrayList<>(BATCH);
            List<String> ids = new ArrayList<>(BATCH);
            // Every case, not only those major now: a case downgraded and raised again keeps its plan,
            // as the append path keeps the row of any case dispatched with one.
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, snapshot_version, snapshot"
                    + " FROM case_view WHERE case_id > ? ORDER BY case_id LIMIT " + BATCH)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        cases.add(
                                rs.getInt(2) == CaseSnapshot.VERSION
                                        ? json.decodeCase(rs.getString(3))
                                        : Case.replay(JdbcCaseStore.loadEvents(c, json, CaseId.of(rs.getString(1)))));
                    }
                }
            }
            if (ids.isEmpty()) {
                return read;
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                boolean any = false;
                for (Case r : cases) {
                    if (holdsAny(r)) {
                        bind(ps, r);
                        ps.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    ps.executeBatch();
                }
            }
            read += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }
}
