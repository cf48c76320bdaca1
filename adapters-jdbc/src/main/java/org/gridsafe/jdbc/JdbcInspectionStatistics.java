package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridsafe.grid.GridCode;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.port.InspectionStatisticsQueries;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.Period;

/**
 * {@link InspectionIndicators} computed in SQL, with the results of {@link InspectionIndicators#of} (the
 * in-memory reference the tests compare against): four aggregate statements in one repeatable-read
 * transaction over {@code inspection} (its day, origin and cap, schema version 32), {@code
 * inspection_document} and {@code supervised_entity}. No inspection or entity is loaded.
 */
final class JdbcInspectionStatistics implements InspectionStatisticsQueries {

    private final Transactions tx;

    JdbcInspectionStatistics(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public InspectionIndicators inspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        // Grid codes are digits only, so the subtree is a prefix match needing no LIKE escape.
        String prefix = grid.map(g -> g.value() + "%").orElse("%");
        LocalDate first = PatrolIndicators.firstDay(period, zone);
        LocalDate last = PatrolIndicators.lastDay(period, zone);
        return tx.inSnapshot("inspection statistics", c -> {
            long[] i = inspections(c, prefix, first, last);
            long[] focus = focus(c, prefix, first, last);
            long violations = capViolations(c, prefix, first, last);
            long[] documents = penalties(c, prefix, first, last);
            return new InspectionIndicators(
                    i[0], i[1], i[2], i[3], focus[0], focus[1], violations, documents[0], documents[1]);
        });
    }

    /** Inspections of the period, drawn at random, counted, distinct entities. */
    private static long[] inspections(Connection c, String prefix, LocalDate first, LocalDate last)
            throws SQLException {
        String sql = "SELECT COUNT(*), COUNT(CASE WHEN origin = '" + InspectionOrigin.RANDOM_DRAW.name()
                + "' THEN 1 END), COUNT(CASE WHEN counted THEN 1 END), COUNT(DISTINCT entity_id) FROM inspection"
                + " WHERE inspection_day >= ? AND inspection_day <= ? AND grid_code LIKE ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            ps.setString(3, prefix);
            return longs(ps, 4);
        }
    }

    /** Focus enterprises of the subtree now, and of those the ones inspected in the period (in any grid). */
    private static long[] focus(Connection c, String prefix, LocalDate first, LocalDate last) throws SQLException {
        String levels = InspectionIndicators.FOCUS_LEVELS.stream()
                .map(l -> "'" + l.name() + "'")
                .sorted()
                .collect(Collectors.joining(", "));
        String sql = "SELECT COUNT(*), COUNT(CASE WHEN e.id IN (SELECT i.entity_id FROM inspection i"
                + " WHERE i.inspection_day >= ? AND i.inspection_day <= ?) THEN 1 END)"
                + " FROM supervised_entity e WHERE e.kind = '" + EntityKind.PRODUCTION_UNIT.name() + "'"
                + " AND e.status IN ('" + EntityStatus.OPERATING.name() + "', '" + EntityStatus.SUSPENDED.name()
                + "') AND e.risk_level IN (" + levels + ") AND e.grid_code LIKE ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            ps.setString(3, prefix);
            return longs(ps, 2);
        }
    }

    /**
     * Per enterprise and year with a counted inspection in the period: max(0, n − cap) − max(0, b − cap),
     * n the counted inspections up to the last day, b those before the first, cap the smallest recorded
     * up to the last day; summed.
     */
    private static long capViolations(Connection c, String prefix, LocalDate first, LocalDate last)
            throws SQLException {
        String sql = "SELECT COALESCE(SUM(GREATEST(0, t.n_end - t.cap) - GREATEST(0, t.n_start - t.cap)), 0) FROM ("
                + "SELECT SUM(CASE WHEN inspection_day <= ? THEN 1 ELSE 0 END) AS n_end,"
                + " SUM(CASE WHEN inspection_day < ? THEN 1 ELSE 0 END) AS n_start,"
                + " MIN(CASE WHEN inspection_day <= ? THEN cap_max END) AS cap,"
                + " SUM(CASE WHEN inspection_day >= ? AND inspection_day <= ? THEN 1 ELSE 0 END) AS n_in"
                + " FROM inspection WHERE counted AND cap_max IS NOT NULL AND grid_code LIKE ?"
                + " GROUP BY entity_id, inspection_year) t WHERE t.n_in > 0";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, last);
            ps.setObject(2, first);
            ps.setObject(3, last);
            ps.setObject(4, first);
            ps.setObject(5, last);
            ps.setString(6, prefix);
            return longs(ps, 1)[0];
        }
    }

    /** Penalty notices and decisions dated in the period, of the subtree's inspections. */
    private static long[] penalties(Connection c, String prefix, LocalDate first, LocalDate last) throws SQLException {
        String sql = "SELECT COUNT(CASE WHEN d.kind = '" + DocumentKind.PENALTY_NOTICE.name() + "' THEN 1 END),"
                + " COUNT(CASE WHEN d.kind = '" + DocumentKind.PENALTY_DECISION.name() + "' THEN 1 END)"
                + " FROM inspection_document d JOIN inspection i ON i.id = d.inspection_id"
                + " WHERE d.document_date >= ? AND d.document_date <= ? AND i.grid_code LIKE ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            ps.setString(3, prefix);
            return longs(ps, 2);
        }
    }

    private static long[] longs(PreparedStatement ps, int n) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            long[] values = new long[n];
            for (int k = 0; k < n; k++) {
                values[k] = rs.getLong(k + 1);
            }
            return values;
        }
    }
}
