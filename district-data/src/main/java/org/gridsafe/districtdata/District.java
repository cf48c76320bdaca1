package org.gridsafe.districtdata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridTree;
import org.gridsafe.port.GridDirectory;

/**
 * A district's data as its files hold it: the grids in code order (each with its staff and
 * responsibility chain) and, when the files include them, the departments and duty rules in file
 * order, and the time limits and work calendar when the files include them. Two districts are equal
 * when every grid, department, rule, limit (with its source) and calendar day is equal, which is
 * what a round trip through the files must keep.
 *
 * @param grids the grids, sorted by code
 * @param duty the departments and duty rules, or empty when the import leaves the current ones
 * @param timeLimits the time limits of {@code time-limits}, or empty when the import leaves the current ones
 * @param calendar the work calendar of {@code calendar.csv}, {@code .xlsx} or {@code calendar.txt}, or empty when the import leaves the current one
 */
public record District(
        List<Grid> grids, Optional<Duty> duty, Optional<TimeLimits> timeLimits, Optional<WorkCalendar> calendar) {

    /** Grids and duty only: the time limits and calendar are left as they are. */
    public District(List<Grid> grids, Optional<Duty> duty) {
        this(grids, duty, Optional.empty(), Optional.empty());
    }

    /**
     * Departments and duty rules, each in one canonical order (the order of neither matters to
     * routing, and stores need not keep it), so that equal data gives equal files.
     *
     * @param departments sorted by id
     * @param rules sorted by domain, then hazard prefix, grade, grid level and department
     */
    public record Duty(List<Department> departments, List<DutyRule> rules) {

        private static final Comparator<DutyRule> RULE_ORDER = Comparator.comparing(DutyRule::domain)
                .thenComparing(r -> r.hazardPrefix().map(h -> h.value()).orElse(""))
                .thenComparing(r -> r.grade().map(Enum::ordinal).orElse(-1))
                .thenComparing(r -> r.gridLevel().map(Enum::ordinal).orElse(-1))
                .thenComparing(r -> r.department().value());

        /** Copies the lists into their canonical order. */
        public Duty {
            departments = departments.stream()
                    .sorted(Comparator.comparing(d -> d.id().value()))
                    .toList();
            rules = rules.stream().sorted(RULE_ORDER).toList();
        }

        /** The duty matrix these make (they were validated, so it builds). */
        public DutyMatrix matrix() {
            return DutyMatrix.builder().departments(departments).rules(rules).build();
        }

        static Duty of(DutyMatrix matrix) {
            return new Duty(List.copyOf(matrix.departments()), matrix.rules());
        }
    }

    /** Copies the grids, sorted by code (the order the files are written in). */
    public District {
        grids = grids.stream().sorted(Comparator.comparing(Grid::code)).toList();
    }

    /** A directory's grids, duty matrix, time limits and calendar as a district. */
    public static District of(GridDirectory directory) {
        return new District(
                List.copyOf(directory.grids().grids()),
                Optional.of(Duty.of(directory.dutyMatrix())),
                Optional.of(directory.timeLimits()),
                Optional.of(directory.workCalendar()));
    }

    /** The grid hierarchy (the grids were validated, so it builds). */
    public GridTree tree() {
        return GridTree.of(grids);
    }
}
