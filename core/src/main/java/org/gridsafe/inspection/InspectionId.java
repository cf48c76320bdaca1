package org.gridsafe.inspection;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An inspection's id, chosen by the caller (a terminal that retries sends the same id).
 *
 * @param value 1-100 letters, digits, '.', '-', '_' or ':'
 */
public record InspectionId(String value) implements Comparable<InspectionId> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public InspectionId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new InvalidInspectionException(
                    "id", "must be 1-100 letters, digits, '.', '-', '_' or ':'; got " + value);
        }
    }

    /** The id {@code value}. */
    public static InspectionId of(String value) {
        return new InspectionId(value);
    }

    @Override
    public int compareTo(InspectionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
