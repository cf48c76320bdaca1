package org.gridsafe.selfcheck;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-inspection plan's id: 1-64 letters, digits, '.', '-' or '_'.
 *
 * @param value the id
 */
public record SelfCheckPlanId(String value) implements Comparable<SelfCheckPlanId> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public SelfCheckPlanId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new InvalidSelfCheckException(
                    "planId", "must be 1-64 letters, digits, '.', '-' or '_'; got " + value);
        }
    }

    /** The id {@code value}. */
    public static SelfCheckPlanId of(String value) {
        return new SelfCheckPlanId(value);
    }

    @Override
    public int compareTo(SelfCheckPlanId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
