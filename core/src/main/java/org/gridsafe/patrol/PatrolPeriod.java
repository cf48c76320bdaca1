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
}
