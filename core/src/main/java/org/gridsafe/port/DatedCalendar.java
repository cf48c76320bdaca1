package org.gridsafe.port;

import java.time.LocalDate;
import java.util.Objects;
import org.gridsafe.duty.WorkCalendar;

/**
 * The work calendar as it stood on a day: the recorded directory version then in force, and the
 * version that loaded that calendar (the last one before or at it that changed the calendar), with
 * who recorded it and from which day it held.
 *
 * @param calendar the work calendar of that version
 * @param version the number of the recorded change in force that day (from 1)
 * @param effectiveFrom the day that version took effect
 * @param loadedIn the version that loaded this calendar (at most {@code version}); for a database
 *     upgraded from a schema that did not keep calendars, the latest version at the upgrade when the
 *     calendar was not changed after it
 * @param loadedFrom the effective day of {@code loadedIn}
 * @param loadedById the id of the actor who recorded {@code loadedIn}
 * @param loadedByName that actor's display name
 */
public record DatedCalendar(
        WorkCalendar calendar,
        long version,
        LocalDate effectiveFrom,
        long loadedIn,
        LocalDate loadedFrom,
        String loadedById,
        String loadedByName) {

    public DatedCalendar {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(loadedFrom, "loadedFrom");
        Objects.requireNonNull(loadedById, "loadedById");
        Objects.requireNonNull(loadedByName, "loadedByName");
        if (loadedIn < 1 || loadedIn > version) {
            throw new IllegalArgumentException("loadedIn: must be 1-" + version + ", got " + loadedIn);
        }
        if (loadedFrom.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(
                    "loadedFrom: must not be after effectiveFrom " + effectiveFrom + ", got " + loadedFrom);
        }
    }
}
