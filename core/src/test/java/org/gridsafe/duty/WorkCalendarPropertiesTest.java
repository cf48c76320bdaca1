package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Deadlines on random calendars: random zones (some with daylight saving time), windows, weekends,
 * holidays and swapped working days over the 120 days from 2026-01-01, random starts and limits.
 */
class WorkCalendarPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final Instant BASE_INSTANT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration QUARTER = Duration.ofMinutes(15);

    /** A random calendar, printable so a failure can be replayed. */
    record Spec(
            String zone,
            int openQuarter,
            int closeQuarter,
            int lunchFromQuarter,
            int lunchToQuarter,
            int weekendMask,
            Set<Integer> holidays,
            Set<Integer> workdays) {

        WorkCalendar calendar() {
            Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if ((weekendMask & (1 << day.ordinal())) != 0) {
                    weekend.add(day);
                }
            }
            LocalTime open = LocalTime.MIN.plus(QUARTER.multipliedBy(openQuarter));
            LocalTime close = LocalTime.MIN.plus(QUARTER.multipliedBy(closeQuarter));
            List<WorkCalendar.Window> windows = lunchFromQuarter == 0
                    ? List.of(new WorkCalendar.Window(open, close))
                    : List.of(
                            new WorkCalendar.Window(open, LocalTime.MIN.plus(QUARTER.multipliedBy(lunchFromQuarter))),
                            new WorkCalendar.Window(LocalTime.MIN.plus(QUARTER.multipliedBy(lunchToQuarter)), close));
            WorkCalendar.Builder builder = WorkCalendar.builder()
                    .zone(ZoneId.of(zone))
                    .windows(windows)
                    .weekend(weekend);
            holidays.forEach(d -> builder.holiday(BASE.plusDays(d), "h" + d));
            workdays.stream()
                    .filter(d -> !holidays.contains(d))
                    .forEach(d -> builder.workday(BASE.plusDays(d), "w" + d));
            return builder.build();
        }
    }

    /**
     * Days open 06:00-10:00 and close 14:00-20:00, on quarter hours: daylight-saving jumps stay
     * outside. Half the calendars have a lunch break starting 10:15-12:00 and lasting 15 minutes to
     * 1 h 45 min (two windows a day).
     */
    static Gen<Spec> calendars() {
        Gen<String> zones = Generate.pick(List.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York"));
        Gen<int[]> lunch = integers()
                .between(0, 1)
                .zip(
                        integers().between(41, 48),
                        integers().between(1, 7),
                        (has, from, length) -> has == 0 ? new int[] {0, 0} : new int[] {from, from + length});
        Gen<int[]> window = integers()
                .between(6 * 4, 10 * 4)
                .zip(integers().between(14 * 4, 20 * 4), lunch, (o, c, l) -> new int[] {o, c, l[0], l[1]});
        Gen<Integer> weekend = integers().between(0, 126); // 127 would make every day a weekend day
        Gen<Set<Integer>> holidays =
                lists().of(integers().between(0, 119)).ofSizeBetween(0, 30).map(TreeSet::new);
        Gen<Set<Integer>> workdays =
                lists().of(integers().between(0, 119)).ofSizeBetween(0, 10).map(TreeSet::new);
        return zones.zip(
                window, weekend, holidays, workdays, (z, w, m, h, s) -> new Spec(z, w[0], w[1], w[2], w[3], m, h, s));
    }

    /** Any instant in the first 100 days, to the second. */
    static Gen<Instant> starts() {
        return longs().between(0, 100L * 86_400).map(BASE_INSTANT::plusSeconds);
    }

    /** Instants on quarter hours in the first 100 days. */
    static Gen<Instant> quarterStarts() {
        return integers().between(0, 100 * 96).map(q -> BASE_INSTANT.plus(QUARTER.multipliedBy(q)));
    }

    static Gen<TimeLimit> limits() {
        return Generate.enumValues(TimeUnitKind.class).zip(integers().between(0, 60), (u, n) -> new TimeLimit(n, u));
    }

    @Test
    void deadlinesAreAlwaysWorkingTimeAndNeverBeforeTheStart() {
        qt().withExamples(EXAMPLES).forAll(calendars(), starts(), limits()).checkAssert((spec, start, limit) -> {
            WorkCalendar calendar = spec.calendar();
            Instant deadline = calendar.deadline(start, limit);
            assertThat(calendar.isWorkingTime(deadline))
                    .as("%s is working time", deadline)
                    .isTrue();
            assertThat(deadline).isAfterOrEqualTo(start);
        });
    }

    @Test
    void aLongerLimitNeverGivesAnEarlierDeadline() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        calendars(),
                        starts(),
                        Generate.enumValues(TimeUnitKind.class),
                        integers().between(0, 60).zip(integers().between(0, 60), (a, b) -> new int[] {a, b}))
                .checkAssert((spec, start, unit, ab) -> {
                    WorkCalendar calendar = spec.calendar();
                    long shorter = Math.min(ab[0], ab[1]);
                    long longer = Math.max(ab[0], ab[1]);
                    assertThat(calendar.deadline(start, new TimeLimit(shorter, unit)))
                            .isBeforeOrEqualTo(calendar.deadline(start, new TimeLimit(longer, unit)));
                });
    }

    /**
     * A brute-force count: walks quarter hour by quarter hour and counts the quarters whose middle
     * is working time. Windows (and lunch breaks) are on quarter hours and never span midnight, so
     * that is exact.
     */
    @Test
    void nWorkingHoursFromTheStartContainExactlyNHoursOfWorkingTime() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), quarterStarts(), integers().between(0, 24))
                .checkAssert((spec, start, hours) -> {
                    WorkCalendar calendar = spec.calendar();
                    Instant deadline = calendar.deadline(start, TimeLimit.workingHours(hours));
                    int quarters = 0;
                    for (Instant t = start; t.isBefore(deadline); t = t.plus(QUARTER)) {
                        if (calendar.isWorkingTime(t.plus(QUARTER.dividedBy(2)))) {
                            quarters++;
                        }
                    }
                    assertThat(quarters)
                            .as("working quarter hours up to %s", deadline)
                            .isEqualTo(hours * 4);
                    if (hours > 0) {
                        // and not a moment later than needed: the last quarter before the deadline was worked
                        assertThat(calendar.isWorkingTime(deadline.minus(QUARTER.dividedBy(2))))
                                .isTrue();
                    }
                });
    }

    @Test
    void aDeadlineIsFlaggedExactlyWhenItOrItsStartLeavesTheCoveredYears() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), starts(), limits(), integers().between(0, 2))
                .checkAssert((spec, start, limit, extraYears) -> {
                    // The random holidays all lie in 2026; the calendar covers 2026 (and maybe later years).
                    WorkCalendar base = spec.calendar();
                    WorkCalendar.Builder covered = WorkCalendar.builder()
                            .zone(base.zone())
                            .windows(base.windows())
                            .weekend(EnumSet.complementOf(EnumSet.copyOf(base.workingWeekdays())))
                            .covers(Year.of(2026), Year.of(2026 + extraYears));
                    base.holidays().forEach(covered::holiday);
                    base.swappedWorkdays().forEach(covered::workday);
                    WorkCalendar calendar = covered.build();
                    WorkCalendar.Deadline deadline = calendar.deadlineOf(start, limit);
                    assertThat(deadline.instant()).isEqualTo(base.deadline(start, limit));
                    int startYear = LocalDate.ofInstant(start, calendar.zone()).getYear();
                    int dueYear = LocalDate.ofInstant(deadline.instant(), calendar.zone())
                            .getYear();
                    // (a start at 2026-01-01T00:00Z is still 2025 in New York: before the first covered year)
                    boolean outside = startYear < 2026
                            || startYear > 2026 + extraYears
                            || dueYear < 2026
                            || dueYear > 2026 + extraYears;
                    assertThat(deadline.beyondCoverage()).isEqualTo(outside);
                    assertThat(calendar.isWorkingTime(deadline.instant())).isTrue();
                });
    }

    @Test
    void nWorkingDaysEndAtTheCloseOfTheNthWorkingDayAfterTheStartDate() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), starts(), integers().between(1, 40))
                .checkAssert((spec, start, days) -> {
                    WorkCalendar calendar = spec.calendar();
                    Instant deadline = calendar.deadline(start, TimeLimit.workingDays(days));
                    LocalDate startDate = LocalDate.ofInstant(start, calendar.zone());
                    LocalDate endDate = LocalDate.ofInstant(deadline, calendar.zone());
                    long counted = startDate
                            .plusDays(1)
                            .datesUntil(endDate.plusDays(1))
                            .filter(calendar::isWorkingDay)
                            .count();
                    assertThat(counted).isEqualTo((long) days);
                    assertThat(calendar.isWorkingDay(endDate)).isTrue();
                    assertThat(deadline)
                            .isEqualTo(endDate.atTime(calendar.closing())
                                    .atZone(calendar.zone())
                                    .toInstant());
                });
    }
}
