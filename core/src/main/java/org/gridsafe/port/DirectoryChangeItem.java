package org.gridsafe.port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridsafe.duty.Department;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;

/**
 * One line of a recorded directory change's summary: what changed between the version before and
 * the version after (a grid added, a rung holder replaced, the duty rules changed, ...).
 *
 * @param kind what kind of change
 * @param subject what changed: a grid code, {@code CODE/RUNG} for a rung, a department id, or empty
 *     for the duty rules, time limits and calendar as a whole
 * @param detail the change in words: old and new values, in the data's own terms
 */
public record DirectoryChangeItem(Kind kind, String subject, String detail) {

    /** Kinds of change, in the order a summary lists them. */
    public enum Kind {
        /** The first recorded version: there was nothing before it. */
        DIRECTORY_LOADED,
        GRID_ADDED,
        GRID_REMOVED,
        GRID_RENAMED,
        GRID_RESHAPED,
        STAFF_CHANGED,
        RUNG_HOLDER_CHANGED,
        DEPARTMENT_ADDED,
        DEPARTMENT_REMOVED,
        DEPARTMENT_CHANGED,
        DUTY_RULES_CHANGED,
        TIME_LIMITS_CHANGED,
        CALENDAR_CHANGED
    }

    public DirectoryChangeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * What changed from {@code before} (empty: nothing was recorded yet) to {@code after}; an empty
     * list when nothing did. Grids in code order, then departments by id, then the rest.
     */
    public static List<DirectoryChangeItem> between(Optional<DirectorySnapshot> before, DirectorySnapshot after) {
        Objects.requireNonNull(after, "after");
        List<DirectoryChangeItem> items = new ArrayList<>();
        if (before.isEmpty()) {
            items.add(new DirectoryChangeItem(
                    Kind.DIRECTORY_LOADED,
                    "",
                    after.grids().size() + " grids, "
                            + after.dutyMatrix().departments().size() + " departments, "
                            + after.dutyMatrix().rules().size() + " duty rules"));
            return List.copyOf(items);
        }
        DirectorySnapshot old = before.get();
        Map<GridCode, Grid> oldGrids = byCode(old);
        Map<GridCode, Grid> newGrids = byCode(after);
        for (Grid g : oldGrids.values()) {
            if (!newGrids.containsKey(g.code())) {
                items.add(new DirectoryChangeItem(Kind.GRID_REMOVED, g.code().value(), g.name()));
            }
        }
        for (Grid g : newGrids.values()) {
            Grid was = oldGrids.get(g.code());
            if (was == null) {
                items.add(new DirectoryChangeItem(Kind.GRID_ADDED, g.code().value(), g.name()));
            } else if (!was.equals(g)) {
                gridChanges(was, g, items);
            }
        }
        departmentChanges(old, after, items);
        if (!old.dutyMatrix().rules().equals(after.dutyMatrix().rules())) {
            items.add(new DirectoryChangeItem(
                    Kind.DUTY_RULES_CHANGED,
                    "",
                    old.dutyMatrix().rules().size() + " rules → "
                            + after.dutyMatrix().rules().size() + " rules"));
        }
        if (!old.timeLimits().equals(after.timeLimits())) {
            items.add(new DirectoryChangeItem(Kind.TIME_LIMITS_CHANGED, "", "time limits changed"));
        }
        if (!old.workCalendar().equals(after.workCalendar())) {
            items.add(new DirectoryChangeItem(Kind.CALENDAR_CHANGED, "", "work calendar changed"));
        }
        items.sort(Comparator.comparing(DirectoryChangeItem::kind).thenComparing(DirectoryChangeItem::subject));
        return List.copyOf(items);
    }

    private static Map<GridCode, Grid> byCode(DirectorySnapshot s) {
        Map<GridCode, Grid> grids = new TreeMap<>(Comparator.comparing(GridCode::value));
        s.grids().grids().forEach(g -> grids.put(g.code(), g));
        return grids;
    }

    private static void gridChanges(Grid was, Grid now, List<DirectoryChangeItem> items) {
        String code = now.code().value();
        if (!was.name().equals(now.name())) {
            items.add(new DirectoryChangeItem(Kind.GRID_RENAMED, code, was.name() + " → " + now.name()));
        }
        boolean sameBoundary = was.boundary().isPresent() == now.boundary().isPresent()
                && (was.boundary().isEmpty()
                        || was.boundary().get().equalsExact(now.boundary().get()));
        if (!sameBoundary) {
            items.add(new DirectoryChangeItem(
                    Kind.GRID_RESHAPED,
                    code,
                    (was.boundary().isPresent() ? "boundary" : "no boundary") + " → "
                            + (now.boundary().isPresent() ? "new boundary" : "no boundary")));
        }
        if (!was.staff().equals(now.staff())) {
            items.add(
                    new DirectoryChangeItem(Kind.STAFF_CHANGED, code, staff(was.staff()) + " → " + staff(now.staff())));
        }
        for (ResponsibleRole role : ResponsibleRole.values()) {
            Optional<ResponsiblePerson> a = was.responsibilityChain().holder(role);
            Optional<ResponsiblePerson> b = now.responsibilityChain().holder(role);
            if (!a.equals(b)) {
                items.add(new DirectoryChangeItem(
                        Kind.RUNG_HOLDER_CHANGED, code + "/" + role.name(), person(a) + " → " + person(b)));
            }
        }
    }

    private static String staff(List<StaffAssignment> staff) {
        if (staff.isEmpty()) {
            return "none";
        }
        return staff.stream()
                .map(s -> s.role().name() + " " + s.displayName() + " (" + s.personId() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String person(Optional<ResponsiblePerson> p) {
        return p.map(h -> h.displayName() + " (" + h.personId() + ")").orElse("none");
    }

    private static void departmentChanges(
            DirectorySnapshot old, DirectorySnapshot after, List<DirectoryChangeItem> items) {
        Map<String, Department> was = new TreeMap<>();
        old.dutyMatrix().departments().forEach(d -> was.put(d.id().value(), d));
        Map<String, Department> now = new TreeMap<>();
        after.dutyMatrix().departments().forEach(d -> now.put(d.id().value(), d));
        for (Department d : was.values()) {
            if (!now.containsKey(d.id().value())) {
                items.add(new DirectoryChangeItem(Kind.DEPARTMENT_REMOVED, d.id().value(), d.zhName()));
            }
        }
        for (Department d : now.values()) {
            Department w = was.get(d.id().value());
            if (w == null) {
                items.add(new DirectoryChangeItem(Kind.DEPARTMENT_ADDED, d.id().value(), d.zhName()));
            } else if (!w.equals(d)) {
                items.add(new DirectoryChangeItem(
                        Kind.DEPARTMENT_CHANGED, d.id().value(), describe(w) + " → " + describe(d)));
            }
        }
    }

    private static String describe(Department d) {
        return d.zhName() + " / " + d.enName() + " "
                + d.domains().stream().map(Enum::name).sorted().toList();
    }
}
