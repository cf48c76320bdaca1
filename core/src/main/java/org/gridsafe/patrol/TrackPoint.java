package org.gridsafe.patrol;

import java.time.Instant;
import java.util.Objects;
import org.gridsafe.grid.GeoPoint;

/**
 * One position a staff member's terminal recorded on patrol (personal information: kept only for the
 * retention period of {@link TrackRules}).
 *
 * @param time when the terminal took it; a staff member has at most one point per millisecond
 * @param point where
 * @param accuracyMeters the terminal's stated accuracy, at least 0
 */
public record TrackPoint(Instant time, GeoPoint point, double accuracyMeters) {

    public TrackPoint {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(point, "point");
        if (!(accuracyMeters >= 0) || Double.isInfinite(accuracyMeters)) {
            throw new IllegalArgumentException("accuracy is a finite number of metres, at least 0: " + accuracyMeters);
        }
    }
}
