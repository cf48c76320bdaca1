package org.gridsafe.duty;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When a district works: the time zone, the working weekdays, one daily working window, public
 * holidays and swapped working days (调休). Turns a {@link TimeLimit} into a deadline.
 *
 * <h2>Working time</h2>
 *
 * A date is a <em>working day</em> if it is a swapped working day, or else if it is not a holiday and
 * its weekday is a working weekday. On a working day the <em>working window</em> is the closed
 * interval [opening, closing] in the calendar's zone; the closing instant itself counts as working
 * time, so a deadline at 17:00 is inside working time.
 *
 * <h2>Deadlines</h2>
 *
 * {@link #deadline(Instant, TimeLimit)}, with {@code startDate} the start's date in the zone:
 * <ul>
 *   <li><b>n working hours</b>: counts n hours of working time forward from the start. A start
 *       outside working time counts from the next opening. The result is the instant at which the
 *       n-th hour is used up; if that is exactly a closing time, the closing time (not the next
 *       opening). 0 working hours = the first working instant at or after the start.
 *   <li><b>n ≥ 1 working days</b>: the closing time of the n-th working day <em>after</em>
 *       {@code startDate}. Day 1 is the first working day strictly after the start's date, whether
 *       the start was inside working hours, after closing, or on a weekend or holiday (then the next
 *       working day is day 1). A case registered Friday 10:00 with 1 working day is due Monday 17:00.
 *   <li><b>0 working days</b> (当日): the closing time of the same working day — the first working
 *       day on or after {@code startDate} whose closing is not before the start.
 * </ul>
 * Deadlines are always inside working time, never earlier than the start, and grow with the limit.
 * They are computed day by day (not minute by minute), so long limits are cheap.
 *
 * <h2>Text format</h2>
 *
 * {@link #parse(String)} reads text (UTF-8 when read from a file), one directive per line; blank
 * lines and lines starting with {@code #} are ignored; words are separated by spaces or tabs.
 * <pre>
 * # GridSafe work calendar, format 1
 * zone Asia/Shanghai
 * hours 09:00-17:00
 * weekend SATURDAY SUNDAY
 * holiday 2026-01-01 元旦
 * holiday 2026-02-15..2026-02-23 春节
 * workday 2026-02-14 春节调休
 * </pre>
 * <ul>
 *   <li>{@code zone ID} — a {@link ZoneId}; at most once; default {@code Asia/Shanghai}.
 *   <li>{@code hours HH:MM-HH:MM} — the daily window, opening before closing; at most once; default
 *       {@code 09:00-17:00}.
 *   <li>{@code weekend DAY...} — English day names ({@code SATURDAY SUNDAY}, any case), or {@code NONE};
 *       at most once; default {@code SATURDAY SUNDAY}. At least one weekday must work.
 *   <li>{@code holiday DATE [name]} or {@code holiday DATE..DATE [name]} — public holidays, dates as
 *       {@code yyyy-MM-dd}, ranges inclusive and at most 366 days; the rest of the line is the name.
 *   <li>{@code workday DATE [name]} or {@code workday DATE..DATE [name]} — swapped working days (调休).
 * </ul>
 * A date may be a holiday or a swapped working day, not both, and not twice. Every rejected line
 * raises a {@link WorkCalendarFormatException} whose message starts {@code work calendar line N:}.
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.chinaMainland2026();
 * Instant due = calendar.deadline(Instant.parse("2026-04-30T08:00:00Z"), TimeLimit.workingDays(1));
 * // 2026-05-06T17:00+08:00: 1-5 May are the Labour Day holiday
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The default zone of a calendar: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String CHINA_2026_RESOURCE = "calendar-cn-2026.txt";
    private static final long MAX_RANGE_DAYS = 366;

    private final ZoneId zone;
    private final LocalTime opening;
    private final LocalTime closing;
    private final Set<DayOfWeek> workingWeekdays;
    private final ImmutableSortedMap<LocalDate, String> holidays;
    private final ImmutableSortedMap<LocalDate, String> workdays;

    private WorkCalendar(Builder b) {
        this.zone = b.zone;
        this.opening = b.opening;
        this.closing = b.closing;
        this.workingWeekdays = Sets.immutableEnumSet(b.workingWeekdays);
        this.holidays = ImmutableSortedMap.copyOf(b.holidays);
        this.workdays = ImmutableSortedMap.copyOf(b.workdays);
    }

    /** A builder with the defaults: Asia/Shanghai, Monday to Friday, 09:00-17:00, no holidays. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The 2026 calendar of mainland China: Asia/Shanghai, Monday to Friday 09:00-17:00, with the
     * public holidays and swapped working days of the State Council's notice for 2026 (国办发明电
     * of 2025-11-04, as reprinted by Xinhua). Hosts must check it against the notice and their own
     * working hours; the data is the resource {@code calendar-cn-2026.txt} next to this class.
     */
    public static WorkCalendar chinaMainland2026() {
        return China2026.INSTANCE;
    }

    private static final class China2026 {
        static final WorkCalendar INSTANCE = fromResource(CHINA_2026_RESOURCE);
    }

    private static WorkCalendar fromResource(String name) {
        InputStream in = WorkCalendar.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing next to " + WorkCalendar.class.getName());
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a calendar in the text format of the class description.
     *
     * @throws WorkCalendarFormatException for the first line that cannot be accepted
     */
    public static WorkCalendar parse(String text) {
        return parse(new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * As {@link #parse(String)}, from a reader (closed when done).
     *
     * @throws WorkCalendarFormatException for the first line that cannot be accepted
     * @throws UncheckedIOException if reading fails
     */
    public static WorkCalendar parse(Reader reader) {
        return new Parser().parse(reader);
    }

    /** The zone in which dates and the working window are read. */
    public ZoneId zone() {
        return zone;
    }

    /** The opening of the daily working window, local time. */
    public LocalTime opening() {
        return opening;
    }

    /** The closing of the daily working window, local time (inclusive). */
    public LocalTime closing() {
        return closing;
    }

    /** The weekdays that are working days unless a holiday. */
    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    /** Public holidays, by date, with their names (possibly empty). */
    public SortedMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** Swapped working days (调休), by date, with their names (possibly empty). */
    public SortedMap<LocalDate, String> swappedWorkdays() {
        return workdays;
    }

    /** Whether {@code date} is a working day (see the class description). */
    public boolean isWorkingDay(LocalDate date) {
        return workdays.containsKey(date)
                || (!holidays.containsKey(date) && workingWeekdays.contains(date.getDayOfWeek()));
    }

    /** Whether {@code instant} is inside the working window of a working day; the closing instant counts. */
    public boolean isWorkingTime(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        return isWorkingDay(date) && !instant.isBefore(openingOf(date)) && !instant.isAfter(closingOf(date));
    }

    /**
     * The instant by which a step started at {@code start} with {@code limit} must be done; exact
     * rules in the class description. Always inside working time and never before {@code start}.
     */
    public Instant deadline(Instant start, TimeLimit limit) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        LocalDate startDate = LocalDate.ofInstant(start, zone);
        switch (limit.unit()) {
            case WORKING_HOURS:
                return afterWorkingTime(start, startDate, Duration.ofHours(limit.amount()));
            case WORKING_DAYS:
                return afterWorkingDays(start, startDate, limit.amount());
            default:
                throw new IllegalStateException("unknown unit " + limit.unit());
        }
    }

    private Instant afterWorkingTime(Instant start, LocalDate startDate, Duration amount) {
        Duration remaining = amount;
        for (LocalDate date = startDate; ; date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant close = closingOf(date);
            if (start.isAfter(close)) {
                continue;
            }
            Instant from = max(start, openingOf(date));
            Duration available = Duration.between(from, close);
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
    }

    private Instant afterWorkingDays(Instant start, LocalDate startDate, long days) {
        if (days == 0) {
            LocalDate date = startDate;
            while (!isWorkingDay(date) || start.isAfter(closingOf(date))) {
                date = date.plusDays(1);
            }
            return closingOf(date);
        }
        LocalDate date = startDate;
        for (long counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return closingOf(date);
    }

    private Instant openingOf(LocalDate date) {
        return ZonedDateTime.of(date, opening, zone).toInstant();
    }

    private Instant closingOf(LocalDate date) {
        return ZonedDateTime.of(date, closing, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WorkCalendar)) {
            return false;
        }
        WorkCalendar other = (WorkCalendar) o;
        return zone.equals(other.zone)
                && opening.equals(other.opening)
                && closing.equals(other.closing)
                && workingWeekdays.equals(other.workingWeekdays)
                && holidays.equals(other.holidays)
                && workdays.equals(other.workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, opening, closing, workingWeekdays, holidays, workdays);
    }

    @Override
    public String toString() {
        return "WorkCalendar[zone " + zone + ", hours " + opening + "-" + closing + ", working " + workingWeekdays
                + ", holidays " + holidays.keySet() + ", workdays " + workdays.keySet() + "]";
    }

    /**
     * Builds a calendar programmatically; starts from Asia/Shanghai, Monday to Friday, 09:00-17:00.
     * Each method checks its arguments at once and throws {@link IllegalArgumentException}.
     */
    public static final class Builder {

        private ZoneId zone = DEFAULT_ZONE;
        private LocalTime opening = LocalTime.of(9, 0);
        private LocalTime closing = LocalTime.of(17, 0);
        private Set<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Map<LocalDate, String> workdays = new TreeMap<>();

        private Builder() {}

        /** The zone in which dates and the working window are read. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The daily working window [opening, closing]; opening must be before closing. */
        public Builder hours(LocalTime opening, LocalTime closing) {
            Objects.requireNonNull(opening, "opening");
            Objects.requireNonNull(closing, "closing");
            if (!opening.isBefore(closing)) {
                throw new IllegalArgumentException("opening " + opening + " is not before closing " + closing);
            }
            this.opening = opening;
            this.closing = closing;
            return this;
        }

        /** The weekend: every other weekday is a working weekday. At least one weekday must work. */
        public Builder weekend(Set<DayOfWeek> weekend) {
            Set<DayOfWeek> working = EnumSet.complementOf(EnumSet.noneOf(DayOfWeek.class));
            working.removeAll(weekend);
            if (working.isEmpty()) {
                throw new IllegalArgumentException("every day is a weekend day; at least one weekday must work");
            }
            this.workingWeekdays = working;
            return this;
        }

        /** As {@link #weekend(Set)}. */
        public Builder weekend(DayOfWeek... weekend) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            days.addAll(Arrays.asList(weekend));
            return weekend(days);
        }

        /** A public holiday; {@code name} may be empty. */
        public Builder holiday(LocalDate date, String name) {
            return holidays(date, date, name);
        }

        /** Public holidays from {@code first} to {@code last} inclusive (at most 366 days). */
        public Builder holidays(LocalDate first, LocalDate last, String name) {
            return add(holidays, "holiday", first, last, name);
        }

        /** A swapped working day (调休), usually a weekend day; {@code name} may be empty. */
        public Builder workday(LocalDate date, String name) {
            return workdays(date, date, name);
        }

        /** Swapped working days from {@code first} to {@code last} inclusive (at most 366 days). */
        public Builder workdays(LocalDate first, LocalDate last, String name) {
            return add(workdays, "swapped working day", first, last, name);
        }

        private Builder add(Map<LocalDate, String> target, String kind, LocalDate first, LocalDate last, String name) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(name, "name");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("range " + first + ".." + last + " ends before it starts");
            }
            if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                throw new IllegalArgumentException(
                        "range " + first + ".." + last + " is longer than " + MAX_RANGE_DAYS + " days");
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (holidays.containsKey(d)) {
                    throw new IllegalArgumentException(d + " is already a holiday" + named(holidays.get(d)));
                }
                if (workdays.containsKey(d)) {
                    throw new IllegalArgumentException(
                            d + " is already a swapped working day" + named(workdays.get(d)));
                }
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                target.put(d, name.strip());
            }
            return this;
        }

        private static String named(String name) {
            return name.isEmpty() ? "" : " (" + name + ")";
        }

        /** The calendar. */
        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }

    /** The line reader of {@link #parse(Reader)}. */
    private static final class Parser {

        private final Builder builder = builder();
        private int zoneLine;
        private int hoursLine;
        private int weekendLine;

        WorkCalendar parse(Reader reader) {
            try (BufferedReader lines = new BufferedReader(reader)) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (number == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    try {
                        directive(number, trimmed);
                    } catch (WorkCalendarFormatException e) {
                        throw e;
                    } catch (IllegalArgumentException | DateTimeException e) {
                        throw new WorkCalendarFormatException(number, e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return builder.build();
        }

        private void directive(int number, String line) {
            String[] words = line.split("[ \t]+", 3);
            String keyword = words[0];
            switch (keyword) {
                case "zone":
                    zoneLine = once(number, "zone", zoneLine);
                    builder.zone(zone(number, argument(number, words, "a zone id such as Asia/Shanghai")));
                    break;
                case "hours":
                    hoursLine = once(number, "hours", hoursLine);
                    hours(number, argument(number, words, "a window such as 09:00-17:00"));
                    if (words.length > 2) {
                        throw error(
                                number,
                                "hours takes one window such as 09:00-17:00, found '"
                                        + line.substring(keyword.length()).strip() + "'");
                    }
                    break;
                case "weekend":
                    weekendLine = once(number, "weekend", weekendLine);
                    weekend(number, line.substring(keyword.length()).strip());
                    break;
                case "holiday":
                    dates(number, words, true);
                    break;
                case "workday":
                    dates(number, words, false);
                    break;
                default:
                    throw error(
                            number,
                            "unknown directive '" + keyword + "'; expected zone, hours, weekend, holiday or workday");
            }
        }

        private static int once(int number, String keyword, int firstLine) {
            if (firstLine != 0) {
                throw error(number, keyword + " is already set on line " + firstLine);
            }
            return number;
        }

        private static String argument(int number, String[] words, String expected) {
            if (words.length < 2) {
                throw error(number, words[0] + " needs " + expected);
            }
            return words[1];
        }

        private static ZoneId zone(int number, String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                throw error(number, "unknown time zone '" + id + "'");
            }
        }

        private void hours(int number, String window) {
            String[] parts = window.split("-", -1);
            if (parts.length != 2) {
                throw error(number, "hours must look like 09:00-17:00, found '" + window + "'");
            }
            try {
                builder.hours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            } catch (DateTimeParseException e) {
                throw error(number, "hours must look like 09:00-17:00, found '" + window + "'");
            }
        }

        private void weekend(int number, String days) {
            if (days.isEmpty()) {
                throw error(number, "weekend needs day names such as SATURDAY SUNDAY, or NONE");
            }
            if (days.equalsIgnoreCase("NONE")) {
                builder.weekend(EnumSet.noneOf(DayOfWeek.class));
                return;
            }
            Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
            for (String day : days.split("[ \t]+")) {
                try {
                    weekend.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw error(number, "'" + day + "' is not a day of the week (MONDAY ... SUNDAY)");
                }
            }
            builder.weekend(weekend);
        }

        private void dates(int number, String[] words, boolean holiday) {
            String range = argument(number, words, "a date (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd)");
            String name = words.length > 2 ? words[2] : "";
            LocalDate first;
            LocalDate last;
            int dots = range.indexOf("..");
            if (dots < 0) {
                first = date(number, range);
                last = first;
            } else {
                first = date(number, range.substring(0, dots));
                last = date(number, range.substring(dots + 2));
            }
            if (holiday) {
                builder.holidays(first, last, name);
            } else {
                builder.workdays(first, last, name);
            }
        }

        private static LocalDate date(int number, String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(number, "'" + text + "' is not a date (yyyy-MM-dd)");
            }
        }

        private static WorkCalendarFormatException error(int number, String why) {
            return new WorkCalendarFormatException(number, why, null);
        }
    }
}
