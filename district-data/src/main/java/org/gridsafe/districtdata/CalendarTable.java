package org.gridsafe.districtdata;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gridsafe.duty.WorkCalendar;

/**
 * The {@code calendar} table ({@code calendar.csv} or {@code .xlsx}): the work calendar as rows,
 * beside the older {@code calendar.txt}. One {@code HOURS} row (working windows, weekend, zone),
 * one {@code YEAR} row per covered year with the source of that year's notice, and one row per
 * holiday or swapped working day (or run of days). Layout: {@code docs/district-data.md}.
 */
final class CalendarTable {

    /** What a row says. */
    enum Kind {
        HOURS("工作时间"),
        YEAR("覆盖年度"),
        HOLIDAY("休息日"),
        WORKDAY("调休上班");

        private final String zhName;

        Kind(String zhName) {
            this.zhName = zhName;
        }

        String zhName() {
            return zhName;
        }
    }

    /**
     * Written for a covered year stored without the source of its notice (one set in code or read
     * from a {@code calendar.txt} without {@code notice}), and read back as no source, so such a
     * calendar goes through the table unchanged.
     */
    static final String NO_SOURCE = TimeLimitsTable.NO_SOURCE;

    private static final long MAX_RANGE_DAYS = 366;

    private static final Map<String, DayOfWeek> ZH_DAYS = Map.ofEntries(
            Map.entry("周一", DayOfWeek.MONDAY),
            Map.entry("周二", DayOfWeek.TUESDAY),
            Map.entry("周三", DayOfWeek.WEDNESDAY),
            Map.entry("周四", DayOfWeek.THURSDAY),
            Map.entry("周五", DayOfWeek.FRIDAY),
            Map.entry("周六", DayOfWeek.SATURDAY),
            Map.entry("周日", DayOfWeek.SUNDAY),
            Map.entry("星期一", DayOfWeek.MONDAY),
            Map.entry("星期二", DayOfWeek.TUESDAY),
            Map.entry("星期三", DayOfWeek.WEDNESDAY),
            Map.entry("星期四", DayOfWeek.THURSDAY),
            Map.entry("星期五", DayOfWeek.FRIDAY),
            Map.entry("星期六", DayOfWeek.SATURDAY),
            Map.entry("星期日", DayOfWeek.SUNDAY),
            Map.entry("星期天", DayOfWeek.SUNDAY));

    private CalendarTable() {}

