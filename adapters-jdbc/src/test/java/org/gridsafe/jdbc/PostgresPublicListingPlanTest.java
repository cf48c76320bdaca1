package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.port.CaseQuery;
import org.junit.jupiter.api.Test;

/**
 * Open311's listing (public reports of a window, open or closed) reads the index on source and
 * report time, on a district where almost every case came from grid patrols: an anonymous request
 * costs what its window holds, not the whole district. Plain planner settings, as in
 * {@link PostgresOverdueScanPlanTest}.
 */
class PostgresPublicListingPlanTest {

    @Test
    void thePublicListingUsesTheSourceAndReportTimeIndex() throws Exception {
        DataSource ds = TestDatabases.freshPostgresDatabase();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            String insert = "INSERT INTO case_view (case_id, version, state, is_open, grid_code, department_id,"
                    + " deadline, escalation_rung, grade, safety_domain, hazard_code, description, reported_at,"
                    + " state_since, finished_at, snapshot_version, snapshot, case_source)";
            // A year of 120,000 patrol reports and 2,000 public ones, a few minutes apart.
            s.execute(insert + " SELECT 'YH-P' || lpad(g::text, 7, '0'), 6, 'CLOSED', false, '320599001001001',"
                    + " 'fire', NULL, 'NONE', 'GENERAL', 'FIRE', '2102', 'x',"
                    + " TIMESTAMPTZ '2025-06-01 00:00:00+00' + g * INTERVAL '4 minutes',"
                    + " TIMESTAMPTZ '2026-01-01 00:00:00+00', TIMESTAMPTZ '2026-01-02 00:00:00+00', 1, '{}',"
                    + " 'GRID_PATROL' FROM generate_series(1, 120000) g");
            s.execute(insert + " SELECT 'YH-Q' || lpad(g::text, 7, '0'), 1, 'REPORTED', true, '320599001001001',"
                    + " NULL, TIMESTAMPTZ '2026-07-01 00:00:00+00', 'NONE', 'GENERAL', 'TRAFFIC', '2', 'x',"
                    + " TIMESTAMPTZ '2025-06-01 00:00:00+00' + g * INTERVAL '4 hours',"
                    + " TIMESTAMPTZ '2026-01-01 00:00:00+00', NULL, 1, '{}',"
                    + " 'PUBLIC_REPORT' FROM generate_series(1, 2000) g");
            s.execute("ANALYZE case_view");
        }
        Instant to = Instant.parse("2026-05-01T00:00:00Z");
        Set<CaseState> open = EnumSet.of(
                CaseState.REPORTED,
                CaseState.REGISTERED,
                CaseState.DISPATCHED,
                CaseState.RECTIFIED,
                CaseState.VERIFIED);
        JdbcCaseStore store = (JdbcCaseStore) storage.caseQueries();
        JdbcCaseStore.Statement listing = store.pageStatement(CaseQuery.all()
                .source(CaseSource.PUBLIC_REPORT)
                .reportedBetween(to.minusSeconds(90L * 24 * 3600), to)
                .inStates(open)
                .limit(CaseQuery.MAX_LIMIT));
        StringBuilder plan = new StringBuilder();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("EXPLAIN " + listing.sql())) {
            for (int i = 0; i < listing.args().size(); i++) {
                ps.setObject(i + 1, listing.args().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).as("plan:%n%s", plan).contains("case_view_source_reported_idx");
        assertThat(plan.toString()).as("plan:%n%s", plan).doesNotContain("Seq Scan");
    }
}
