package org.gridsafe.port;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A directory replacement refused for its {@link DirectoryChange} before anything was written:
 * its effective day is before the last recorded change's, or after today in the district's zone.
 * Thrown by every {@link WritableGridDirectory} that keeps a {@link GridDirectoryHistory}.
 */
public final class DirectoryChangeRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the refused field of the change ({@code effectiveFrom})
     * @param message why, naming the days involved
     */
    public DirectoryChangeRefusedException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The refused field of the {@link DirectoryChange}. */
    public String field() {
        return field;
    }

    /**
     * The effective-day rule: not before the last recorded change's effective day (the history stays
     * in order, so the current data is always the newest version) and not after {@code today} (a
     * change for a later day is recorded on that day; future-dated versions are not kept).
     *
     * @param change the change asked for
     * @param last the last recorded change, if any
     * @param today today in {@code zone}
     * @param zone the district's time zone, named in the message
     * @throws DirectoryChangeRefusedException when the rule is broken
     */
    public static void checkEffectiveDay(
            DirectoryChange change, Optional<DirectoryChangeRecord> last, LocalDate today, ZoneId zone) {
        LocalDate day = change.effectiveFrom();
        if (day.isAfter(today)) {
            throw new DirectoryChangeRefusedException(
                    "effectiveFrom",
                    day + " is after today (" + today + " in " + zone.getId() + "); a change that takes effect"
                            + " later is recorded on its day, future-dated changes are not kept");
        }
        if (last.isPresent() && day.isBefore(last.get().effectiveFrom())) {
            throw new DirectoryChangeRefusedException(
                    "effectiveFrom",
                    day + " is before " + last.get().effectiveFrom() + ", the effective day of the last recorded"
                            + " change (version " + last.get().version() + "); give that day or a later one");
        }
    }
}
