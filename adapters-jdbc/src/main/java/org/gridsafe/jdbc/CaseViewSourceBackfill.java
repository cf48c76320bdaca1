package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;

/**
 * Schema version 5.1, for both dialects: fills {@code case_view.case_source}, which V5 added, for
 * the rows written before it. Each row's case comes from its snapshot, or from its events when the
 * snapshot is in an older shape, exactly as a read would rebuild it. Runs in Flyway's transaction,
 * 500 rows at a time in case-id order; on an empty table it does nothing.
 */
final class CaseViewSourceBackfill implements JavaMigration {

    private static final int BATCH = 500;

    private final JsonCodec json;

    CaseViewSourceBackfill(JsonCodec json) {
        this.json = json;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5.1");
    }

    @Override
    public String getDescription() {
        return "case view source backfill";
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

    /** Fills the source of every row that has none; returns how many rows it wrote. */
    int backfill(Connection c) throws SQLException {
        int written = 0;
        String after = "";
        while (true) {
            List<Case> cases = new ArrayList<>(BATCH);
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, snapshot_version, snapshot FROM case_view"
                    + " WHERE case_id > ? AND case_source IS NULL ORDER BY case_id LIMIT " + BATCH)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cases.add(
                                rs.getInt(2) == CaseSnapshot.VERSION
                                        ? json.decodeCase(rs.getString(3))
                                        : Case.replay(JdbcCaseStore.loadEvents(c, json, CaseId.of(rs.getString(1)))));
                    }
                }
            }
            if (cases.isEmpty()) {
                return written;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_view SET case_source = ? WHERE case_id = ?")) {
                for (Case r : cases) {
                    ps.setString(1, r.source().name());
                    ps.setString(2, r.id().value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            written += cases.size();
            after = cases.get(cases.size() - 1).id().value();
        }
    }
}
