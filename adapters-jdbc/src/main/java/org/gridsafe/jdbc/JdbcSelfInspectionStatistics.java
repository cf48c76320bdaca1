package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.SelfInspectionStatisticsQueries;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.SelfInspectionIndicators;

/**
 * {@link SelfInspectionIndicators} computed in SQL, with the results of {@link SelfInspectionIndicators#of}
 * (the in-memory reference the tests compare against), in one repeatable-read transaction: per return
 * period due in the period (a few: the quarters and years whose due day lies in it, listed in Java), one
 * statement over each entity's earliest plan save ({@code selfcheck_plan.saved_at_ms}, schema version 32)
 * joined to {@code supervised_entity} and {@code selfcheck_return}; and one over {@code case_view}.
 */
final class JdbcSelfInspectionStatistics implements SelfInspectionStatisticsQueries {

    private final Transactions tx;

    JdbcSelfInspectionStatistics(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public SelfInspectionIndicators selfInspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        // Grid codes are digits only, so the subtree is a prefix match needing no LIKE escape.
        String prefix = grid.map(g -> g.value() + "%").orElse("%");
        return tx.inSnapshot("self-inspection statistics", c -> {
            long due = 0;
            long filed = 0;
            for (ReturnPeriod p : SelfInspectionIndicators.returnsDueBetween(
                    PatrolIndicators.firstDay(period, zone), PatrolIndicators.lastDay(period, zone))) {
                long[] counts = returns(c, prefix, p, zone);
                due += counts[0];
                filed += counts[1];
            }
            long[] cases = cases(c, prefix, period);
            return new SelfInspectionIndicators(due, filed, cases[0], cases[1], cases[2]);
        });
    }

    /** Entities of the subtree whose first plan was saved before {@code p} ended, and of those the ones that filed. */
    private static long[] returns(Connection c, String prefix, ReturnPeriod p, ZoneId zone) throws SQLException {
        String sql = "SELECT COUNT(*), COUNT(r.entity_id) FROM"
                + " (SELECT entity_id, MIN(saved_at_ms) AS first_ms FROM selfcheck_plan GROUP BY entity_id) f"
                + " JOIN supervised_entity e ON e.id = f.entity_id"
                + " LEFT JOIN selfcheck_return r ON r.entity_id = f.entity_id AND r.period = ?"
                + " WHERE f.first_ms < ? AND e.grid_code LIKE ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, p.toString());
            // The save's instant, floored to the millisecond, is before a midnight exactly when the instant is.
            ps.setLong(2, p.endExclusive().atStartOfDay(zone).toInstant().toEpochMilli());
            ps.setString(3, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Self-reported cases of the period, of those the rejected, and the government-found ones. */
    private static long[] cases(Connection c, String prefix, Period period) throws SQLException {
        String self = "'" + CaseSource.ENTERPRISE_SELF_REPORT.name() + "'";
        String government = SelfInspectionIndicators.GOVERNMENT_SOURCES.stream()
                .map(s -> "'" + s.name() + "'")
                .sorted()
                .collect(Collectors.joining(", "));
        String sql = "SELECT COUNT(CASE WHEN case_source = " + self + " THEN 1 END),"
                + " COUNT(CASE WHEN case_source = " + self + " AND state = '" + CaseState.REJECTED.name()
                + "' THEN 1 END), COUNT(CASE WHEN case_source IN (" + government + ") THEN 1 END)"
                + " FROM case_view WHERE reported_at >= ? AND reported_at < ? AND grid_code LIKE ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, JdbcCaseStatistics.bound(period.from()));
            ps.setObject(2, JdbcCaseStatistics.bound(period.to()));
            ps.setString(3, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }
}
