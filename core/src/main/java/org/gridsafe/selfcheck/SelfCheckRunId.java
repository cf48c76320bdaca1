package org.gridsafe.selfcheck;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-inspection run's id, chosen by the terminal that submits it (so a retry names the same run): 1-64 letters, digits, '.', '-' or '_'.
 *
 * @param value the id
 */
public record SelfCheckRunId(String value) implements Comparable<SelfCheckRunId> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public SelfCheckRunId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new InvalidSelfCheckException("runId", "must be 1-64 letters, digits, '.', '-' or '_'; got " + value);
        }
    }

    /** The id {@code value}. */
    public static SelfCheckRunId of(String value) {
        return new SelfCheckRunId(value);
    }

    @Override
    public int compareTo(SelfCheckRunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
