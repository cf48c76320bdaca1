package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.gridsafe.duty.WorkCalendar;
import org.junit.jupiter.api.Test;

class CalendarCoverageWarningTest {

    private final WorkCalendar calendar = WorkCalendar.chinaMainland2026();

    @Test
    void silentUntilTheFirstOfNovemberOfTheLastCoveredYearThenWarnsDaily() {
        assertThat(CalendarCoverageWarning.at(calendar, shanghai(2026, 10, 31, 23)))
                .isEmpty();
        assertThat(CalendarCoverageWarning.at(calendar, shanghai(2026, 11, 1, 0)))
                .hasValueSatisfying(w -> assertThat(w)
                        .contains("up to 2026 only")
                        .contains("after 31 December 2026")
                        .contains("notice for 2027"));
    }

    @Test
    void afterTheCoveredYearItSaysDeadlinesNowIgnoreHolidays() {
        assertThat(CalendarCoverageWarning.at(calendar, shanghai(2027, 1, 2, 9)))
                .hasValueSatisfying(w -> assertThat(w).contains("deadlines now count weekends but no holidays"));
    }

    @Test
    void aCalendarThatClaimsNoYearsNeverWarns() {
        WorkCalendar open = WorkCalendar.builder().zone(calendar.zone()).build();
        assertThat(CalendarCoverageWarning.at(open, shanghai(2030, 12, 31, 9))).isEmpty();
    }

    private java.time.Instant shanghai(int y, int m, int d, int h) {
        return ZonedDateTime.of(y, m, d, h, 0, 0, 0, calendar.zone()).toInstant();
    }
}
