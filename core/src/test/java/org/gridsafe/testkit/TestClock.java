package org.gridsafe.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: deterministic like {@link Clock#fixed}, but
 * able to let working hours pass so deadlines fall due. Thread-safe.
 *
 * <pre>{@code
 * TestClock clock = TestClock.mondayMorning();
 * clock.advance(Duration.ofDays(3));
 * }</pre>
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at {@code start} in {@code zone}. */
    public static TestClock at(Instant start, ZoneId zone) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
    }

    /** A clock at {@link SampleDistrict#mondayMorning()}. */
    public static TestClock mondayMorning() {
        return at(SampleDistrict.mondayMorning().instant(), SampleDistrict.ZONE);
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public Instant advance(Duration duration) {
        return now.updateAndGet(t -> t.plus(duration));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }
}
