package org.gridsafe.patrol;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a {@link PatrolFrequency}, e.g. {@code 2026-11}, {@code 2026-Q4}, {@code 2026-W48}.
 *
 * @param key its name, part of an occurrence's id
 * @param start its first day
 * @param end the day after its last
 */
public record PatrolPeriod(String key, LocalDate start, LocalDate end) {

    public PatrolPeriod {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
        }
    }

    /**
     * Visit {@code k} (from 0) of {@code n} in this period: the period split into {@code n} windows of
     * (nearly) equal whole days, each at least one day and none past the end, keyed {@code <key>.<k+1>}
     * when there are several; the period itself when {@code n} is 1.
     */
    public PatrolPeriod visit(int k, int n) {
        if (n < 1 || k < 0 || k >= n) {
            throw new IllegalArgumentException("visit " + k + " of " + n);
        }
        if (n == 1) {
            return this;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        LocalDate from = start.plusDays(k * days / n);
        LocalDate to = start.plusDays((k + 1) * days / n);
        if (!to.isAfter(from)) {
            to = from.plusDays(1);
        }
        if (to.isAfter(end)) {
            from = end.minusDays(1);
            to = end;
        }
        return new PatrolPeriod(key + "." + (k + 1), from, to);
    }
}
