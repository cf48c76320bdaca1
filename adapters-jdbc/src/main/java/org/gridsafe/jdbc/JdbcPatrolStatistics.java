package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.port.PatrolStatisticsQueries;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.Period;

/**
 * {@link PatrolIndicators} computed in SQL, with the results of {@link PatrolIndicators#of} (the
 * in-memory reference the tests compare against): three aggregate statements in one repeatable-read
 * transaction, over {@code patrol_occurrence} joined to its submission in {@code
 * patrol_occurrence_event}, over {@code case_view}, and over {@code patrol_track_day}. No occurrence or
 * case is loaded.
 *
 * <p>Window ends are kept in epoch milliseconds, so the period's bounds are compared at the millisecond
 * (a window end with finer digits is not expected: windows end at midnights). A submission's time is the
 * event's ISO-8601 text, cast to a timestamp in SQL, so on time is decided at the database's microsecond.
 */
final class JdbcPatrolStatistics implements PatrolStatisticsQueries {

    private final Transactions tx;

    JdbcPatrolStatistics(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public PatrolIndicators patrolIndicators(Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        // Grid codes are digits only, so the subtree is a prefix match needing no LIKE escape.
        String prefix = grid.map(g -> g.value() + "%").orElse("%");
        return tx.inSnapshot("patrol statistics", c -> {
            long[] o = occurrences(c, prefix, period, asOf);
            long[] cases = cases(c, prefix, period);
            return new PatrolIndicators(
                    o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], cases[0], cases[1], staff(c, prefix, period, zone));
        });
    }

    @Override
    public SortedMap<String, PatrolIndicators> staffIndicators(
            Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        String prefix = grid.map(g -> g.value() + "%").orElse("%");
        return tx.inSnapshot("patrol statistics by staff", c -> {
            Map<String, long[]> occurrences = new TreeMap<>();
            Map<String, long[]> cases = new TreeMap<>();
            occurrencesByAssignee(c, prefix, period, asOf, occurrences);
            casesByAssignee(c, prefix, period, cases);
            Map<String, PatrolIndicators.StaffTrack> tracks = new TreeMap<>();
            for (PatrolIndicators.StaffTrack t : staff(c, prefix, period, zone)) {
                tracks.put(t.staffId(), t);
            }
            java.util.SortedSet<String> ids = new java.util.TreeSet<>(occurrences.keySet());
            ids.addAll(cases.keySet());
            ids.addAll(tracks.keySet());
            SortedMap<String, PatrolIndicators> result = new TreeMap<>();
            for (String id : ids) {
                long[] o = occurrences.getOrDefault(id, new long[8]);
                long[] k = cases.getOrDefault(id, new long[2]);
                PatrolIndicators.StaffTrack t = tracks.get(id);
                result.put(
                        id,
                        new PatrolIndicators(
                                o[0],
                                o[1],
                                o[2],
                                o[3],
                                o[4],
                                o[5],
                                o[6],
                                o[7],
                                k[0],
                                k[1],
                                t == null ? List.of() : List.of(t)));
            }
            return result;
        });
    }

