package org.gridsafe.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that stands still until a test moves it forward, for driving deadlines and escalations
 * through {@link org.gridsafe.GridSafe} without waiting.
 *
 * <pre>{@code
 * AdjustableClock clock = AdjustableClock.at(SampleDistrict.mondayMorning());
 * GridSafe gridSafe = GridSafe.builder().directory(SampleDistrict.directory()).clock(clock).build();
 * clock.advance(Duration.ofDays(3));
 * }</pre>
 */
public final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public AdjustableClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock standing where {@code clock} stands now, in its zone. */
    public static AdjustableClock at(Clock clock) {
        return new AdjustableClock(clock.instant(), clock.getZone());
    }

    /** Moves the clock forward by {@code amount} (which must not be negative). */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock only moves forward, not by " + amount);
        }
        now = now.plus(amount);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(now, other);
    }

    @Override
    public String toString() {
        return "AdjustableClock[" + now + ", " + zone + "]";
    }
}
