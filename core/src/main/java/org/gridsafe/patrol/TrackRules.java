package org.gridsafe.patrol;

import java.time.Duration;
import java.util.Objects;

/**
 * How track points become online time and mileage, and how long the points are kept.
 *
 * @param maxGap two consecutive points further apart than this end an online span (the time between them
 *     is not online and the distance is not mileage); 5 minutes by default, the project's own choice
 * @param maxSpeedMetersPerSecond a point reached from the last kept point faster than this is an
 *     impossible jump: dropped and counted; 50 m/s (180 km/h) by default, the project's own choice
 * @param retention raw points older than this are purged (they are personal information; the daily online
 *     time and mileage are kept); 180 days by default, the project's own choice (no legal period was
 *     verified)
 * @param maxPointsPerUpload the most points one upload may carry; 2,000 by default, the project's own
 */
public record TrackRules(Duration maxGap, double maxSpeedMetersPerSecond, Duration retention, int maxPointsPerUpload) {

    /** The default online-span gap (the project's own choice). */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMinutes(5);

    /** The default impossible speed (the project's own choice). */
    public static final double DEFAULT_MAX_SPEED_METERS_PER_SECOND = 50;

    /** The default retention of raw points (the project's own choice). */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(180);

    public TrackRules {
        Objects.requireNonNull(maxGap, "maxGap");
        Objects.requireNonNull(retention, "retention");
        if (maxGap.isNegative()
                || maxGap.isZero()
                || !(maxSpeedMetersPerSecond > 0)
                || retention.isNegative()
                || retention.isZero()
                || maxPointsPerUpload <= 0) {
            throw new IllegalArgumentException("the gap, speed, retention and points per upload must be positive");
        }
    }

    /** The defaults. */
    public static TrackRules standard() {
        return new TrackRules(DEFAULT_MAX_GAP, DEFAULT_MAX_SPEED_METERS_PER_SECOND, DEFAULT_RETENTION, 2000);
    }

    /** These rules keeping raw points for {@code value}. */
    public TrackRules withRetention(Duration value) {
        return new TrackRules(maxGap, maxSpeedMetersPerSecond, value, maxPointsPerUpload);
    }
}
