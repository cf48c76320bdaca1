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
            WorkCalendar.Builder builder = WorkCalendar.builder()
                    .zone(ZoneId.of(zone))
                    .hours(
                            LocalTime.MIN.plus(QUARTER.multipliedBy(openQuarter)),
                            LocalTime.MIN.plus(QUARTER.multipliedBy(closeQuarter)))
                    .weekend(weekend);
            holidays.forEach(d -> builder.holiday(BASE.plusDays(d), "h" + d));
            workdays.stream()
                    .filter(d -> !holidays.contains(d))
                    .forEach(d -> builder.workday(BASE.plusDays(d), "w" + d));
            return builder.build();
        }
    }

    /** Windows open 06:00-10:00 and close 14:00-20:00, on quarter hours: daylight-saving jumps stay outside. */
    static Gen<Spec> calendars() {
        Gen<String> zones = Generate.pick(List.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York"));
        Gen<int[]> window =
                integers().between(6 * 4, 10 * 4).zip(integers().between(14 * 4, 20 * 4), (o, c) -> new int[] {o, c});
        Gen<Integer> weekend = integers().between(0, 126); // 127 would make every day a weekend day
        Gen<Set<Integer>> holidays =
                lists().of(integers().between(0, 119)).ofSizeBetween(0, 30).map(TreeSet::new);
        Gen<Set<Integer>> workdays =
                lists().of(integers().between(0, 119)).ofSizeBetween(0, 10).map(TreeSet::new);
        return zones.zip(window, weekend, holidays, workdays, (z, w, m, h, s) -> new Spec(z, w[0], w[1], m, h, s));
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
     * A brute-force count: walks quarter hour by quarter hour and counts the quarters whose both ends
     * are working time. Windows are on quarter hours and never span midnight, so that is exact.
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
                        if (calendar.isWorkingTime(t) && calendar.isWorkingTime(t.plus(QUARTER))) {
                            quarters++;
                        }
                    }
                    assertThat(quarters)
                            .as("working quarter hours up to %s", deadline)
                            .isEqualTo(hours * 4);
                    if (hours > 0) {
                        // and not a moment later than needed: the last quarter before the deadline was worked
                        assertThat(calendar.isWorkingTime(deadline.minus(QUARTER)))
                                .isTrue();
                    }
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
