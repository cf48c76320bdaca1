package org.gridsafe.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;

/** {@code /api/v1/grids...} and the reference data: what every authenticated actor may browse. */
final class DirectoryRoutes {

    private final GridSafe gridSafe;
    private final Json json;
    private final DirectoryHistoryRoutes history;
    private volatile LocatorCache locator;

    private record LocatorCache(GridTree tree, GridLocator locator) {}

    /** {@code history} answers the reference data of a past day ({@code ?on=}). */
    DirectoryRoutes(GridSafe gridSafe, Json json, DirectoryHistoryRoutes history) {
        this.gridSafe = gridSafe;
        this.json = json;
        this.history = history;
    }

    Reply roots(Exchange ex) {
        return items(
                gridSafe.directory().grids().roots().stream().map(this::summary).toList());
    }

    Reply grid(Exchange ex) {
        Grid grid = find(ex.pathParam("code"));
        GridTree tree = gridSafe.directory().grids();
        Map<String, Object> view = summary(grid);
        tree.parent(grid.code()).ifPresent(p -> view.put("parent", p.code().value()));
        view.put(
                "ancestors",
                tree.ancestors(grid.code()).stream().map(g -> g.code().value()).toList());
        view.put("childCount", tree.children(grid.code()).size());
        grid.boundary().ifPresent(b -> view.put("boundary", GeoJsonGeometry.of(b)));
        return ok(view);
    }

    Reply children(Exchange ex) {
        Grid grid = find(ex.pathParam("code"));
        // With boundaries: a map of a grid's children is one request.
        return items(gridSafe.directory().grids().children(grid.code()).stream()
                .map(child -> {
                    Map<String, Object> view = summary(child);
                    child.boundary().ifPresent(b -> view.put("boundary", GeoJsonGeometry.of(b)));
                    return view;
                })
                .toList());
    }

    Reply staff(Exchange ex) {
        Grid grid = find(ex.pathParam("code"));
        return staffView(grid);
    }

