package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines on the 2026 mainland-China calendar (09:00-17:00, Asia/Shanghai) and the text format. */
class WorkCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkCalendar china = WorkCalendar.chinaMainland2026();

    /** Local Shanghai time, as written on a case file. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theChina2026CalendarKnowsHolidaysAndSwappedWorkdays() {
        assertThat(china.zone()).isEqualTo(SHANGHAI);
        assertThat(china.opening()).isEqualTo(LocalTime.of(9, 0));
        assertThat(china.closing()).isEqualTo(LocalTime.of(17, 0));
        assertThat(china.isWorkingDay(LocalDate.parse("2026-01-02")))
                .as("元旦, a Friday")
                .isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-01-04")))
                .as("Sunday worked for 元旦")
                .isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-02-14")))
                .as("Saturday worked for 春节")
                .isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-02-23")))
                .as("春节, a Monday")
                .isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-02-24"))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-03-07")))
                .as("an ordinary Saturday")
                .isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-04-06")))
                .as("清明节, a Monday")
                .isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-05-05"))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-05-09"))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-09-25"))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-10-07"))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(china.holidays()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(china.swappedWorkdays()).hasSize(6);
        assertThat(china.holidays().get(LocalDate.parse("2026-10-01"))).isEqualTo("国庆节");
    }

    @Test
    void workingTimeIsTheClosedDailyWindow() {
        assertThat(china.isWorkingTime(at("2026-03-09T09:00"))).isTrue();
        assertThat(china.isWorkingTime(at("2026-03-09T17:00"))).isTrue();
        assertThat(china.isWorkingTime(at("2026-03-09T17:00:01"))).isFalse();
        assertThat(china.isWorkingTime(at("2026-03-09T08:59:59"))).isFalse();
        assertThat(china.isWorkingTime(at("2026-03-07T10:00"))).as("Saturday").isFalse();
    }

    @Test
    void workingHoursCarryOverTheWeekend() {
        // Friday 15:00 + 4 h: 2 h on Friday, 2 h on Monday
        assertThat(china.deadline(at("2026-03-06T15:00"), TimeLimit.workingHours(4)))
                .isEqualTo(at("2026-03-09T11:00"));
        // exactly the rest of Friday: the deadline is Friday's closing, not Monday's opening
        assertThat(china.deadline(at("2026-03-06T15:00"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-03-06T17:00"));
    }

    @Test
    void workingDaysEndAtTheCloseOfTheNthWorkingDayAfterTheStartDate() {
        assertThat(china.deadline(at("2026-03-06T10:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-06T20:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-07T10:00"), TimeLimit.workingDays(1)))
                .as("start on Saturday")
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-09T08:00"), TimeLimit.workingDays(3)))
                .isEqualTo(at("2026-03-12T17:00"));
        assertThat(china.deadline(at("2026-03-09T10:00"), TimeLimit.workingDays(5)))
                .isEqualTo(at("2026-03-16T17:00"));
    }

    @Test
    void zeroWorkingDaysMeansByTheCloseOfTheSameWorkingDay() {
        assertThat(china.deadline(at("2026-03-09T10:00"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-09T17:00"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-09T18:00"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-03-10T17:00"));
        assertThat(china.deadline(at("2026-03-07T10:00"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-03-09T17:00"));
    }

    @Test
    void aHolidayInTheMiddleIsSkipped() {
        // Labour Day: 1-5 May off, Saturday 9 May worked
        assertThat(china.deadline(at("2026-04-30T16:00"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-05-06T10:00"));
        assertThat(china.deadline(at("2026-04-30T10:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-05-06T17:00"));
        assertThat(china.deadline(at("2026-04-30T10:00"), TimeLimit.workingDays(3)))
                .isEqualTo(at("2026-05-08T17:00"));
        assertThat(china.deadline(at("2026-04-30T10:00"), TimeLimit.workingDays(4)))
                .as("swapped Saturday 9 May")
                .isEqualTo(at("2026-05-09T17:00"));
        // National Day: 1-7 Oct off, Saturday 10 Oct worked; a major hazard's 30 working days
        assertThat(china.deadline(at("2026-09-30T14:00"), TimeLimit.workingDays(3)))
                .isEqualTo(at("2026-10-10T17:00"));
        assertThat(china.deadline(at("2026-09-30T14:00"), TimeLimit.workingHours(8)))
                .isEqualTo(at("2026-10-08T14:00"));
        assertThat(china.deadline(at("2026-09-30T14:00"), TimeLimit.workingDays(30)))
                .isEqualTo(at("2026-11-17T17:00"));
    }

    @Test
    void aSwappedSaturdayIsWorked() {
        assertThat(china.deadline(at("2026-02-13T16:00"), TimeLimit.workingHours(4)))
                .isEqualTo(at("2026-02-14T12:00"));
        assertThat(china.deadline(at("2026-02-13T16:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-02-14T17:00"));
        // then nine days of Spring Festival
        assertThat(china.deadline(at("2026-02-13T16:00"), TimeLimit.workingDays(2)))
                .isEqualTo(at("2026-02-24T17:00"));
        assertThat(china.deadline(at("2026-02-14T16:00"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-02-24T10:00"));
    }

    @Test
    void aStartOutsideWorkingHoursCountsFromTheNextOpening() {
        assertThat(china.deadline(at("2026-03-09T07:30"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-03-09T11:00"));
        assertThat(china.deadline(at("2026-03-09T20:00"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-03-10T11:00"));
        assertThat(china.deadline(at("2026-03-09T20:00"), TimeLimit.workingHours(0)))
                .isEqualTo(at("2026-03-10T09:00"));
        assertThat(china.deadline(at("2026-03-09T10:15"), TimeLimit.workingHours(0)))
                .isEqualTo(at("2026-03-09T10:15"));
        assertThat(china.deadline(at("2026-03-09T17:00"), TimeLimit.workingHours(0)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(china.deadline(at("2026-03-09T10:15"), TimeLimit.workingHours(16)))
                .isEqualTo(at("2026-03-11T10:15"));
    }

    @Test
    void aStartOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
        assertThat(china.deadline(at("2026-10-03T10:00"), TimeLimit.workingHours(8)))
                .isEqualTo(at("2026-10-08T17:00"));
        assertThat(china.deadline(at("2026-10-03T10:00"), TimeLimit.workingHours(9)))
                .isEqualTo(at("2026-10-09T10:00"));
        assertThat(china.deadline(at("2026-10-03T10:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-10-08T17:00"));
        assertThat(china.deadline(at("2026-10-03T10:00"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-10-08T17:00"));
    }

    @Test
    void longLimitsAreComputedWithoutSteppingMinuteByMinute() {
        Instant due = china.deadline(at("2026-01-05T09:00"), TimeLimit.workingHours(TimeLimit.MAX_AMOUNT));
        assertThat(china.isWorkingTime(due)).isTrue();
        assertThat(china.deadline(at("2026-01-05T09:00"), TimeLimit.workingDays(TimeLimit.MAX_AMOUNT)))
                .isAfter(at("2060-01-01T00:00"));
    }

    @Test
    void aCalendarCanBeBuiltInCode() {
        WorkCalendar calendar = WorkCalendar.builder()
                .zone(ZoneId.of("UTC"))
                .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
                .weekend(DayOfWeek.SUNDAY)
                .holiday(LocalDate.parse("2026-03-10"), "local holiday")
                .workday(LocalDate.parse("2026-03-15"), "")
                .build();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07")))
                .as("Saturday works")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-08"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-10"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-15"))).isTrue();
        assertThat(calendar.deadline(Instant.parse("2026-03-09T16:30:00Z"), TimeLimit.workingHours(2)))
                .isEqualTo(Instant.parse("2026-03-11T09:30:00Z"));
        assertThat(WorkCalendar.builder().build().workingWeekdays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void aLunchBreakIsNotWorkingTimeAndDeadlinesSkipIt() {
        WorkCalendar lunch = WorkCalendar.parse("zone Asia/Shanghai\n"
                + "hours 08:30-12:00 14:00-17:30\n"
                + "covers 2026\n"
                + "holiday 2026-05-01..2026-05-05 劳动节\n");
        assertThat(lunch.windows())
                .containsExactly(
                        new WorkCalendar.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new WorkCalendar.Window(LocalTime.of(14, 0), LocalTime.of(17, 30)));
        assertThat(lunch.opening()).isEqualTo(LocalTime.of(8, 30));
        assertThat(lunch.closing()).isEqualTo(LocalTime.of(17, 30));
        assertThat(lunch.isWorkingTime(at("2026-03-09T12:00"))).isTrue();
        assertThat(lunch.isWorkingTime(at("2026-03-09T12:01"))).isFalse();
        assertThat(lunch.isWorkingTime(at("2026-03-09T13:59"))).isFalse();
        assertThat(lunch.isWorkingTime(at("2026-03-09T14:00"))).isTrue();
        // 11:00 + 2 working hours: 1 h before lunch, 1 h after → 15:00
        assertThat(lunch.deadline(at("2026-03-09T11:00"), TimeLimit.workingHours(2)))
                .isEqualTo(at("2026-03-09T15:00"));
        // exactly up to the lunch break: 12:00, not 14:00
        assertThat(lunch.deadline(at("2026-03-09T11:00"), TimeLimit.workingHours(1)))
                .isEqualTo(at("2026-03-09T12:00"));
        // reported during lunch: counts from 14:00
        assertThat(lunch.deadline(at("2026-03-09T12:30"), TimeLimit.workingHours(0)))
                .isEqualTo(at("2026-03-09T14:00"));
        // a working day has 7 hours: 16:30 + 7 h → next day 16:30
        assertThat(lunch.deadline(at("2026-03-09T16:30"), TimeLimit.workingHours(7)))
                .isEqualTo(at("2026-03-10T16:30"));
        assertThat(lunch.deadline(at("2026-04-30T10:00"), TimeLimit.workingDays(1)))
                .isEqualTo(at("2026-05-06T17:30"));
        assertThat(lunch.deadline(at("2026-03-09T12:30"), TimeLimit.workingDays(0)))
                .isEqualTo(at("2026-03-09T17:30"));
    }

    @Test
    void aDeadlinePastTheLastCoveredYearIsFlagged() {
        assertThat(china.firstCoveredYear()).contains(Year.of(2026));
        assertThat(china.lastCoveredYear()).contains(Year.of(2026));
        WorkCalendar.Deadline inside = china.deadlineOf(at("2026-12-28T10:00"), TimeLimit.workingDays(3));
        assertThat(inside.instant()).isEqualTo(at("2026-12-31T17:00"));
        assertThat(inside.beyondCoverage()).isFalse();
        WorkCalendar.Deadline beyond = china.deadlineOf(at("2026-12-28T10:00"), TimeLimit.workingDays(4));
        assertThat(beyond.beyondCoverage()).isTrue();
        assertThat(beyond.lastCoveredYear()).contains(Year.of(2026));
        assertThat(beyond.instant())
                .isEqualTo(china.deadline(at("2026-12-28T10:00"), TimeLimit.workingDays(4)))
                .isEqualTo(at("2027-01-01T17:00")); // only the weekly pattern is known for 2027
        assertThat(china.deadlineOf(at("2025-12-31T10:00"), TimeLimit.workingHours(1))
                        .beyondCoverage())
                .as("a start before the first covered year")
                .isTrue();
        WorkCalendar unbounded = WorkCalendar.builder().build();
        assertThat(unbounded
                        .deadlineOf(at("2040-01-01T10:00"), TimeLimit.workingDays(5))
                        .beyondCoverage())
                .isFalse();
        assertThat(unbounded.covers(LocalDate.of(1990, 1, 1))).isTrue();
    }

    @Test
    void theSchedulerIsToldFromNovemberThatTheCalendarRunsOut() {
        java.time.Period twoMonths = java.time.Period.ofMonths(2);
        assertThat(china.coverageEndsWithin(at("2026-10-31T23:59"), twoMonths)).isFalse();
        assertThat(china.coverageEndsWithin(at("2026-11-01T00:00"), twoMonths)).isTrue();
        assertThat(china.coverageEndsWithin(at("2026-12-31T17:00"), twoMonths)).isTrue();
        assertThat(china.coverageEndsWithin(at("2027-03-01T09:00"), twoMonths))
                .as("still true once the year is over")
                .isTrue();
        assertThat(china.coverageEndsWithin(at("2026-06-01T09:00"), java.time.Period.ofMonths(7)))
                .isTrue();
        assertThat(WorkCalendar.builder().build().coverageEndsWithin(at("2026-12-31T09:00"), twoMonths))
                .isFalse();
        WorkCalendar twoYears = WorkCalendar.parse("covers 2026..2027\nholiday 2027-01-01 元旦\n");
        assertThat(twoYears.coverageEndsWithin(at("2026-11-01T00:00"), twoMonths))
                .isFalse();
        assertThat(twoYears.coverageEndsWithin(at("2027-11-01T00:00"), twoMonths))
                .isTrue();
    }

    @Test
    void theBuilderRejectsContradictions() {
        assertThatThrownBy(() -> WorkCalendar.builder().hours(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opening 17:00 is not before closing 09:00");
        assertThatThrownBy(() -> WorkCalendar.builder().weekend(DayOfWeek.values()))
                .hasMessage("every day is a weekend day; at least one weekday must work");
        assertThatThrownBy(() -> WorkCalendar.builder()
                        .holiday(LocalDate.parse("2026-02-14"), "春节")
                        .workday(LocalDate.parse("2026-02-14"), "春节调休"))
                .hasMessage("2026-02-14 is already a holiday (春节)");
        assertThatThrownBy(() -> WorkCalendar.builder()
                        .covers(Year.of(2026), Year.of(2026))
                        .holiday(LocalDate.parse("2027-01-01"), "元旦")
                        .build())
                .hasMessage("holiday 2027-01-01 lies outside the covered years 2026..2026; widen covers to include"
                        + " 2027 or remove the date");
        assertThatThrownBy(() -> WorkCalendar.builder().windows(List.of()))
                .hasMessage("a day has 1 or 2 working windows, found 0");
    }

    @Test
    void parsingTheExampleOfTheJavadoc() {
        WorkCalendar calendar = WorkCalendar.parse(new StringReader("# GridSafe work calendar, format 1\n"
                + "zone Asia/Shanghai\n"
                + "hours 08:30-17:30\n"
                + "weekend saturday\tSUNDAY\n"
                + "\n"
                + "holiday 2026-01-01 元旦\n"
                + "holiday 2026-02-15..2026-02-23 春节\n"
                + "workday 2026-02-14 春节调休\n"));
        assertThat(calendar.opening()).isEqualTo(LocalTime.of(8, 30));
        assertThat(calendar.holidays()).hasSize(10);
        assertThat(calendar.holidays().get(LocalDate.parse("2026-02-20"))).isEqualTo("春节");
        assertThat(calendar.swappedWorkdays()).containsEntry(LocalDate.parse("2026-02-14"), "春节调休");
        assertThat(WorkCalendar.parse("holiday 2026-01-01\n").holidays())
                .containsEntry(LocalDate.parse("2026-01-01"), "");
        assertThat(WorkCalendar.parse("weekend NONE\n").workingWeekdays()).hasSize(7);
        assertThat(WorkCalendar.parse("")).isEqualTo(WorkCalendar.builder().build());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zone Asia/Shanghai\\nholidays 2026-01-01 | work calendar line 2: unknown directive 'holidays';"
                        + " expected zone, hours, weekend, covers, notice, holiday or workday",
                "zone Asia/Beijing | work calendar line 1: unknown time zone 'Asia/Beijing'",
                "zone | work calendar line 1: zone needs a zone id such as Asia/Shanghai",
                "zone UTC\\n# c\\nzone UTC | work calendar line 3: zone is already set on line 1",
                "hours 9-17 | work calendar line 1: hours must look like 09:00-17:00 or 08:30-12:00 14:00-17:30,"
                        + " found '9-17'",
                "hours 09:00-17:00 extra | work calendar line 1: hours must look like 09:00-17:00 or 08:30-12:00"
                        + " 14:00-17:30, found 'extra'",
                "hours 08:00-10:00 11:00-12:00 13:00-17:00 | work calendar line 1: hours takes one window such as"
                        + " 09:00-17:00 or two such as 08:30-12:00 14:00-17:30, found '08:00-10:00 11:00-12:00"
                        + " 13:00-17:00'",
                "hours 14:00-17:30 08:30-12:00 | work calendar line 1: working window 08:30-12:00 must open after"
                        + " 14:00-17:30 closes (write the morning window first, e.g. 08:30-12:00 14:00-17:30)",
                "hours 08:30-12:00 12:00-17:30 | work calendar line 1: working window 12:00-17:30 must open after"
                        + " 08:30-12:00 closes (write the morning window first, e.g. 08:30-12:00 14:00-17:30)",
                "covers 26 | work calendar line 1: '26' is not a year (yyyy)",
                "covers 2027..2026 | work calendar line 1: covered years 2027..2026 end before they start",
                "covers 2026\\ncovers 2027 | work calendar line 2: covers is already set on line 1",
                "covers | work calendar line 1: covers needs a year such as 2026, or years such as 2026..2027",
                "covers 2026 2027 | work calendar line 1: covers takes one year or one range of years, found '2026"
                        + " 2027'",
                "holiday 2026-01-01\\nholiday 2027-01-01 元旦\\ncovers 2026 | work calendar line 2: 2027-01-01 lies"
                        + " outside the years this file covers (2026..2026, line 3); widen covers to include 2027 or"
                        + " move the date to that year's file",
                "hours 17:00-09:00 | work calendar line 1: opening 17:00 is not before closing 09:00",
                "weekend SATERDAY | work calendar line 1: 'SATERDAY' is not a day of the week (MONDAY ... SUNDAY)",
                "weekend | work calendar line 1: weekend needs day names such as SATURDAY SUNDAY, or NONE",
                "weekend MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY | work calendar line 1:"
                        + " every day is a weekend day; at least one weekday must work",
                "\\n\\nholiday 2026-02-30 x | work calendar line 3: '2026-02-30' is not a date (yyyy-MM-dd)",
                "holiday 2026/01/01 | work calendar line 1: '2026/01/01' is not a date (yyyy-MM-dd)",
                "holiday | work calendar line 1: holiday needs a date (yyyy-MM-dd) or a range"
                        + " (yyyy-MM-dd..yyyy-MM-dd)",
                "holiday 2026-02-23..2026-02-15 春节 | work calendar line 1: range 2026-02-23..2026-02-15 ends before"
                        + " it starts",
                "holiday 2026-01-01..2027-01-02 | work calendar line 1: range 2026-01-01..2027-01-02 is longer than"
                        + " 366 days",
                "holiday 2026-02-15..2026-02-23 春节\\nworkday 2026-02-20 调休 | work calendar line 2: 2026-02-20"
                        + " is already a holiday (春节)",
                "workday 2026-02-14 春节调休\\nholiday 2026-02-14 | work calendar line 2: 2026-02-14 is already a"
                        + " swapped working day (春节调休)",
                "covers 2026\\nnotice 2026 | work calendar line 2: notice 2026 needs its source, e.g. the notice's"
                        + " number and date",
                "covers 2026\\nnotice 2027 国办 | work calendar line 2: the notice of 2027 is for a year this file"
                        + " does not cover; widen covers to include 2027",
                "notice 2026 国办 | work calendar line 1: the notice of 2026 is for a year this file does not cover;"
                        + " widen covers to include 2026",
                "covers 2026\\nnotice 2026 a\\nnotice 2026 b | work calendar line 3: the notice of 2026 is already"
                        + " given on line 2",
                "notice 26 x | work calendar line 1: '26' is not a year (yyyy)",
            })
    void badLinesAreRejectedWithTheirLineNumber(String text, String message) {
        assertThatThrownBy(() -> WorkCalendar.parse(text.replace("\\n", "\n")))
                .isInstanceOf(WorkCalendarFormatException.class)
                .hasMessage(message);
    }

    @Test
    void eachCoveredYearMayNameItsNoticeAndTheTextKeepsIt() {
        WorkCalendar calendar = WorkCalendar.parse("covers 2026..2027\nnotice 2027 国办发明电〔2026〕1号 (2026-11-03)\n");
        assertThat(calendar.notices())
                .containsExactly(java.util.Map.entry(Year.of(2027), "国办发明电〔2026〕1号 (2026-11-03)"));
        assertThat(calendar.text()).contains("covers 2026..2027\nnotice 2027 国办发明电〔2026〕1号 (2026-11-03)\n");
        assertThat(WorkCalendar.parse(calendar.text())).isEqualTo(calendar);
        assertThat(calendar).isNotEqualTo(WorkCalendar.parse("covers 2026..2027\n"));
        assertThat(WorkCalendar.chinaMainland2026().notices())
                .containsExactly(java.util.Map.entry(Year.of(2026), "国办发明电〔2025〕7号 (2025-11-04)"));
        assertThatThrownBy(
                        () -> WorkCalendar.builder().notice(Year.of(2026), "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("widen covers to include 2026");
        assertThatThrownBy(() -> WorkCalendar.builder().notice(Year.of(2026), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLineNumberIsAvailableToCallers() {
        assertThatThrownBy(() -> WorkCalendar.parse("# header\n\nzone Nowhere/City\n"))
                .isInstanceOfSatisfying(
                        WorkCalendarFormatException.class,
                        e -> assertThat(e.lineNumber()).isEqualTo(3));
    }
}