    /** The counts of {@link #occurrences}, grouped by the occurrence's assignee. */
    private static void occurrencesByAssignee(
            Connection c, String prefix, Period period, Instant asOf, Map<String, long[]> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(occurrenceSql("o.assignee, ", " GROUP BY o.assignee"))) {
            bindOccurrences(ps, prefix, period, asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[8];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    into.put(rs.getString(1), counts);
                }
            }
        }
    }

    /**
     * The counts of {@link #cases}, grouped by the assignee of the occurrence each case came from (its
     * origin, wherever that occurrence lies); a case without one is nobody's.
     */
    private static void casesByAssignee(Connection c, String prefix, Period period, Map<String, long[]> into)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.assignee, COUNT(*), COUNT(CASE WHEN v.state = '"
                + CaseState.REJECTED.name() + "' THEN 1 END) FROM case_view v"
                + " JOIN patrol_occurrence o ON o.id = v.origin_occurrence WHERE v.case_source = ?"
                + " AND v.reported_at >= ? AND v.reported_at < ? AND v.grid_code LIKE ? GROUP BY o.assignee")) {
            ps.setString(1, CaseSource.GRID_PATROL.name());
            ps.setObject(2, JdbcCaseStatistics.bound(period.from()));
            ps.setObject(3, JdbcCaseStatistics.bound(period.to()));
            ps.setString(4, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
    }

    /** occurrences, due, done, done on time, missed, skipped, entities due, entities covered. */
    private static long[] occurrences(Connection c, String prefix, Period period, Instant asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(occurrenceSql("", ""))) {
            bindOccurrences(ps, prefix, period, asOf);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] counts = new long[8];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = rs.getLong(i + 1);
                }
                return counts;
            }
        }
    }

    /** The occurrence counts' statement, with {@code select} before the counts and {@code group} after. */
    private static String occurrenceSql(String select, String group) {
        String skipped = "'" + OccurrenceState.SKIPPED.name() + "'";
        String done = "'" + OccurrenceState.DONE.name() + "'";
        // Due: not skipped, and done or its window closed by as-of (window end <= as-of, at the millisecond).
        String due = "o.state <> " + skipped + " AND (o.state = " + done + " OR o.window_end_ms <= ?)";
        return "SELECT " + select + "COUNT(*),"
                + " COUNT(CASE WHEN " + due + " THEN 1 END),"
                + " COUNT(CASE WHEN o.state = " + done + " THEN 1 END),"
                + " COUNT(CASE WHEN o.state = " + done
                + " AND EXTRACT(EPOCH FROM CAST(e.recorded_at AS TIMESTAMP WITH TIME ZONE)) * 1000 < o.window_end_ms"
                + " THEN 1 END),"
                + " COUNT(CASE WHEN o.state = '" + OccurrenceState.MISSED.name() + "' THEN 1 END),"
                + " COUNT(CASE WHEN o.state = " + skipped + " THEN 1 END),"
                + " COUNT(DISTINCT CASE WHEN " + due + " THEN o.entity_id END),"
                + " COUNT(DISTINCT CASE WHEN o.state = " + done + " THEN o.entity_id END)"
                + " FROM patrol_occurrence o LEFT JOIN patrol_occurrence_event e"
                + " ON e.occurrence_id = o.id AND e.event_type = 'patrol.submitted'"
                + " WHERE o.window_end_ms > ? AND o.window_end_ms <= ? AND o.grid_code LIKE ?" + group;
    }

    private static void bindOccurrences(PreparedStatement ps, String prefix, Period period, Instant asOf)
            throws SQLException {
        long asOfMillis = asOf.toEpochMilli(); // floored
        ps.setLong(1, asOfMillis);
        ps.setLong(2, asOfMillis);
        // from < end <= to, with end in whole milliseconds: end > floor(from) and end <= floor(to).
        ps.setLong(3, period.from().toEpochMilli());
        ps.setLong(4, period.to().toEpochMilli());
        ps.setString(5, prefix);
    }

    /** Cases with source grid patrol reported in the period, and of those the rejected. */
    private static long[] cases(Connection c, String prefix, Period period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(CASE WHEN state = '"
                + CaseState.REJECTED.name() + "' THEN 1 END) FROM case_view WHERE case_source = ?"
                + " AND reported_at >= ? AND reported_at < ? AND grid_code LIKE ?")) {
            ps.setString(1, CaseSource.GRID_PATROL.name());
            ps.setObject(2, JdbcCaseStatistics.bound(period.from()));
            ps.setObject(3, JdbcCaseStatistics.bound(period.to()));
            ps.setString(4, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Days, online milliseconds and whole metres per staff member, in staff-id (Java string) order. */
    private static List<PatrolIndicators.StaffTrack> staff(Connection c, String prefix, Period period, ZoneId zone)
            throws SQLException {
        LocalDate first = PatrolIndicators.firstDay(period, zone);
        LocalDate last = PatrolIndicators.lastDay(period, zone);
        List<PatrolIndicators.StaffTrack> staff = new ArrayList<>();
        if (last.isBefore(first)) {
            return staff;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_id, COUNT(*), SUM(online_ms),"
                + " SUM(CAST(FLOOR(meters) AS BIGINT)) FROM patrol_track_day"
                + " WHERE track_day >= ? AND track_day <= ? AND grid_code LIKE ? GROUP BY staff_id")) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            ps.setString(3, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    staff.add(new PatrolIndicators.StaffTrack(
                            rs.getString(1), rs.getLong(2), Duration.ofMillis(rs.getLong(3)), rs.getLong(4)));
                }
            }
        }
        // Sorted here: the database's collation need not order ids as Java's String does.
        staff.sort(Comparator.comparing(PatrolIndicators.StaffTrack::staffId));
        return staff;
    }
}