    /** A grid's staff and rung holders, with their version as the ETag a staff change sends back. */
    Reply staffView(Grid grid) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("grid", grid.code().value());
        view.put(
                "staff",
                grid.staff().stream()
                        .map(s -> Map.of(
                                "personId", s.personId(),
                                "displayName", s.displayName(),
                                "role", s.role().name()))
                        .toList());
        List<Object> chain = new ArrayList<>();
        grid.responsibilityChain()
                .holders()
                .forEach((role, person) -> chain.add(Map.of(
                        "role", role.name(),
                        "roleName", Map.of("zh", role.zhName(), "en", role.enName()),
                        "personId", person.personId(),
                        "displayName", person.displayName())));
        view.put("responsibilityChain", chain);
        return ok(view).withHeader("ETag", AdminRoutes.staffTag(grid));
    }

    Reply locate(Exchange ex) {
        Fields f = new Fields();
        Optional<Double> lon = number(f, "lon", ex.query("lon"));
        Optional<Double> lat = number(f, "lat", ex.query("lat"));
        f.check("locate query");
        Optional<GeoPoint> point = f.parse("lon", "", unused -> GeoPoint.of(lon.get(), lat.get()));
        f.check("locate query");
        Grid grid = locator()
                .locate(point.orElseThrow())
                .orElseThrow(() -> ProblemException.notFound(
                        "point " + lon.get() + ", " + lat.get() + " lies outside every grid of this district"));
        return ok(summary(grid));
    }

    Reply hazards(Exchange ex) {
        HazardCatalog catalog = gridSafe.hazardCatalog();
        Fields f = new Fields();
        Optional<HazardCode> under = f.parse("under", ex.query("under").orElse(null), HazardCode::parse);
        f.check("hazard query");
        List<HazardCatalog.Entry> entries = under.isPresent() ? catalog.children(under.get()) : catalog.entries();
        return items(entries.stream()
                .map(e -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("code", e.code().value());
                    v.put("level", e.code().level().name());
                    e.code().parent().ifPresent(p -> v.put("parent", p.value()));
                    v.put("zhName", e.zhName());
                    v.put("enName", e.enName());
                    v.put("source", e.source());
                    v.put("evidence", e.evidence().name());
                    return (Object) v;
                })
                .toList());
    }

    /** The departments; with {@code ?on=} those in force on that day (the directory history's access). */
    Reply departments(Exchange ex) {
        if (ex.query("on").isPresent()) {
            return history.dutiesOn(
                    ex,
                    "departments query",
                    (duties, view) -> view.put(
                            "items",
                            duties.departments().stream()
                                    .map(DirectoryRoutes::view)
                                    .toList()));
        }
        return items(gridSafe.directory().dutyMatrix().departments().stream()
                .map(DirectoryRoutes::view)
                .toList());
    }

    /** The duty rules; with {@code ?on=} those in force on that day (the directory history's access). */
    Reply dutyRules(Exchange ex) {
        if (ex.query("on").isPresent()) {
            return history.dutiesOn(
                    ex,
                    "duty rules query",
                    (duties, view) -> view.put(
                            "items",
                            duties.dutyRules().stream()
                                    .map(DirectoryRoutes::view)
                                    .toList()));
        }
        return items(gridSafe.directory().dutyMatrix().rules().stream()
                .map(DirectoryRoutes::view)
                .toList());
    }

    static Object view(Department d) {
        return Map.of(
                "id", d.id().value(),
                "zhName", d.zhName(),
                "enName", d.enName(),
                "domains", d.domains().stream().map(Enum::name).sorted().toList());
    }

    static Object view(DutyRule rule) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("domain", rule.domain().name());
        rule.hazardPrefix().ifPresent(h -> v.put("hazardPrefix", h.value()));
        rule.grade().ifPresent(g -> v.put("grade", g.name()));
        rule.gridLevel().ifPresent(l -> v.put("gridLevel", l.name()));
        v.put("department", rule.department().value());
        return v;
    }

    /** The time limits as the calendar's answer lists them. */
    static List<Object> view(TimeLimits limits) {
        List<Object> timeLimits = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                limits.find(step, grade)
                        .ifPresent(limit -> timeLimits.add(Map.of(
                                "step", step.name(),
                                "grade", grade.name(),
                                "amount", limit.amount(),
                                "unit", limit.unit().name())));
            }
        }
        return timeLimits;
    }

    /** The calendar and the time limits; with {@code ?on=} those in force on that day (the directory history's access). */
    Reply calendar(Exchange ex) {
        if (ex.query("on").isPresent()) {
            return history.calendarOn(
                    ex,
                    (dated, view) -> view.putAll(view(dated.calendar())),
                    (duties, view) -> view.put("timeLimits", view(duties.timeLimits())));
        }
        Map<String, Object> v = view(gridSafe.directory().workCalendar());
        v.put("timeLimits", view(gridSafe.directory().timeLimits()));
        return ok(v);
    }

    /** A work calendar's fields as the calendar's answer lists them. */
    static Map<String, Object> view(WorkCalendar calendar) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("zone", calendar.zone().getId());
        v.put("opening", calendar.opening().toString());
        v.put("closing", calendar.closing().toString());
        v.put(
                "workingWeekdays",
                calendar.workingWeekdays().stream().sorted().map(Enum::name).toList());
        List<Object> holidays = new ArrayList<>();
        calendar.holidays().forEach((date, name) -> holidays.add(Map.of("date", date.toString(), "name", name)));
        v.put("holidays", holidays);
        List<Object> swapped = new ArrayList<>();
        calendar.swappedWorkdays().forEach((date, name) -> swapped.add(Map.of("date", date.toString(), "name", name)));
        v.put("swappedWorkdays", swapped);
        v.put(
                "windows",
                calendar.windows().stream().map(WorkCalendar.Window::toString).toList());
        calendar.firstCoveredYear().ifPresent(y -> v.put("coversFrom", y.getValue()));
        calendar.lastCoveredYear().ifPresent(y -> v.put("coversUntil", y.getValue()));
        List<Object> notices = new ArrayList<>();
        calendar.notices().forEach((year, source) -> notices.add(Map.of("year", year.getValue(), "source", source)));
        v.put("notices", notices);
        return v;
    }

    private GridLocator locator() {
        GridTree tree = gridSafe.directory().grids();
        LocatorCache cached = locator;
        if (cached == null || cached.tree() != tree) {
            cached = new LocatorCache(tree, GridLocator.of(tree));
            locator = cached;
        }
        return cached.locator();
    }

    private static Optional<Double> number(Fields f, String field, Optional<String> text) {
        if (text.isEmpty()) {
            f.fail(field, "is required: decimal degrees");
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text.get()));
        } catch (NumberFormatException e) {
            f.fail(field, "must be a number of decimal degrees, was '" + text.get() + "'");
            return Optional.empty();
        }
    }

    private Grid find(String code) {
        GridCode parsed;
        try {
            parsed = GridCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no grid " + code + ": " + e.getMessage());
        }
        return gridSafe.directory()
                .grids()
                .find(parsed)
                .orElseThrow(() -> ProblemException.notFound("no grid " + code + " in this district"));
    }

    private Map<String, Object> summary(Grid grid) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", grid.code().value());
        v.put("name", grid.name());
        v.put("level", grid.level().name());
        return v;
    }

    private Reply ok(Object body) {
        return Reply.of(200, Reply.JSON, json.write(body));
    }

    private Reply items(List<?> items) {
        return ok(Map.of("items", items));
    }
}
