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
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;

/**
 * Schema version 32.1, for both dialects: fills the day, origin and cap of every inspection row that
 * version 32 left without a day, and its documents, from the inspection's events, exactly as a read
 * replays them; and the save instant of every self-inspection plan without one, from its record. Runs in
 * Flyway's transaction, 500 rows at a time in id order; on empty tables it does nothing.
 */
final class InspectionIndicatorBackfill implements JavaMigration {

    private static final int BATCH = 500;

    private final InspectionJson json;
    private final SelfCheckJson selfCheckJson;

    InspectionIndicatorBackfill(InspectionJson json, SelfCheckJson selfCheckJson) {
        this.json = json;
        this.selfCheckJson = selfCheckJson;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("32.1");
    }

    @Override
    public String getDescription() {
        return "inspection indicator backfill";
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
        backfillPlans(context.getConnection());
    }

    /** Fills the save instant of every plan without one; returns how many rows it wrote. */
    int backfillPlans(Connection c) throws SQLException {
        int written = 0;
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>(BATCH);
            List<SelfCheckPlanRecord> plans = new ArrayList<>(BATCH);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, record FROM selfcheck_plan"
                    + " WHERE id > ? AND saved_at_ms IS NULL ORDER BY id LIMIT " + BATCH)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        plans.add(selfCheckJson.plan(rs.getString(2)));
                    }
                }
            }
            if (ids.isEmpty()) {
                return written;
            }
            for (int i = 0; i < ids.size(); i++) {
                JdbcSelfCheckStore.savedAt(c, ids.get(i), plans.get(i));
            }
            written += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** Fills every row without a day; returns how many rows it wrote. */
    int backfill(Connection c) throws SQLException {
        int written = 0;
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>(BATCH);
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM inspection"
                    + " WHERE id > ? AND inspection_day IS NULL ORDER BY id LIMIT " + BATCH)) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return written;
            }
            for (String id : ids) {
                Inspection i = Inspection.replay(JdbcInspectionStore.loadHistory(c, json, InspectionId.of(id)));
                JdbcInspectionStore.writeIndicatorColumns(c, i);
                JdbcInspectionStore.writeDocuments(c, i.id(), i.documents());
            }
            written += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }
}
