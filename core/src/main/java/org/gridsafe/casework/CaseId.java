package org.gridsafe.casework;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a case, e.g. {@code YH20261129-000042}: 1-64 letters, digits, '-' or '_'.
 *
 * @param value the identifier as printed
 */
public record CaseId(String value) implements Comparable<CaseId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CaseId {
        Objects.requireNonNull(value, "case id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("case id '" + value + "' must be 1-64 letters, digits, '-' or '_'");
        }
    }

    /** Parses {@code value}; throws {@link IllegalArgumentException} saying why it is not an id. */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
