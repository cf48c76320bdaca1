package org.gridsafe.examples;

import java.time.Instant;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.gridsafe.duty.WorkCalendar;

/**
 * The warning the demo server logs each day from 1 November of the last year its work calendar
 * covers: past that year deadlines know only weekends, not the State Council's holidays, which it
 * publishes each November. Two months ahead is the project's own choice (the notice usually comes
 * in November); the same day's district notice ({@code DistrictNotices}) reaches the command center.
 */
final class CalendarCoverageWarning {

    /** How far ahead of the end of coverage the warning starts: the district notices' lead. */
    static final Period AHEAD = org.gridsafe.DistrictNotices.CALENDAR_AHEAD;

    private CalendarCoverageWarning() {}

    /** The warning for {@code now}, or empty while the calendar covers well beyond it (or claims no years). */
    static Optional<String> at(WorkCalendar calendar, Instant now) {
        if (!calendar.coverageEndsWithin(now, AHEAD)) {
            return Optional.empty();
        }
        Year last = calendar.lastCoveredYear().orElseThrow();
        boolean over = !calendar.covers(now.atZone(calendar.zone()).toLocalDate());
        return Optional.of("the work calendar holds public holidays up to " + last + " only: deadlines "
                + (over ? "now" : "after 31 December " + last)
                + " count weekends but no holidays; load the State Council's notice for " + last.plusYears(1)
                + " (docs/calendars.md, \"Adding next year's notice\")");
    }
}
