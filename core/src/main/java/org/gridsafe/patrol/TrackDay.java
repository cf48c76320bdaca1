package org.gridsafe.patrol;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.gridsafe.grid.GridCode;

/**
 * A staff member's online time and mileage on one day, computed from their track points and kept after
 * the points are purged.
 *
 * @param staffId the staff member
 * @param grid their home grid when they uploaded (access to the day is decided on it)
 * @param day the day, in the service's zone
 * @param online the sum of the intervals between consecutive kept points no further apart than the gap
 * @param meters the great-circle distance along those intervals
 * @param points the points of the day
 * @param droppedJumps the points dropped as impossible jumps
 */
public record TrackDay(
        String staffId, GridCode grid, LocalDate day, Duration online, double meters, int points, int droppedJumps) {

    public TrackDay {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(online, "online");
        if (online.isNegative() || !(meters >= 0) || points < 0 || droppedJumps < 0 || droppedJumps > points) {
            throw new IllegalArgumentException("a track day's time, distance and counts are at least 0");
        }
    }
}
