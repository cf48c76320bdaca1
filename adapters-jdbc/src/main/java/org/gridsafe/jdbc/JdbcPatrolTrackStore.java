package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.port.PatrolTrackStore;

/**
 * Patrol tracks in {@code patrol_track_point} (keyed by staff member and instant in epoch milliseconds)
 * and {@code patrol_track_day}. An append inserts, in one transaction, the points whose instants are not
 * held yet; when a concurrent retry inserted one first, the key refuses it and the append is run again
 * (then it finds them held), so a batch is stored once however often it is sent.
 */
final class JdbcPatrolTrackStore implements PatrolTrackStore {

    private static final int ATTEMPTS = 3;

    private final Transactions tx;

    JdbcPatrolTrackStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public int append(String staffId, GridCode grid, List<TrackPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inTransaction(
                        "append track points of " + staffId, c -> insertMissing(c, staffId, grid, points));
            } catch (StorageConstraintException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static int insertMissing(Connection c, String staffId, GridCode grid, List<TrackPoint> points)
            throws SQLException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TrackPoint p : points) {
            min = Math.min(min, p.time().toEpochMilli());
            max = Math.max(max, p.time().toEpochMilli());
        }
        Set<Long> held = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at_ms FROM patrol_track_point WHERE staff_id = ? AND at_ms BETWEEN ? AND ?")) {
            ps.setString(1, staffId);
            ps.setLong(2, min);
            ps.setLong(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getLong(1));
                }
            }
        }
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_track_point (staff_id, at_ms, grid_code,"
                + " lon, lat, accuracy_m) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (TrackPoint p : points) {
                long at = p.time().toEpochMilli();
                if (!held.add(at)) {
                    continue; // held, or an earlier point of this batch at the same instant
                }
                ps.setString(1, staffId);
                ps.setLong(2, at);
                ps.setString(3, grid.value());
                ps.setDouble(4, p.point().longitude());
                ps.setDouble(5, p.point().latitude());
                ps.setDouble(6, p.accuracyMeters());
                ps.addBatch();
                added++;
            }
            if (added > 0) {
                ps.executeBatch();
            }
        }
        return added;
    }

    @Override
    public List<TrackPoint> points(String staffId, Instant from, Instant to) {
        return tx.autoCommit("read track points of " + staffId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at_ms, lon, lat, accuracy_m FROM patrol_track_point"
                    + " WHERE staff_id = ? AND at_ms >= ? AND at_ms < ? ORDER BY at_ms")) {
                ps.setString(1, staffId);
                ps.setLong(2, from.toEpochMilli());
                ps.setLong(3, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    List<TrackPoint> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(new TrackPoint(
                                Instant.ofEpochMilli(rs.getLong(1)),
                                GeoPoint.of(rs.getDouble(2), rs.getDouble(3)),
                                rs.getDouble(4)));
                    }
                    return all;
                }
            }
        });
    }

    @Override
    public void saveDay(TrackDay day) {
        tx.inTransaction("save track day of " + day.staffId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE patrol_track_day SET grid_code = ?, online_ms = ?,"
                    + " meters = ?, points = ?, dropped_jumps = ? WHERE staff_id = ? AND track_day = ?")) {
                bindDay(ps, day);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_track_day (grid_code, online_ms, meters,"
                    + " points, dropped_jumps, staff_id, track_day) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bindDay(ps, day);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bindDay(PreparedStatement ps, TrackDay day) throws SQLException {
        ps.setString(1, day.grid().value());
        ps.setLong(2, day.online().toMillis());
        ps.setDouble(3, day.meters());
        ps.setInt(4, day.points());
        ps.setInt(5, day.droppedJumps());
        ps.setString(6, day.staffId());
        ps.setObject(7, day.day());
    }

    @Override
    public Optional<TrackDay> day(String staffId, LocalDate day) {
        List<TrackDay> days = days(staffId, day, day);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
    }

    @Override
    public List<TrackDay> days(String staffId, LocalDate from, LocalDate to) {
        return tx.autoCommit("read track days of " + staffId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT track_day, grid_code, online_ms, meters, points, dropped_jumps FROM patrol_track_day"
                            + " WHERE staff_id = ? AND track_day >= ? AND track_day <= ? ORDER BY track_day")) {
                ps.setString(1, staffId);
                ps.setObject(2, from);
                ps.setObject(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    List<TrackDay> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(new TrackDay(
                                staffId,
                                GridCode.parse(rs.getString(2)),
                                rs.getObject(1, LocalDate.class),
                                Duration.ofMillis(rs.getLong(3)),
                                rs.getDouble(4),
                                rs.getInt(5),
                                rs.getInt(6)));
                    }
                    return all;
                }
            }
        });
    }

    @Override
    public List<String> staffWithPointsBefore(Instant before) {
        return tx.autoCommit("find old track points", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT staff_id FROM patrol_track_point WHERE at_ms < ? ORDER BY staff_id")) {
                ps.setLong(1, before.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(rs.getString(1));
                    }
                    all.sort(null);
                    return all;
                }
            }
        });
    }

    @Override
    public int purgePointsBefore(Instant before) {
        return tx.inTransaction("purge old track points", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM patrol_track_point WHERE at_ms < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
