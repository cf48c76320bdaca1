package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * What access control needs to know about a set of cases asked for together rather than one case:
 * the statistics of a scope, or an escalation run over a whole district. Empty criteria mean "not
 * limited".
 *
 * <pre>{@code
 * AccessDecision d = policy.decide(streetCenter, Action.READ_STATISTICS, ScopeFacts.within(streetCode));
 * }</pre>
 *
 * @param grid the grid whose subtree the cases lie in
 * @param department the department the cases are dispatched to
 */
public record ScopeFacts(Optional<GridCode> grid, Optional<DepartmentId> department) {

    public ScopeFacts {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(department, "department");
    }

    /** Every case. */
    public static ScopeFacts everything() {
        return new ScopeFacts(Optional.empty(), Optional.empty());
    }

    /** The cases in {@code grid}'s subtree. */
    public static ScopeFacts within(GridCode grid) {
        return new ScopeFacts(Optional.of(grid), Optional.empty());
    }

    /** These facts, limited to cases dispatched to {@code department}. */
    public ScopeFacts department(DepartmentId department) {
        return new ScopeFacts(grid, Optional.of(department));
    }

    /** How the scope is named in messages. */
    public String label() {
        if (grid.isEmpty() && department.isEmpty()) {
            return "every case";
        }
        return "the cases" + grid.map(g -> " in grid " + g).orElse("")
                + department.map(d -> " of department " + d).orElse("");
    }
}
