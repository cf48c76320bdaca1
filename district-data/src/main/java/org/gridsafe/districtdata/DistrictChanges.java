package org.gridsafe.districtdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardGrade;

/** What an import would change, one line per grid or department, for the dry run and the report. */
final class DistrictChanges {

    private DistrictChanges() {}

    static List<String> between(District current, District next) {
        List<String> lines = new ArrayList<>();
        Map<GridCode, Grid> before = new LinkedHashMap<>();
        current.grids().forEach(g -> before.put(g.code(), g));
        Map<GridCode, Grid> after = new LinkedHashMap<>();
        next.grids().forEach(g -> after.put(g.code(), g));
        for (Grid grid : next.grids()) {
            Grid old = before.get(grid.code());
            if (old == null) {
                lines.add("add grid " + grid.code() + " " + grid.name() + " ("
                        + grid.staff().size() + " staff, "
                        + grid.responsibilityChain().holders().size() + " rungs held)");
            } else if (!old.equals(grid)) {
                lines.add("change grid " + grid.code() + ": " + String.join("; ", differences(old, grid)));
            }
        }
        for (Grid grid : current.grids()) {
            if (!after.containsKey(grid.code())) {
                lines.add("remove grid " + grid.code() + " " + grid.name());
            }
        }
        if (next.duty().isPresent() && current.duty().isPresent()) {
            duty(current.duty().get(), next.duty().get(), lines);
        }
        if (next.timeLimits().isPresent() && current.timeLimits().isPresent()) {
            limits(current.timeLimits().get(), next.timeLimits().get(), lines);
        }
        if (next.calendar().isPresent()
                && current.calendar().isPresent()
                && !next.calendar().get().equals(current.calendar().get())) {
            lines.add(
                    "replace the work calendar: " + calendar(current.calendar().get()) + " → "
                            + calendar(next.calendar().get()));
        }
        return lines;
    }

    private static void limits(TimeLimits current, TimeLimits next, List<String> lines) {
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                Optional<TimeLimit> was = current.find(step, grade);
                Optional<TimeLimit> is = next.find(step, grade);
                Optional<String> wasSource = current.source(step, grade);
                Optional<String> isSource = next.source(step, grade);
                if (!was.equals(is) || !wasSource.equals(isSource)) {
                    lines.add("change time limit " + step + " " + grade + ": "
                            + was.map(TimeLimit::toString).orElse("(none)") + " → "
                            + is.map(TimeLimit::toString).orElse("(none)")
                            + (wasSource.equals(isSource) ? "" : ", source " + isSource.orElse("(none)")));
                }
            }
        }
    }

    private static String calendar(WorkCalendar c) {
        return c.zone().getId() + ", hours "
                + c.windows().stream().map(WorkCalendar.Window::toString).toList()
                + ", covers " + c.firstCoveredYear().map(y -> y + "..").orElse("")
                + c.lastCoveredYear().map(Object::toString).orElse("no years") + ", "
                + c.holidays().size() + " holidays, " + c.swappedWorkdays().size() + " swapped working days"
                + (c.notices().isEmpty() ? "" : ", notices " + c.notices());
    }

    private static List<String> differences(Grid old, Grid grid) {
        List<String> d = new ArrayList<>();
        if (!old.name().equals(grid.name())) {
            d.add("name " + old.name() + " → " + grid.name());
        }
        boolean sameBoundary = old.boundary().isPresent() == grid.boundary().isPresent()
                && (old.boundary().isEmpty()
                        || old.boundary().get().equalsExact(grid.boundary().get()));
        if (!sameBoundary) {
            d.add(grid.boundary().isEmpty() ? "boundary removed" : "new boundary");
        }
        if (!old.staff().equals(grid.staff())) {
            List<StaffAssignment> added = new ArrayList<>(grid.staff());
            added.removeAll(old.staff());
            List<StaffAssignment> removed = new ArrayList<>(old.staff());
            removed.removeAll(grid.staff());
            List<String> s = new ArrayList<>();
            added.forEach(a -> s.add("+" + a.role().zhName() + " " + a.displayName() + " (" + a.personId() + ")"));
            removed.forEach(a -> s.add("-" + a.role().zhName() + " " + a.displayName() + " (" + a.personId() + ")"));
            d.add("staff " + (s.isEmpty() ? "reordered" : String.join(", ", s)));
        }
        for (ResponsibleRole rung : ResponsibleRole.values()) {
            Optional<ResponsiblePerson> was = old.responsibilityChain().holder(rung);
            Optional<ResponsiblePerson> is = grid.responsibilityChain().holder(rung);
            if (!was.equals(is)) {
                d.add(rung.zhName() + " " + was.map(DistrictChanges::person).orElse("(vacant)") + " → "
                        + is.map(DistrictChanges::person).orElse("(vacant)"));
            }
        }
        return d;
    }

    private static String person(ResponsiblePerson p) {
        return p.displayName() + " (" + p.personId() + ")";
    }

    private static void duty(District.Duty current, District.Duty next, List<String> lines) {
        Map<DepartmentId, Department> before = new LinkedHashMap<>();
        current.departments().forEach(d -> before.put(d.id(), d));
        Map<DepartmentId, Department> after = new LinkedHashMap<>();
        next.departments().forEach(d -> after.put(d.id(), d));
        after.forEach((id, d) -> {
            Department old = before.get(id);
            if (old == null) {
                lines.add("add department " + id + " " + d.zhName() + " " + d.domains());
            } else if (!Objects.equals(old, d)) {
                lines.add("change department " + id + ": " + old.zhName() + " " + old.domains() + " → " + d.zhName()
                        + " " + d.domains());
            }
        });
        before.forEach((id, d) -> {
            if (!after.containsKey(id)) {
                lines.add("remove department " + id + " " + d.zhName());
            }
        });
        if (!current.rules().equals(next.rules())) {
            lines.add("replace the duty rules: " + current.rules().size() + " rules → "
                    + next.rules().size() + " rules");
        }
    }
}
