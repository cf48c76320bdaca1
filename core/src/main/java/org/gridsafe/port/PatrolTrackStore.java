package org.gridsafe.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;

/**
 * Where staff members' patrol track points and their daily online time and mileage are kept. Points are
 * keyed by staff member and instant: appending a point already held (a terminal retrying a batch) stores
 * nothing, so a retry never doubles a track. Days outlive the points: a purge deletes points only.
 */
public interface PatrolTrackStore {

    /**
     * Stores the points of {@code staffId} not held yet (by instant; the first point of an instant wins), in
     * one transaction.
     *
     * @return how many were new
     */
    int append(String staffId, GridCode grid, List<TrackPoint> points);

    /** The points of {@code staffId} with {@code from <= time < to}, in time order. */
    List<TrackPoint> points(String staffId, Instant from, Instant to);

    /** Saves (or replaces) a day's online time and mileage. */
    void saveDay(TrackDay day);

    /** The day of {@code staffId}, if one was saved. */
    Optional<TrackDay> day(String staffId, LocalDate day);

    /** The days of {@code staffId} with {@code from <= day <= to}, in day order. */
    List<TrackDay> days(String staffId, LocalDate from, LocalDate to);

    /** The staff members holding points older than {@code before}, in id order. */
    List<String> staffWithPointsBefore(Instant before);

    /**
     * Deletes every point older than {@code before}.
     *
     * @return how many were deleted
     */
    int purgePointsBefore(Instant before);
}
