package org.gridsafe.patrol;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A patrol plan's id: 1-64 letters, digits, '.', '-' or '_'.
 *
 * @param value the id
 */
public record PatrolPlanId(String value) implements Comparable<PatrolPlanId> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public PatrolPlanId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new InvalidPatrolException("planId", "must be 1-64 letters, digits, '.', '-' or '_'; got " + value);
        }
    }

    /** The id {@code value}. */
    public static PatrolPlanId of(String value) {
        return new PatrolPlanId(value);
    }

    @Override
    public int compareTo(PatrolPlanId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
