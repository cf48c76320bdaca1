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
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When a district works: the time zone, the working weekdays, one or two daily working windows
 * (two where a district keeps a lunch break), public holidays and swapped working days (调休), and
 * the years whose holiday notice the calendar holds. Turns a {@link TimeLimit} into a deadline.
 *
 * <h2>Working time</h2>
 *
 * A date is a <em>working day</em> if it is a swapped working day, or else if it is not a holiday and
 * its weekday is a working weekday. On a working day each <em>working window</em> is the closed
 * interval [opening, closing] in the calendar's zone; the closing instant itself counts as working
 * time, so a deadline at 17:00 (or at 12:00, before a lunch break) is inside working time. The time
 * between two windows of a day is not working time.
 *
 * <h2>Deadlines</h2>
 *
 * {@link #deadline(Instant, TimeLimit)}, with {@code startDate} the start's date in the zone:
 * <ul>
 *   <li><b>n working hours</b>: counts n hours of working time forward from the start, window by
 *       window (a lunch break does not count). A start outside working time counts from the next
 *       opening. The result is the instant at which the n-th hour is used up; if that is exactly a
 *       closing time, the closing time (not the next opening). 0 working hours = the first working
 *       instant at or after the start.
 *   <li><b>n ≥ 1 working days</b>: the closing time of the last window of the n-th working day
 *       <em>after</em> {@code startDate}. Day 1 is the first working day strictly after the start's
 *       date, whether the start was inside working hours, after closing, or on a weekend or holiday
 *       (then the next working day is day 1). A case registered Friday 10:00 with 1 working day is
 *       due Monday 17:00.
 *   <li><b>0 working days</b> (当日): the last closing time of the same working day — the first
 *       working day on or after {@code startDate} whose last closing is not before the start.
 * </ul>
 * Deadlines are always inside working time, never earlier than the start, and grow with the limit.
 * They are computed day by day (not minute by minute), so long limits are cheap.
 *
 * <h2>Coverage: the years whose notice the calendar holds</h2>
 *
 * Holidays and swapped working days are published a year at a time (for mainland China, the State
 * Council's notice each November). A calendar may say which years it holds ({@code covers}); past
 * its last covered year it knows only the weekly pattern, so a deadline computed there may be wrong
 * by a holiday. Two signals report that, neither of which stops a deadline from being computed:
 * <ul>
 *   <li>{@link #deadlineOf(Instant, TimeLimit)} returns a {@link Deadline} whose {@link
 *       Deadline#beyondCoverage()} is true when the start or the deadline falls outside the covered
 *       years ({@link #deadline(Instant, TimeLimit)} returns the same instant without the flag);
 *   <li>{@link #coverageEndsWithin(Instant, java.time.Period)}, for a host's scheduler: {@code
 *       coverageEndsWithin(now, Period.ofMonths(2))} is true from 1 November of the last covered
 *       year on, so the command center can be warned to load next year's notice.
 * </ul>
 * A calendar without {@code covers} claims no years: it is never beyond its coverage.
 *
 * <h2>Text format</h2>
 *
 * {@link #parse(String)} reads text (UTF-8 when read from a file), one directive per line; blank
 * lines and lines starting with {@code #} are ignored; words are separated by spaces or tabs.
 * <pre>
 * # GridSafe work calendar, format 1
 * zone Asia/Shanghai
 * hours 08:30-12:00 14:00-17:30
 * weekend SATURDAY SUNDAY
 * covers 2026
 * notice 2026 国办发明电〔2025〕7号 (2025-11-04)
 * holiday 2026-01-01 元旦
 * holiday 2026-02-15..2026-02-23 春节
 * workday 2026-02-14 春节调休
 * </pre>
 * <ul>
 *   <li>{@code zone ID} — a {@link ZoneId}; at most once; default {@code Asia/Shanghai}.
 *   <li>{@code hours HH:MM-HH:MM [HH:MM-HH:MM]} — the daily working windows, one or two, each opening
 *       before its closing, the second opening after the first closes; at most once; default
 *       {@code 09:00-17:00} (the library's choice, not a national rule).
 *   <li>{@code weekend DAY...} — English day names ({@code SATURDAY SUNDAY}, any case), or {@code NONE};
 *       at most once; default {@code SATURDAY SUNDAY}. At least one weekday must work.
 *   <li>{@code covers YEAR} or {@code covers YEAR..YEAR} — the years whose holidays and swapped
 *       working days the file holds; at most once; every holiday and workday must lie in them.
 *   <li>{@code notice YEAR source} — where a covered year's holidays come from (the notice's number
 *       and date); at most once per year, only for covered years; optional.
 *   <li>{@code holiday DATE [name]} or {@code holiday DATE..DATE [name]} — public holidays, dates as
 *       {@code yyyy-MM-dd}, ranges inclusive and at most 366 days; the rest of the line is the name.
 *   <li>{@code workday DATE [name]} or {@code workday DATE..DATE [name]} — swapped working days (调休).
 * </ul>
 * A date may be a holiday or a swapped working day, not both, and not twice. Every rejected line
 * raises a {@link WorkCalendarFormatException} whose message starts {@code work calendar line N:}.
 * {@code docs/calendars.md} shows how a host adds next year's notice.
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.chinaMainland2026();
 * Instant due = calendar.deadline(Instant.parse("2026-04-30T08:00:00Z"), TimeLimit.workingDays(1));
 * // 2026-05-06T17:00+08:00: 1-5 May are the Labour Day holiday
 * calendar.deadlineOf(Instant.parse("2026-12-30T02:00:00Z"), TimeLimit.workingDays(3)).beyondCoverage();
 * // true: the deadline falls in 2027, whose notice the calendar does not hold
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The default zone of a calendar: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String CHINA_2026_RESOURCE = "calendar-cn-2026.txt";
    private static final long MAX_RANGE_DAYS = 366;

    /** The most working windows a day may have: a morning and an afternoon. */
    public static final int MAX_WINDOWS = 2;

    /** The longest source of a year's notice (the project's own bound, as for a day's name). */
    public static final int MAX_NOTICE_LENGTH = 500;

    /**
     * One daily working window [opening, closing], local time; the closing instant is working time.
     *
     * @param opening when work starts
     * @param closing when work stops, after {@code opening}
     */
    public record Window(LocalTime opening, LocalTime closing) {
        /** Checks that the window opens before it closes. */
        public Window {
            Objects.requireNonNull(opening, "opening");
            Objects.requireNonNull(closing, "closing");
            if (!opening.isBefore(closing)) {
                throw new IllegalArgumentException("opening " + opening + " is not before closing " + closing);
            }
        }

        /** E.g. {@code 08:30-12:00}. */
        @Override
        public String toString() {
            return opening + "-" + closing;
        }
    }

    /**
     * A deadline and whether the calendar could vouch for it.
     *
     * @param instant the deadline, as {@link WorkCalendar#deadline(Instant, TimeLimit)}
     * @param beyondCoverage whether the start or the deadline lies outside the years the calendar
     *     covers, so a holiday or swapped working day may be missing from the count
     * @param lastCoveredYear the last year the calendar covers, if it says
     */
    public record Deadline(Instant instant, boolean beyondCoverage, Optional<Year> lastCoveredYear) {
        /** Checks that every part is present. */
        public Deadline {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(lastCoveredYear, "lastCoveredYear");
        }
    }

    private final ZoneId zone;
    private final List<Window> windows;
    private final Set<DayOfWeek> workingWeekdays;
    private final ImmutableSortedMap<LocalDate, String> holidays;
    private final ImmutableSortedMap<LocalDate, String> workdays;
    private final Optional<Year> firstCoveredYear;
    private final Optional<Year> lastCoveredYear;
    private final ImmutableSortedMap<Year, String> notices;

    private WorkCalendar(Builder b) {
        this.zone = b.zone;
        this.windows = List.copyOf(b.windows);
        this.workingWeekdays = Sets.immutableEnumSet(b.workingWeekdays);
        this.holidays = ImmutableSortedMap.copyOf(b.holidays);
        this.workdays = ImmutableSortedMap.copyOf(b.workdays);
        this.firstCoveredYear = b.firstCoveredYear;
        this.lastCoveredYear = b.lastCoveredYear;
        this.notices = ImmutableSortedMap.copyOf(b.notices);
    }

    /** A builder with the defaults: Asia/Shanghai, Monday to Friday, 09:00-17:00, no holidays. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The 2026 calendar of mainland China: Asia/Shanghai, Monday to Friday 09:00-17:00 (the
     * library's default hours, not a national rule), covering 2026, with the public holidays and
     * swapped working days of 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, dated
     * 2025-11-04, as reprinted by Xinhua). Hosts must check it against the notice and their own
     * working hours; the data is the resource {@code calendar-cn-2026.txt} next to this class, and
     * {@code docs/calendars.md} shows how to add the next year's notice.
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
        return new Parser(false).parse(reader);
    }

    /**
     * Every line of {@code text} that {@link #parse(String)} would refuse, in line order (empty when
     * it reads), so a data import can report them all at once rather than the first.
     */
    public static List<WorkCalendarFormatException> problems(String text) {
        Parser parser = new Parser(true);
        try {
            parser.parse(new StringReader(Objects.requireNonNull(text, "text")));
        } catch (WorkCalendarFormatException e) {
            parser.errors.add(e);
        } catch (IllegalArgumentException e) {
            parser.errors.add(new WorkCalendarFormatException(0, e.getMessage(), e));
        }
        return List.copyOf(parser.errors);
    }

    /**
     * This calendar in the text format of the class description, which {@link #parse(String)}
     * reads back as an equal calendar: the settings, then holidays and swapped working days, a run of
     * consecutive days with the same name written as one range. The same calendar always gives the
     * same text, so a district's exported file is stable.
     *
     * @throws IllegalArgumentException if a day's name holds a line break, which the format cannot carry
     */
    public String text() {
        StringBuilder out = new StringBuilder("# GridSafe work calendar, format 1\n");
        out.append("zone ").append(zone.getId()).append('\n');
        out.append("hours ")
                .append(String.join(" ", windows.stream().map(Window::toString).toList()))
                .append('\n');
        List<DayOfWeek> weekend = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!workingWeekdays.contains(day)) {
                weekend.add(day);
            }
        }
        out.append("weekend ")
                .append(
                        weekend.isEmpty()
                                ? "NONE"
                                : String.join(
                                        " ", weekend.stream().map(Enum::name).toList()))
                .append('\n');
        firstCoveredYear.ifPresent(first -> {
            Year last = lastCoveredYear.orElseThrow();
            out.append("covers ")
                    .append(first)
                    .append(first.equals(last) ? "" : ".." + last)
                    .append('\n');
        });
        notices.forEach((year, source) -> {
            if (source.contains("\n") || source.contains("\r")) {
                throw new IllegalArgumentException(
                        "notice " + year + " has a source with a line break, which a calendar file cannot hold");
            }
            out.append("notice ").append(year).append(' ').append(source).append('\n');
        });
        ranges(out, "holiday", holidays);
        ranges(out, "workday", workdays);
        return out.toString();
    }

    private static void ranges(StringBuilder out, String keyword, SortedMap<LocalDate, String> days) {
        LocalDate first = null;
        LocalDate last = null;
        String name = null;
        for (Map.Entry<LocalDate, String> e : days.entrySet()) {
            if (e.getValue().contains("\n") || e.getValue().contains("\r")) {
                throw new IllegalArgumentException(keyword + " " + e.getKey()
                        + " has a name with a line break, which a calendar file cannot hold");
            }
            boolean extends_ = first != null
                    && e.getKey().equals(last.plusDays(1))
                    && e.getValue().equals(name)
                    && ChronoUnit.DAYS.between(first, e.getKey()) < MAX_RANGE_DAYS;
            if (extends_) {
                last = e.getKey();
                continue;
            }
            if (first != null) {
                range(out, keyword, first, last, name);
            }
            first = e.getKey();
            last = first;
            name = e.getValue();
        }
        if (first != null) {
            range(out, keyword, first, last, name);
        }
    }

    private static void range(StringBuilder out, String keyword, LocalDate first, LocalDate last, String name) {
        out.append(keyword).append(' ').append(first);
        if (!last.equals(first)) {
            out.append("..").append(last);
        }
        if (!name.isEmpty()) {
            out.append(' ').append(name);
        }
        out.append('\n');
    }

    /** The zone in which dates and the working window are read. */
    public ZoneId zone() {
        return zone;
    }

    /** The opening of the day's first working window, local time. */
    public LocalTime opening() {
        return windows.get(0).opening();
    }

    /** The closing of the day's last working window, local time (inclusive). */
    public LocalTime closing() {
        return windows.get(windows.size() - 1).closing();
    }

    /** The daily working windows in order: one, or two around a lunch break. */
    public List<Window> windows() {
        return windows;
    }

    /** The first year whose holidays the calendar holds, if it says ({@code covers}). */
    public Optional<Year> firstCoveredYear() {
        return firstCoveredYear;
    }

    /** The last year whose holidays the calendar holds, if it says ({@code covers}). */
    public Optional<Year> lastCoveredYear() {
        return lastCoveredYear;
    }

    /**
     * The source of each covered year's holidays (the notice, its number and date), by year, where
     * the calendar says ({@code notice}); a covered year may lack one.
     */
    public SortedMap<Year, String> notices() {
        return notices;
    }

    /** Whether the calendar holds the holidays of {@code date}'s year; true if it claims no years. */
    public boolean covers(LocalDate date) {
        int year = date.getYear();
        return firstCoveredYear.map(y -> y.getValue() <= year).orElse(true)
                && lastCoveredYear.map(y -> year <= y.getValue()).orElse(true);
    }

    /**
     * Whether the last covered year ends (midnight after its 31 December, in the calendar's zone)
     * no later than {@code within} after {@code now} — so a host's scheduler warns the command
     * center in time to load next year's notice. With {@code Period.ofMonths(2)} it is true from 1
     * November of the last covered year on, and stays true once that year is over. Always false
     * for a calendar that claims no years.
     */
    public boolean coverageEndsWithin(Instant now, java.time.Period within) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(within, "within");
        if (lastCoveredYear.isEmpty()) {
            return false;
        }
        ZonedDateTime end = lastCoveredYear.get().plusYears(1).atDay(1).atStartOfDay(zone);
        return !end.isAfter(now.atZone(zone).plus(within));
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

    /** Whether {@code instant} is inside a working window of a working day; closing instants count. */
    public boolean isWorkingTime(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        if (!isWorkingDay(date)) {
            return false;
        }
        for (Window window : windows) {
            if (!instant.isBefore(at(date, window.opening())) && !instant.isAfter(at(date, window.closing()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #deadline(Instant, TimeLimit)}, saying also whether the start or the deadline lies
     * outside the years the calendar covers (see the class description).
     */
    public Deadline deadlineOf(Instant start, TimeLimit limit) {
        Instant due = deadline(start, limit);
        boolean beyond = !covers(LocalDate.ofInstant(start, zone)) || !covers(LocalDate.ofInstant(due, zone));
        return new Deadline(due, beyond, lastCoveredYear);
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
            for (Window window : windows) {
                Instant close = at(date, window.closing());
                if (start.isAfter(close)) {
                    continue;
                }
                Instant from = max(start, at(date, window.opening()));
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
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

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private Instant closingOf(LocalDate date) {
        return at(date, closing());
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
                && windows.equals(other.windows)
                && workingWeekdays.equals(other.workingWeekdays)
                && holidays.equals(other.holidays)
                && workdays.equals(other.workdays)
                && firstCoveredYear.equals(other.firstCoveredYear)
                && lastCoveredYear.equals(other.lastCoveredYear)
                && notices.equals(other.notices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                zone, windows, workingWeekdays, holidays, workdays, firstCoveredYear, lastCoveredYear, notices);
    }

    @Override
    public String toString() {
        return "WorkCalendar[zone " + zone + ", hours " + windows + ", working " + workingWeekdays + ", covers "
                + firstCoveredYear.map(Year::toString).orElse("?") + ".."
                + lastCoveredYear.map(Year::toString).orElse("?") + ", holidays " + holidays.keySet()
                + ", workdays " + workdays.keySet() + "]";
    }

    /**
     * Builds a calendar programmatically; starts from Asia/Shanghai, Monday to Friday, 09:00-17:00.
     * Each method checks its arguments at once and throws {@link IllegalArgumentException}.
     */
    public static final class Builder {

        private ZoneId zone = DEFAULT_ZONE;
        private List<Window> windows = List.of(new Window(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        private Optional<Year> firstCoveredYear = Optional.empty();
        private Optional<Year> lastCoveredYear = Optional.empty();
        private Set<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Map<LocalDate, String> workdays = new TreeMap<>();
        private final Map<Year, String> notices = new TreeMap<>();

        private Builder() {}

        /** The zone in which dates and the working window are read. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** One daily working window [opening, closing]; opening must be before closing. */
        public Builder hours(LocalTime opening, LocalTime closing) {
            return windows(List.of(new Window(opening, closing)));
        }

        /**
         * The daily working windows: one, or two where a district keeps a lunch break, in order; the
         * second must open after the first closes.
         */
        public Builder windows(List<Window> windows) {
            Objects.requireNonNull(windows, "windows");
            if (windows.isEmpty() || windows.size() > MAX_WINDOWS) {
                throw new IllegalArgumentException(
                        "a day has 1 or " + MAX_WINDOWS + " working windows, found " + windows.size());
            }
            for (int i = 1; i < windows.size(); i++) {
                Window before = windows.get(i - 1);
                Window after = windows.get(i);
                if (!before.closing().isBefore(after.opening())) {
                    throw new IllegalArgumentException("working window " + after + " must open after " + before
                            + " closes (write the morning window first, e.g. 08:30-12:00 14:00-17:30)");
                }
            }
            this.windows = List.copyOf(windows);
            return this;
        }

        /** As {@link #windows(List)}. */
        public Builder windows(Window... windows) {
            return windows(Arrays.asList(windows));
        }

        /**
         * The years whose holidays and swapped working days this calendar holds, {@code first} to
         * {@code last} inclusive; {@link #build()} refuses a holiday or workday outside them.
         */
        public Builder covers(Year first, Year last) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("covered years " + first + ".." + last + " end before they start");
            }
            this.firstCoveredYear = Optional.of(first);
            this.lastCoveredYear = Optional.of(last);
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

        /**
         * Where {@code year}'s holidays come from: the notice, e.g. {@code 国办发明电〔2025〕7号
         * (2025-11-04)}; not blank, one line, at most 500 characters. {@link #build()} refuses a year
         * outside the covered years.
         */
        public Builder notice(Year year, String source) {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(source, "source");
            String text = source.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("the notice of " + year + " needs its source (number and date)");
            }
            if (text.contains("\n") || text.contains("\r")) {
                throw new IllegalArgumentException("the notice of " + year + " must be one line");
            }
            if (text.length() > MAX_NOTICE_LENGTH) {
                throw new IllegalArgumentException(
                        "the notice of " + year + " is longer than " + MAX_NOTICE_LENGTH + " characters");
            }
            if (notices.containsKey(year)) {
                throw new IllegalArgumentException("the notice of " + year + " is already given");
            }
            notices.put(year, text);
            return this;
        }

        private static String named(String name) {
            return name.isEmpty() ? "" : " (" + name + ")";
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if a holiday or swapped working day lies outside the
         *     covered years
         */
        public WorkCalendar build() {
            for (Year year : notices.keySet()) {
                if (firstCoveredYear.isEmpty()
                        || year.isBefore(firstCoveredYear.get())
                        || year.isAfter(lastCoveredYear.orElseThrow())) {
                    throw new IllegalArgumentException("the notice of " + year + " is for a year the calendar does"
                            + " not cover ("
                            + firstCoveredYear.map(Year::toString).orElse("no years") + ".."
                            + lastCoveredYear.map(Year::toString).orElse("") + "); widen covers to include " + year);
                }
            }
            if (firstCoveredYear.isPresent()) {
                int first = firstCoveredYear.get().getValue();
                int last = lastCoveredYear.orElseThrow().getValue();
                for (Map<LocalDate, String> days : List.of(holidays, workdays)) {
                    for (LocalDate d : days.keySet()) {
                        if (d.getYear() < first || d.getYear() > last) {
                            throw new IllegalArgumentException((days == holidays ? "holiday " : "swapped working day ")
                                    + d + " lies outside the covered years " + first + ".." + last
                                    + "; widen covers to include " + d.getYear() + " or remove the date");
                        }
                    }
                }
            }
            return new WorkCalendar(this);
        }
    }

    /** The line reader of {@link #parse(Reader)}. */
    private static final class Parser {

        private final Builder builder = builder();
        private int zoneLine;
        private int hoursLine;
        private int weekendLine;
        private int coversLine;
        private final Map<LocalDate, Integer> dateLines = new TreeMap<>();
        private final Map<Year, Integer> noticeLines = new TreeMap<>();
        private final boolean collect;
        private final List<WorkCalendarFormatException> errors = new ArrayList<>();

        Parser(boolean collect) {
            this.collect = collect;
        }

        /** Throws {@code e}, or in collecting mode records it and goes on. */
        private void fail(WorkCalendarFormatException e) {
            if (!collect) {
                throw e;
            }
            errors.add(e);
        }

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
                        fail(e);
                    } catch (IllegalArgumentException | DateTimeException e) {
                        fail(new WorkCalendarFormatException(number, e.getMessage(), e));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (coversLine != 0 && builder.firstCoveredYear.isPresent()) {
                // Checked here rather than left to build(), so the message names the date's line.
                Year first = builder.firstCoveredYear.orElseThrow();
                Year last = builder.lastCoveredYear.orElseThrow();
                Set<Integer> reported = new java.util.HashSet<>();
                for (Map.Entry<LocalDate, Integer> e : dateLines.entrySet()) {
                    int year = e.getKey().getYear();
                    // One problem per line (its first such date), not one per day of a range.
                    if ((year < first.getValue() || year > last.getValue()) && reported.add(e.getValue())) {
                        fail(error(
                                e.getValue(),
                                e.getKey() + " lies outside the years this file covers (" + first + ".." + last
                                        + ", line " + coversLine + "); widen covers to include " + year
                                        + " or move the date to that year's file"));
                    }
                }
            }
            for (Map.Entry<Year, Integer> e : noticeLines.entrySet()) {
                Year year = e.getKey();
                boolean inside = builder.firstCoveredYear.isPresent()
                        && !year.isBefore(builder.firstCoveredYear.get())
                        && !year.isAfter(builder.lastCoveredYear.orElseThrow());
                if (!inside) {
                    fail(error(
                            e.getValue(),
                            "the notice of " + year + " is for a year this file does not cover; widen covers to"
                                    + " include " + year));
                }
            }
            if (!errors.isEmpty()) {
                throw errors.remove(errors.size() - 1);
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
                    argument(number, words, "a window such as 09:00-17:00, or two such as 08:30-12:00 14:00-17:30");
                    hours(number, line.substring(keyword.length()).strip());
                    break;
                case "covers":
                    coversLine = once(number, "covers", coversLine);
                    covers(number, argument(number, words, "a year such as 2026, or years such as 2026..2027"));
                    if (words.length > 2) {
                        throw error(
                                number,
                                "covers takes one year or one range of years, found '"
                                        + line.substring(keyword.length()).strip() + "'");
                    }
                    break;
                case "weekend":
                    weekendLine = once(number, "weekend", weekendLine);
                    weekend(number, line.substring(keyword.length()).strip());
                    break;
                case "notice":
                    notice(number, words);
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
                            "unknown directive '" + keyword + "'; expected zone, hours, weekend, covers, notice,"
                                    + " holiday or workday");
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

        private void hours(int number, String text) {
            String[] parts = text.split("[ \t]+");
            if (parts.length > MAX_WINDOWS) {
                throw error(
                        number,
                        "hours takes one window such as 09:00-17:00 or two such as 08:30-12:00 14:00-17:30,"
                                + " found '" + text + "'");
            }
            List<Window> windows = new ArrayList<>();
            for (String window : parts) {
                String[] ends = window.split("-", -1);
                if (ends.length != 2) {
                    throw error(
                            number,
                            "hours must look like 09:00-17:00 or 08:30-12:00 14:00-17:30, found '" + window + "'");
                }
                try {
                    windows.add(new Window(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
                } catch (DateTimeParseException e) {
                    throw error(
                            number,
                            "hours must look like 09:00-17:00 or 08:30-12:00 14:00-17:30, found '" + window + "'");
                }
            }
            builder.windows(windows);
        }

        private void covers(int number, String years) {
            int dots = years.indexOf("..");
            Year first = year(number, dots < 0 ? years : years.substring(0, dots));
            Year last = dots < 0 ? first : year(number, years.substring(dots + 2));
            builder.covers(first, last);
        }

        private static Year year(int number, String text) {
            if (!text.matches("[0-9]{4}")) {
                throw error(number, "'" + text + "' is not a year (yyyy)");
            }
            return Year.of(Integer.parseInt(text));
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

        private void notice(int number, String[] words) {
            Year year = year(number, argument(number, words, "a year and its source, e.g. notice 2026 国办发明电〔2025〕7号"));
            if (words.length < 3 || words[2].isBlank()) {
                throw error(number, "notice " + year + " needs its source, e.g. the notice's number and date");
            }
            if (builder.notices.containsKey(year)) {
                throw error(number, "the notice of " + year + " is already given on line " + noticeLines.get(year));
            }
            builder.notice(year, words[2]);
            noticeLines.put(year, number);
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
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                dateLines.put(d, number);
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
