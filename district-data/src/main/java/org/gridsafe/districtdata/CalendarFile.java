package org.gridsafe.districtdata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkCalendarFormatException;

/**
 * The district's {@code calendar.txt}: the work calendar in the data file format of {@code
 * docs/calendars.md}, read by {@link WorkCalendar#problems} and {@link WorkCalendar#parse} and
 * written by {@link WorkCalendar#text()}. Always UTF-8 (a byte order mark is ignored).
 */
final class CalendarFile {

    static final String FILE = "calendar.txt";

    private static final String PREFIX = "work calendar line ";

    private CalendarFile() {}

    /** The calendar, or empty with every refused line added to {@code problems}. */
    static Optional<WorkCalendar> read(byte[] content, List<Problem> problems) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<WorkCalendarFormatException> refused = WorkCalendar.problems(text);
        if (refused.isEmpty()) {
            return Optional.of(WorkCalendar.parse(text));
        }
        String[] lines = text.split("\r?\n", -1);
        for (WorkCalendarFormatException e : refused) {
            int number = e.lineNumber();
            String why = e.getMessage();
            String prefix = PREFIX + number + ": ";
            if (why.startsWith(prefix)) {
                why = why.substring(prefix.length());
            }
            String directive = "";
            if (number >= 1 && number <= lines.length) {
                String line = lines[number - 1].replace("\uFEFF", "").strip();
                directive = line.split("[ \t]+", 2)[0];
            }
            problems.add(new Problem(FILE, number >= 1 ? "line " + number : "file", directive, why));
        }
        return Optional.empty();
    }

    static byte[] write(WorkCalendar calendar) {
        return calendar.text().getBytes(StandardCharsets.UTF_8);
    }
}
