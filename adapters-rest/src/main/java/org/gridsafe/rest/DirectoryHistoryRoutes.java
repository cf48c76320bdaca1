package org.gridsafe.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.DirectoryHistory;
import org.gridsafe.GridSafe;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.DatedCalendar;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DatedGrid;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangePage;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.port.GridDirectoryHistory;

/**
 * {@code GET /api/v1/grids/{code}/responsibility} (a grid's staff and responsibility chain on a
 * day), the departments, duty rules, time limits and work calendar of a day ({@code ?on=} on their routes) and
 * {@code GET /api/v1/directory/changes} (the recorded directory changes); access is
 * {@link DirectoryHistory}'s.
 */
final class DirectoryHistoryRoutes {

    static final int DEFAULT_LIMIT = 50;

    private final GridSafe gridSafe;
    private final Json json;
    private final Clock clock;

    DirectoryHistoryRoutes(GridSafe gridSafe, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.json = json;
        this.clock = clock;
    }

    Reply responsibility(Exchange ex) {
        String code = ex.pathParam("code");
        Fields f = new Fields();
        Optional<LocalDate> on = f.date("on", ex.query("on").orElse(null));
        f.check("responsibility query");
        GridCode grid;
        try {
            grid = GridCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no grid " + code + ": " + e.getMessage());
        }
        DirectoryHistory history = history();
        LocalDate day = on.orElseGet(() -> LocalDate.ofInstant(
                clock.instant(), gridSafe.directory().workCalendar().zone()));
        DatedGrid dated = history.gridOn(ex.actor(), grid, day)
                .orElseThrow(() -> ProblemException.notFound("no grid " + code + " in this district's directory on "
                        + day
                        + (gridSafe.directory().grids().find(grid).isPresent()
                                ? " (the grid exists now, but no recorded version of that day holds it)"
                                : "")));
        Grid g = dated.grid();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("grid", g.code().value());
        view.put("name", g.name());
        view.put("on", day.toString());
        view.put("version", dated.version());
        view.put("effectiveFrom", dated.effectiveFrom().toString());
        view.put(
                "staff",
                g.staff().stream()
                        .map(s -> Map.of(
                                "personId", s.personId(),
                                "displayName", s.displayName(),
                                "role", s.role().name()))
                        .toList());
        List<Object> chain = new ArrayList<>();
        g.responsibilityChain()
                .holders()
                .forEach((role, person) -> chain.add(Map.of(
                        "role", role.name(),
                        "roleName", Map.of("zh", role.zhName(), "en", role.enName()),
                        "personId", person.personId(),
                        "displayName", person.displayName())));
        view.put("responsibilityChain", chain);
        return Reply.of(200, Reply.JSON, json.write(view));
    }

