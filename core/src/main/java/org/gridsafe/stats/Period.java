package org.gridsafe.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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

    /** The period of the same length just before this one. */
    public Period previous() {
        Duration length = Duration.between(from, to);
        return new Period(from.minus(length), from);
    }

    /**
     * 同比: the same period one year earlier, both ends moved back one calendar year in {@code zone}
     * (2026-03-01..2026-04-01 → 2025-03-01..2025-04-01; a 29 February end moves to 28 February).
     */
    public Period sameTimeLastYear(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new Period(
                from.atZone(zone).minusYears(1).toInstant(),
                to.atZone(zone).minusYears(1).toInstant());
    }

    /**
     * 环比: the period just before this one. When both ends are midnights at the start of a month in
     * {@code zone} (a month, a quarter, a half year, a year), the same number of calendar months
     * before (March → February, Q2 → Q1); otherwise the period of the same length just before
     * ({@link #previous()}), e.g. the week before a week.
     */
    public Period previousIn(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        if (isMonthStart(start) && isMonthStart(end)) {
            long months = ChronoUnit.MONTHS.between(start.toLocalDate(), end.toLocalDate());
            return new Period(start.minusMonths(months).toInstant(), from);
        }
        return previous();
    }

    private static boolean isMonthStart(ZonedDateTime t) {
        return t.getDayOfMonth() == 1 && t.toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
