package org.gridsafe.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.port.PatrolTrackStore;

/** Patrol track points and days in memory; thread-safe (one lock), lost on restart. */
public final class InMemoryPatrolTrackStore implements PatrolTrackStore {

    private final Map<String, NavigableMap<Instant, TrackPoint>> points = new TreeMap<>();
    private final Map<String, NavigableMap<LocalDate, TrackDay>> days = new TreeMap<>();

    @Override
    public synchronized int append(String staffId, GridCode grid, List<TrackPoint> batch) {
        NavigableMap<Instant, TrackPoint> mine = points.computeIfAbsent(staffId, s -> new TreeMap<>());
        int added = 0;
        for (TrackPoint p : batch) {
            Instant key = p.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            if (mine.putIfAbsent(key, new TrackPoint(key, p.point(), p.accuracyMeters())) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<TrackPoint> points(String staffId, Instant from, Instant to) {
        NavigableMap<Instant, TrackPoint> mine = points.get(staffId);
        if (mine == null || !to.isAfter(from)) {
            return List.of();
        }
        return List.copyOf(mine.subMap(from, true, to, false).values());
    }

    @Override
    public synchronized void saveDay(TrackDay day) {
        days.computeIfAbsent(day.staffId(), s -> new TreeMap<>()).put(day.day(), day);
    }

    @Override
    public synchronized Optional<TrackDay> day(String staffId, LocalDate day) {
        return Optional.ofNullable(days.getOrDefault(staffId, new TreeMap<>()).get(day));
    }

    @Override
    public synchronized List<TrackDay> days(String staffId, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, TrackDay> mine = days.get(staffId);
        if (mine == null || to.isBefore(from)) {
            return List.of();
        }
        return List.copyOf(mine.subMap(from, true, to, true).values());
    }

    @Override
    public synchronized List<String> staffWithPointsBefore(Instant before) {
        List<String> staff = new ArrayList<>();
        points.forEach((id, mine) -> {
            if (!mine.isEmpty() && mine.firstKey().isBefore(before)) {
                staff.add(id);
            }
        });
        return staff;
    }

    @Override
    public synchronized int purgePointsBefore(Instant before) {
        int purged = 0;
        for (NavigableMap<Instant, TrackPoint> mine : points.values()) {
            NavigableMap<Instant, TrackPoint> old = mine.headMap(before, false);
            purged += old.size();
            old.clear();
        }
        return purged;
    }
}
