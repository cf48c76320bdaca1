package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridsafe.testkit.SampleDistrict;

/** A clock tests move by hand, in the sample district's zone. */
final class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(LocalDateTime start) {
        this.now = start.atZone(SampleDistrict.ZONE).toInstant();
    }

    void set(LocalDateTime time) {
        now = time.atZone(SampleDistrict.ZONE).toInstant();
    }

    Instant at(LocalDateTime time) {
        return time.atZone(SampleDistrict.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return SampleDistrict.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use the district's zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
