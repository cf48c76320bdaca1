package org.gridsafe.registry;

import java.util.Optional;
import org.gridsafe.duty.DepartmentId;

/**
 * The three supervisors of an entity: territorial (属地: the assigned grid and the person responsible
 * there), the industry department (行业监管部门) and the comprehensive department (综合监管部门). The
 * territorial grid itself is the entity's {@link GridAssignment}.
 *
 * @param territorialPerson who answers for the entity in its grid
 * @param industryDepartment the department supervising its sector
 * @param comprehensiveDepartment the department of comprehensive supervision (usually emergency management)
 */
public record SupervisionLinks(
        Optional<String> territorialPerson,
        Optional<DepartmentId> industryDepartment,
        Optional<DepartmentId> comprehensiveDepartment) {

    public SupervisionLinks {
        FieldRules rules = new FieldRules("");
        rules.optionalText(territorialPerson, "territorialPerson", FieldRules.MAX_NAME);
        rules.notNull(industryDepartment, "industryDepartment");
        rules.notNull(comprehensiveDepartment, "comprehensiveDepartment");
        rules.throwIfAny();
    }

    /** No supervisor named yet (the grid still is: every entity has one). */
    public static SupervisionLinks none() {
        return new SupervisionLinks(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether {@code department} is the industry or the comprehensive department. */
    public boolean names(DepartmentId department) {
        return industryDepartment.equals(Optional.of(department))
                || comprehensiveDepartment.equals(Optional.of(department));
    }
}
