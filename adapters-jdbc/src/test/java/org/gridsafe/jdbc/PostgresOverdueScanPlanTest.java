package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.gridsafe.port.CaseQuery;
import org.junit.jupiter.api.Test;

/**
 * The overdue scan reads the partial index of open cases by deadline, on a table where almost all
 * cases are closed: its cost follows the open cases, not all cases. Plain planner settings (no
 * {@code enable_seqscan = off}): enough rows, ANALYZE, then EXPLAIN the adapter's own SQL.
 */
class PostgresOverdueScanPlanTest {

    @Test
    void theOverdueScanUsesThePartialDeadlineIndex() throws Exception {
        DataSource ds = TestDatabases.freshPostgresDatabase();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            String row = ", 'NONE', 'GENERAL', 'FIRE', '2102', 'x', TIMESTAMPTZ '2026-01-01 00:00:00+00',"
                    + " TIMESTAMPTZ '2026-01-01 00:00:00+00', ";
            // 120,000 finished cases, 3,000 open and not yet due, 40 overdue.
            s.execute("INSERT INTO case_view (case_id, version, state, is_open, grid_code, department_id, deadline,"
                    + " escalation_rung, grade, safety_domain, hazard_code, description, reported_at, state_since,"
                    + " finished_at, snapshot_version, snapshot)"
                    + " SELECT 'YH-C' || lpad(g::text, 7, '0'), 6, 'CLOSED', false, '320599001001001', 'fire', NULL"
                    + row + "TIMESTAMPTZ '2026-01-02 00:00:00+00', 1, '{}' FROM generate_series(1, 120000) g");
            s.execute("INSERT INTO case_view (case_id, version, state, is_open, grid_code, department_id, deadline,"
                    + " escalation_rung, grade, safety_domain, hazard_code, description, reported_at, state_since,"
                    + " finished_at, snapshot_version, snapshot)"
                    + " SELECT 'YH-O' || lpad(g::text, 7, '0'), 3, 'DISPATCHED', true, '320599001001001', 'fire',"
                    + " TIMESTAMPTZ '2026-07-01 00:00:00+00' + g * INTERVAL '1 minute'"
                    + row + "NULL, 1, '{}' FROM generate_series(1, 3000) g");
            s.execute("INSERT INTO case_view (case_id, version, state, is_open, grid_code, department_id, deadline,"
                    + " escalation_rung, grade, safety_domain, hazard_code, description, reported_at, state_since,"
                    + " finished_at, snapshot_version, snapshot)"
                    + " SELECT 'YH-D' || lpad(g::text, 7, '0'), 3, 'DISPATCHED', true, '320599001001001', 'fire',"
                    + " TIMESTAMPTZ '2026-05-01 00:00:00+00' + g * INTERVAL '1 minute'"
                    + row + "NULL, 1, '{}' FROM generate_series(1, 40) g");
            s.execute("ANALYZE case_view");
        }
        JdbcCaseStore store = (JdbcCaseStore) storage.caseQueries();
        JdbcCaseStore.Statement scan =
                store.pageStatement(CaseQuery.all().dueBefore(now).limit(100));
        StringBuilder plan = new StringBuilder();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("EXPLAIN " + scan.sql())) {
            for (int i = 0; i < scan.args().size(); i++) {
                ps.setObject(i + 1, scan.args().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).as("plan:%n%s", plan).contains("case_view_open_due_idx");
        assertThat(plan.toString()).doesNotContain("Seq Scan");
    }
}
