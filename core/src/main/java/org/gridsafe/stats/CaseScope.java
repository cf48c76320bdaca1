package org.gridsafe.stats;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;

/**
 * Which cases a statistic is about: any combination of a grid subtree, a department, a safety
 * domain, a grade and the entity a case concerns (by id, or by the sector, risk level or class it
 * had when the case was reported, {@link CaseEntity#matches}); empty criteria match every case.
 *
 * @param withinGrid the grid whose subtree counts
 * @param department the department cases are dispatched to
 * @param domain the safety domain
 * @param grade the hazard grade
 * @param entity the production unit or place the cases name
 * @param sector a sector id of the entity, as recorded on the case
 * @param riskLevel the entity's risk level, as recorded on the case
 * @param supervisionClass the entity's class code, as recorded on the case
 */
public record CaseScope(
        Optional<GridCode> withinGrid,
        Optional<DepartmentId> department,
        Optional<SafetyDomain> domain,
        Optional<HazardGrade> grade,
        Optional<EntityId> entity,
        Optional<String> sector,
        Optional<RiskLevel> riskLevel,
        Optional<String> supervisionClass) {

    public CaseScope {
        Objects.requireNonNull(withinGrid, "withinGrid");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(supervisionClass, "supervisionClass");
    }

    /** A scope without entity criteria. */
    public CaseScope(
            Optional<GridCode> withinGrid,
            Optional<DepartmentId> department,
            Optional<SafetyDomain> domain,
            Optional<HazardGrade> grade) {
        this(
                withinGrid,
                department,
                domain,
                grade,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Every case. */
    public static CaseScope all() {
        return new CaseScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CaseScope withinGrid(GridCode grid) {
        return new CaseScope(Optional.of(grid), department, domain, grade, entity, sector, riskLevel, supervisionClass);
    }

    public CaseScope department(DepartmentId department) {
        return new CaseScope(
                withinGrid, Optional.of(department), domain, grade, entity, sector, riskLevel, supervisionClass);
    }

    public CaseScope domain(SafetyDomain domain) {
        return new CaseScope(
                withinGrid, department, Optional.of(domain), grade, entity, sector, riskLevel, supervisionClass);
    }

    public CaseScope grade(HazardGrade grade) {
        return new CaseScope(
                withinGrid, department, domain, Optional.of(grade), entity, sector, riskLevel, supervisionClass);
    }

    /** Only cases naming entity {@code id}. */
    public CaseScope entity(EntityId id) {
        return new CaseScope(
                withinGrid, department, domain, grade, Optional.of(id), sector, riskLevel, supervisionClass);
    }

    /** Only cases whose entity was in sector {@code id} when reported. */
    public CaseScope sector(String id) {
        return new CaseScope(
                withinGrid, department, domain, grade, entity, Optional.of(id), riskLevel, supervisionClass);
    }

    /** Only cases whose entity had risk level {@code level} when reported. */
    public CaseScope riskLevel(RiskLevel level) {
        return new CaseScope(
                withinGrid, department, domain, grade, entity, sector, Optional.of(level), supervisionClass);
    }

    /** Only cases whose entity had a class of code {@code code} when reported. */
    public CaseScope supervisionClass(String code) {
        return new CaseScope(withinGrid, department, domain, grade, entity, sector, riskLevel, Optional.of(code));
    }

    /** This scope in another grid subtree (empty: the whole district), every other criterion kept. */
    public CaseScope inGrid(Optional<GridCode> grid) {
        return new CaseScope(grid, department, domain, grade, entity, sector, riskLevel, supervisionClass);
    }

    /** This scope for another department (empty: any), every other criterion kept. */
    public CaseScope forDepartment(Optional<DepartmentId> id) {
        return new CaseScope(withinGrid, id, domain, grade, entity, sector, riskLevel, supervisionClass);
    }

    /** Whether {@code c} is in scope. */
    public boolean includes(Case c) {
        return withinGrid.map(g -> g.isSameOrAncestorOf(c.grid())).orElse(true)
                && department.map(d -> c.department().equals(Optional.of(d))).orElse(true)
                && domain.map(d -> d == c.domain()).orElse(true)
                && grade.map(g -> g == c.grade()).orElse(true)
                && CaseEntity.matches(c.entity(), entity, sector, riskLevel, supervisionClass);
    }
}
