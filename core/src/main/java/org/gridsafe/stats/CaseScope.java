package org.gridsafe.stats;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * Which cases a statistic is about: any combination of a grid subtree, a department, a safety
 * domain and a grade; empty criteria match every case.
 *
 * @param withinGrid the grid whose subtree counts
 * @param department the department cases are dispatched to
 * @param domain the safety domain
 * @param grade the hazard grade
 */
public record CaseScope(
        Optional<GridCode> withinGrid,
        Optional<DepartmentId> department,
        Optional<SafetyDomain> domain,
        Optional<HazardGrade> grade) {

    public CaseScope {
        Objects.requireNonNull(withinGrid, "withinGrid");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(grade, "grade");
    }

    /** Every case. */
    public static CaseScope all() {
        return new CaseScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CaseScope withinGrid(GridCode grid) {
        return new CaseScope(Optional.of(grid), department, domain, grade);
    }

    public CaseScope department(DepartmentId department) {
        return new CaseScope(withinGrid, Optional.of(department), domain, grade);
    }

    public CaseScope domain(SafetyDomain domain) {
        return new CaseScope(withinGrid, department, Optional.of(domain), grade);
    }

    public CaseScope grade(HazardGrade grade) {
        return new CaseScope(withinGrid, department, domain, Optional.of(grade));
    }

    /** Whether {@code c} is in scope. */
    public boolean includes(Case c) {
        return withinGrid.map(g -> g.isSameOrAncestorOf(c.grid())).orElse(true)
                && department.map(d -> c.department().equals(Optional.of(d))).orElse(true)
                && domain.map(d -> d == c.domain()).orElse(true)
                && grade.map(g -> g == c.grade()).orElse(true);
    }
}