    /** The calendar of the rows, or empty with every problem added (file, row, column, why). */
    static Optional<WorkCalendar> read(DistrictValidator.Named table, List<Problem> problems) {
        int before = problems.size();
        String file = table.file();
        WorkCalendar.Builder builder = WorkCalendar.builder();
        TableRow hours = null;
        SortedMap<Year, TableRow> years = new TreeMap<>();
        Map<Year, String> sources = new TreeMap<>();
        // Every day of the holiday and workday rows, with its row, checked once the years are known.
        Map<LocalDate, TableRow> dayRows = new TreeMap<>();
        record Days(TableRow row, boolean holiday, LocalDate first, LocalDate last, String name) {}
        List<Days> days = new ArrayList<>();
        for (TableRow row : table.rows()) {
            String at = row.location();
            Optional<Kind> kind = DistrictValidator.parseEnum(Kind.class, row.cell("kind"), Kind::zhName);
            if (kind.isEmpty()) {
                problems.add(new Problem(
                        file,
                        at,
                        "kind",
                        "'" + row.cell("kind") + "' is not a kind of calendar row; expected HOURS (工作时间),"
                                + " YEAR (覆盖年度), HOLIDAY (休息日) or WORKDAY (调休上班)"));
                continue;
            }
            onlyFor(file, row, kind.get(), problems);
            switch (kind.get()) {
                case HOURS -> {
                    if (hours != null) {
                        problems.add(new Problem(
                                file,
                                at,
                                "kind",
                                "the working hours are already given on " + hours.location() + "; give one HOURS row"));
                        continue;
                    }
                    hours = row;
                    hours(file, row, builder, problems);
                }
                case YEAR -> {
                    Optional<Year> year = year(file, row, problems);
                    String source = row.cell("source");
                    if (source.isEmpty()) {
                        problems.add(new Problem(
                                file,
                                at,
                                "source",
                                "is required on a YEAR row: the notice the year's holidays come from, e.g."
                                        + " 国办发明电〔2025〕7号 (2025-11-04)"));
                    } else if (source.contains("\n") || source.contains("\r")) {
                        problems.add(new Problem(file, at, "source", "must be one line"));
                    } else if (source.length() > WorkCalendar.MAX_NOTICE_LENGTH) {
                        problems.add(new Problem(
                                file,
                                at,
                                "source",
                                "is longer than " + WorkCalendar.MAX_NOTICE_LENGTH + " characters"));
                    }
                    if (year.isEmpty()) {
                        continue;
                    }
                    TableRow earlier = years.putIfAbsent(year.get(), row);
                    if (earlier != null) {
                        problems.add(new Problem(
                                file,
                                at,
                                "date",
                                year.get() + " is already covered on " + earlier.location()
                                        + "; give one row per year"));
                    } else if (!source.isEmpty() && !source.equals(NO_SOURCE)) {
                        sources.put(year.get(), source);
                    }
                }
                case HOLIDAY, WORKDAY -> {
                    Optional<LocalDate[]> range = range(file, row, problems);
                    if (range.isEmpty()) {
                        continue;
                    }
                    LocalDate first = range.get()[0];
                    LocalDate last = range.get()[1];
                    boolean clash = false;
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        TableRow earlier = dayRows.putIfAbsent(d, row);
                        if (earlier != null && !clash) {
                            problems.add(new Problem(
                                    file,
                                    at,
                                    "date",
                                    d + " is already a day of " + earlier.location() + "; a day is a holiday or a"
                                            + " swapped working day once"));
                            clash = true;
                        }
                    }
                    if (!clash) {
                        days.add(new Days(row, kind.get() == Kind.HOLIDAY, first, last, row.cell("name")));
                    }
                }
            }
        }
        // The covered years must be one run, as WorkCalendar's covers is.
        Year previous = null;
        for (Map.Entry<Year, TableRow> e : years.entrySet()) {
            if (previous != null && e.getKey().getValue() != previous.getValue() + 1) {
                problems.add(new Problem(
                        file,
                        e.getValue().location(),
                        "date",
                        "the covered years must follow each other: " + previous.plusYears(1) + " is missing between "
                                + previous + " and " + e.getKey()));
            }
            previous = e.getKey();
        }
        for (Days d : days) {
            int year = d.first().getYear();
            int lastYear = d.last().getYear();
            if (years.isEmpty()) {
                continue;
            }
            Year outside = !years.containsKey(Year.of(year)) ? Year.of(year) : Year.of(lastYear);
            if (!years.containsKey(Year.of(year)) || !years.containsKey(Year.of(lastYear))) {
                problems.add(new Problem(
                        file,
                        d.row().location(),
                        "date",
                        "lies in " + outside + ", which no YEAR row covers (covered: " + years.firstKey() + ".."
                                + years.lastKey() + "); add a YEAR row for " + outside
                                + " with its notice, or move the date"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!years.isEmpty()) {
            builder.covers(years.firstKey(), years.lastKey());
        }
        sources.forEach(builder::notice);
        for (Days d : days) {
            if (d.holiday()) {
                builder.holidays(d.first(), d.last(), d.name());
            } else {
                builder.workdays(d.first(), d.last(), d.name());
            }
        }
        return Optional.of(builder.build());
    }

    /** Cells a row of this kind has no use for must be empty, so nothing written is silently dropped. */
    private static void onlyFor(String file, TableRow row, Kind kind, List<Problem> problems) {
        List<String> unused = switch (kind) {
            case HOURS -> List.of("date", "name", "source");
            case YEAR -> List.of("name", "windows", "weekend", "zone");
            case HOLIDAY, WORKDAY -> List.of("windows", "weekend", "zone", "source");
        };
        for (String column : unused) {
            if (!row.cell(column).isEmpty()) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        column,
                        "is not used on a " + kind + " (" + kind.zhName() + ") row; leave it empty"));
            }
        }
    }

    private static void hours(String file, TableRow row, WorkCalendar.Builder builder, List<Problem> problems) {
        String at = row.location();
        String windows = row.cell("windows");
        if (windows.isEmpty()) {
            problems.add(new Problem(
                    file,
                    at,
                    "windows",
                    "is required on the HOURS row: one working window such as 09:00-17:00, or two around a"
                            + " lunch break such as 08:30-12:00;14:00-17:30"));
        } else {
            List<WorkCalendar.Window> list = new ArrayList<>();
            boolean ok = true;
            for (String part : windows.split("[;；,，\\s]+")) {
                String[] ends = part.split("[-–~～]", -1);
                try {
                    if (ends.length != 2) {
                        throw new DateTimeParseException("", part, 0);
                    }
                    list.add(new WorkCalendar.Window(
                            LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(
                            file,
                            at,
                            "windows",
                            "'" + part + "' is not a working window; write HH:MM-HH:MM, two separated by ;"
                                    + " (08:30-12:00;14:00-17:30)"));
                    ok = false;
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, at, "windows", e.getMessage()));
                    ok = false;
                }
            }
            if (ok) {
                try {
                    builder.windows(list);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, at, "windows", e.getMessage()));
                }
            }
        }
        String weekend = row.cell("weekend");
        if (!weekend.isEmpty()) {
            Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
            boolean ok = true;
            if (!weekend.equalsIgnoreCase("NONE") && !weekend.equals("无")) {
                for (String day : weekend.split("[;；,，、\\s]+")) {
                    Optional<DayOfWeek> d = day(day);
                    if (d.isEmpty()) {
                        problems.add(new Problem(
                                file,
                                at,
                                "weekend",
                                "'" + day + "' is not a day of the week; write SATURDAY;SUNDAY (周六;周日), or NONE"
                                        + " (无) for a calendar without weekend"));
                        ok = false;
                    } else {
                        off.add(d.get());
                    }
                }
            }
            if (ok) {
                try {
                    builder.weekend(off);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(file, at, "weekend", e.getMessage()));
                }
            }
        }
        String zone = row.cell("zone");
        if (!zone.isEmpty()) {
            try {
                builder.zone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                problems.add(new Problem(
                        file, at, "zone", "'" + zone + "' is not a time zone; write an id such as Asia/Shanghai"));
            }
        }
    }

    private static Optional<DayOfWeek> day(String text) {
        DayOfWeek zh = ZH_DAYS.get(text);
        if (zh != null) {
            return Optional.of(zh);
        }
        try {
            return Optional.of(DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Year> year(String file, TableRow row, List<Problem> problems) {
        String text = row.cell("date");
        if (!text.matches("[0-9]{4}")) {
            problems.add(new Problem(
                    file,
                    row.location(),
                    "date",
                    "'" + text + "' is not a year; a YEAR row names the covered year, e.g. 2027"));
            return Optional.empty();
        }
        return Optional.of(Year.of(Integer.parseInt(text)));
    }

    private static Optional<LocalDate[]> range(String file, TableRow row, List<Problem> problems) {
        String text = row.cell("date");
        int dots = text.indexOf("..");
        try {
            LocalDate first =
                    LocalDate.parse(dots < 0 ? text : text.substring(0, dots).strip());
            LocalDate last =
                    dots < 0 ? first : LocalDate.parse(text.substring(dots + 2).strip());
            if (last.isBefore(first)) {
                problems.add(new Problem(file, row.location(), "date", "the range " + text + " ends before it starts"));
                return Optional.empty();
            }
            if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                problems.add(new Problem(
                        file,
                        row.location(),
                        "date",
                        "the range " + text + " is longer than " + MAX_RANGE_DAYS + " days"));
                return Optional.empty();
            }
            return Optional.of(new LocalDate[] {first, last});
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    file,
                    row.location(),
                    "date",
                    "'" + text + "' is not a date (YYYY-MM-DD) or a range of dates (2027-01-01..2027-01-03)"));
            return Optional.empty();
        }
    }

    /**
     * The rows export writes: the HOURS row, the YEAR rows in year order, then holidays and swapped
     * working days in date order, a run of consecutive days with the same name as one range; the
     * same calendar always gives the same rows.
     */
    static List<List<String>> rows(WorkCalendar calendar) {
        List<List<String>> rows = new ArrayList<>();
        List<String> weekend = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!calendar.workingWeekdays().contains(day)) {
                weekend.add(day.name());
            }
        }
        rows.add(row(
                Kind.HOURS,
                "",
                "",
                String.join(
                        ";",
                        calendar.windows().stream()
                                .map(WorkCalendar.Window::toString)
                                .toList()),
                weekend.isEmpty() ? "NONE" : String.join(";", weekend),
                calendar.zone().getId(),
                ""));
        calendar.firstCoveredYear().ifPresent(first -> {
            for (Year y = first; !y.isAfter(calendar.lastCoveredYear().orElseThrow()); y = y.plusYears(1)) {
                rows.add(row(
                        Kind.YEAR,
                        y.toString(),
                        "",
                        "",
                        "",
                        "",
                        calendar.notices().getOrDefault(y, NO_SOURCE)));
            }
        });
        runs(rows, Kind.HOLIDAY, calendar.holidays());
        runs(rows, Kind.WORKDAY, calendar.swappedWorkdays());
        return rows;
    }

    private static void runs(List<List<String>> rows, Kind kind, SortedMap<LocalDate, String> days) {
        LocalDate first = null;
        LocalDate last = null;
        String name = null;
        for (Map.Entry<LocalDate, String> e : days.entrySet()) {
            if (first != null
                    && e.getKey().equals(last.plusDays(1))
                    && e.getValue().equals(name)
                    && ChronoUnit.DAYS.between(first, e.getKey()) < MAX_RANGE_DAYS) {
                last = e.getKey();
                continue;
            }
            if (first != null) {
                rows.add(row(kind, dates(first, last), name, "", "", "", ""));
            }
            first = e.getKey();
            last = first;
            name = e.getValue();
        }
        if (first != null) {
            rows.add(row(kind, dates(first, last), name, "", "", "", ""));
        }
    }

    private static String dates(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    /** One row in the column order of {@link Table#CALENDAR}. */
    private static List<String> row(
            Kind kind, String date, String name, String windows, String weekend, String zone, String source) {
        return List.of(kind.name(), date, name, windows, weekend, zone, source);
    }
}
