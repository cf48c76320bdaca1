package org.gridsafe.patrol;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A patrol occurrence's id. Scheduling derives it from plan, period and entity
 * ({@code plan:period:entity}, path-safe), so running a plan twice for one period makes no second occurrence.
 *
 * @param value 1-200 letters, digits, '.', '-', '_' or ':'
 */
public record OccurrenceId(String value) implements Comparable<OccurrenceId> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    public OccurrenceId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new InvalidPatrolException(
                    "occurrenceId", "must be 1-200 letters, digits, '.', '-', '_' or ':'; got " + value);
        }
    }

    /** The id {@code value}. */
    public static OccurrenceId of(String value) {
        return new OccurrenceId(value);
    }

    /** The id of the occurrence of {@code plan} in {@code period} for entity {@code entity}. */
    public static OccurrenceId of(PatrolPlanId plan, PatrolPeriod period, String entity) {
        return new OccurrenceId(plan.value() + ":" + period.key() + ":" + entity);
    }

    @Override
    public int compareTo(OccurrenceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
