package org.gridsafe.districtdata;

import java.util.Objects;

/**
 * One thing wrong with the input of an import.
 *
 * @param file the file, e.g. {@code grids.geojson} or {@code staff.csv}
 * @param location where in the file: {@code feature 3}, {@code row 12} (a table's header is row 1,
 *     as a spreadsheet shows it), or {@code file} for the file as a whole
 * @param field the property or column, or empty when the problem is not about one
 * @param message why it is wrong, and where it helps, what to write instead
 */
public record Problem(String file, String location, String field, String message) {

    /** Checks that no field is null. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ", " + location + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
