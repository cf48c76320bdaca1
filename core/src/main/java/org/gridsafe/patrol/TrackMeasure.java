package org.gridsafe.patrol;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridsafe.grid.GridCode;

/**
 * The rule from track points to online time and mileage. Points are taken in time order, one per instant.
 * Between the last kept point and the next: a gap longer than {@link TrackRules#maxGap()} ends the online
 * span (the next point starts a new one, nothing is counted); otherwise a speed above {@link
 * TrackRules#maxSpeedMetersPerSecond()} (or any distance in no time) drops the next point as an impossible
 * jump, counted, and the last kept point stays; otherwise the interval is online time and its great-circle
 * distance (haversine) is mileage. Days are split at midnight in the zone: each day is measured from its own
 * points, so an interval across midnight counts for neither day.
 */
public final class TrackMeasure {

    private final TrackRules rules;
    private final ZoneId zone;

    /** Measures by {@code rules}, with days in {@code zone}. */
    public TrackMeasure(TrackRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    /** The day of {@code point} in the zone. */
    public LocalDate dayOf(TrackPoint point) {
        return point.time().atZone(zone).toLocalDate();
    }

    /** Every day of {@code points}, in day order. */
    public List<TrackDay> days(String staffId, GridCode grid, List<TrackPoint> points) {
        Map<LocalDate, List<TrackPoint>> byDay = new TreeMap<>();
        for (TrackPoint p : points) {
            byDay.computeIfAbsent(dayOf(p), d -> new ArrayList<>()).add(p);
        }
        List<TrackDay> days = new ArrayList<>();
        byDay.forEach((day, ps) -> days.add(day(staffId, grid, day, ps)));
        return days;
    }

    /** One day measured from its points (points of other days are the caller's mistake and counted too). */
    public TrackDay day(String staffId, GridCode grid, LocalDate day, List<TrackPoint> points) {
        List<TrackPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrackPoint::time));
        long onlineMillis = 0;
        double meters = 0;
        int kept = 0;
        int dropped = 0;
        TrackPoint last = null;
        java.time.Instant previous = null;
        for (TrackPoint p : sorted) {
            if (p.time().equals(previous)) {
                continue; // one point per instant: the first is kept
            }
            previous = p.time();
            kept++;
            if (last == null) {
                last = p;
                continue;
            }
            long millis = Duration.between(last.time(), p.time()).toMillis();
            if (millis > rules.maxGap().toMillis()) {
                last = p;
                continue;
            }
            double d = CheckingIn.meters(last.point(), p.point());
            if (d / (millis / 1000.0) > rules.maxSpeedMetersPerSecond()) {
                dropped++;
                continue;
            }
            onlineMillis += millis;
            meters += d;
            last = p;
        }
        return new TrackDay(staffId, grid, day, Duration.ofMillis(onlineMillis), meters, kept, dropped);
    }
}
