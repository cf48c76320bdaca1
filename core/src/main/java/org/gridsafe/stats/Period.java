package org.gridsafe.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time interval [from, to) that statistics count over.
 *
 * @param from the first instant inside
 * @param to the first instant after
 */
public record Period(Instant from, Instant to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period start " + from + " must be before its end " + to);
        }
    }

    /** Whether {@code instant} lies in [from, to). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** The period of the same length just before this one (for period-over-period comparison). */
    public Period previous() {
        Duration length = Duration.between(from, to);
        return new Period(from.minus(length), from);
    }
}