    /**
     * The answer for the departments, duty rules or time limits in force on {@code ?on=}: a bad
     * date or a day after today in the district's zone is refused naming {@code on}; 404 when no
     * recorded version holds them for that day. {@code body} adds the items to the view, which
     * already names the day, the version and its effective day.
     */
    Reply dutiesOn(Exchange ex, String what, java.util.function.BiConsumer<DatedDuties, Map<String, Object>> body) {
        LocalDate day = pastDay(ex, what);
        DatedDuties duties = history()
                .dutiesOn(ex.actor(), day)
                .orElseThrow(() -> ProblemException.notFound("no departments, duty rules or time limits of this"
                        + " district's directory are recorded for " + day + ": the day is before the first recorded"
                        + " version, or the version then in force was recorded before the directory kept them"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("on", day.toString());
        view.put("version", duties.version());
        view.put("effectiveFrom", duties.effectiveFrom().toString());
        body.accept(duties, view);
        return Reply.of(200, Reply.JSON, json.write(view));
    }

    /**
     * The answer for the work calendar and the time limits in force on {@code ?on=}, by the rules
     * of {@link #dutiesOn}; 404 when no recorded version holds the calendar for that day. {@code
     * body} adds the calendar's fields and the time limits to the view, which already names the
     * day, the version, its effective day and the version that loaded the calendar.
     */
    Reply calendarOn(
            Exchange ex,
            java.util.function.BiConsumer<DatedCalendar, Map<String, Object>> calendar,
            java.util.function.BiConsumer<DatedDuties, Map<String, Object>> limits) {
        LocalDate day = pastDay(ex, "calendar query");
        String missing = ": the day is before the first recorded version, or the version then in force was"
                + " recorded before the directory kept them";
        DirectoryHistory history = history();
        DatedCalendar dated = history.calendarOn(ex.actor(), day)
                .orElseThrow(() -> ProblemException.notFound(
                        "no work calendar of this district's directory is recorded for " + day + missing));
        DatedDuties duties = history.dutiesOn(ex.actor(), day)
                .orElseThrow(() -> ProblemException.notFound(
                        "no time limits of this district's directory are recorded for " + day + missing));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("on", day.toString());
        view.put("version", dated.version());
        view.put("effectiveFrom", dated.effectiveFrom().toString());
        calendar.accept(dated, view);
        view.put("calendarLoadedIn", dated.loadedIn());
        view.put("calendarLoadedFrom", dated.loadedFrom().toString());
        view.put("calendarLoadedBy", Map.of("id", dated.loadedById(), "displayName", dated.loadedByName()));
        limits.accept(duties, view);
        return Reply.of(200, Reply.JSON, json.write(view));
    }

    /** {@code ?on=} or today: refused naming {@code on} when not YYYY-MM-DD or after today in the district's zone. */
    private LocalDate pastDay(Exchange ex, String what) {
        Fields f = new Fields();
        Optional<LocalDate> on = f.date("on", ex.query("on").orElse(null));
        f.check(what);
        LocalDate today = LocalDate.ofInstant(
                clock.instant(), gridSafe.directory().workCalendar().zone());
        LocalDate day = on.orElse(today);
        if (day.isAfter(today)) {
            f.fail(
                    "on",
                    "must not be after today (" + today + " in "
                            + gridSafe.directory().workCalendar().zone()
                            + "): the directory keeps what was in force, not what will be; was " + day);
            f.check(what);
        }
        return day;
    }

    Reply changes(Exchange ex) {
        Fields f = new Fields();
        long offset = number(f, "offset", ex.query("offset"), 0, Long.MAX_VALUE, 0);
        int limit = (int) number(f, "limit", ex.query("limit"), 1, GridDirectoryHistory.MAX_PAGE, DEFAULT_LIMIT);
        f.check("directory changes query");
        DirectoryChangePage page = history().changes(ex.actor(), offset, limit);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(
                "items",
                page.changes().stream().map(DirectoryHistoryRoutes::view).toList());
        view.put("total", page.total());
        view.put("offset", offset);
        view.put("limit", limit);
        return Reply.of(200, Reply.JSON, json.write(view));
    }

    private DirectoryHistory history() {
        DirectoryHistory history = gridSafe.directoryHistory();
        if (!history.kept()) {
            throw ProblemException.notFound("this server's grid directory keeps no history");
        }
        return history;
    }

    private static Map<String, Object> view(DirectoryChangeRecord r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("version", r.version());
        v.put("actor", Map.of("id", r.actorId(), "displayName", r.actorName()));
        v.put("reason", r.reason());
        v.put("recordedAt", r.recordedAt().toString());
        v.put("effectiveFrom", r.effectiveFrom().toString());
        v.put("changes", r.items().stream().map(DirectoryHistoryRoutes::view).toList());
        v.put("previousHash", r.previousHash());
        v.put("hash", r.hash());
        return v;
    }

    private static Map<String, Object> view(DirectoryChangeItem item) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", item.kind().name());
        v.put("subject", item.subject());
        v.put("detail", item.detail());
        return v;
    }

    private static long number(Fields f, String field, Optional<String> text, long min, long max, long absent) {
        if (text.isEmpty()) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the bounds
        }
        f.fail(
                field,
                "must be an integer, " + min + (max == Long.MAX_VALUE ? " or more" : " to " + max) + ", was '"
                        + text.get() + "'");
        return absent;
    }
}
