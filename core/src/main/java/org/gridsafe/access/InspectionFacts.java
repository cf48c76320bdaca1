package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * What access control needs to know about an administrative inspection, a random draw, or a
 * credential being registered (which has neither department nor grid).
 *
 * @param id the inspection's id (or the draw's, or the credential's number), for messages
 * @param department the department that inspects (or draws)
 * @param grid the micro-grid of the entity inspected
 * @param inspectors the person ids of the inspection's officers
 */
public record InspectionFacts(
        Optional<String> id, Optional<DepartmentId> department, Optional<GridCode> grid, Set<String> inspectors) {

    public InspectionFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(grid, "grid");
        inspectors = Set.copyOf(inspectors);
    }

    /** The facts of an inspection. */
    public static InspectionFacts of(String id, DepartmentId department, GridCode grid, Set<String> inspectors) {
        return new InspectionFacts(Optional.of(id), Optional.of(department), Optional.of(grid), inspectors);
    }

    /** The facts of a credential being registered. */
    public static InspectionFacts credential(String number) {
        return new InspectionFacts(Optional.of(number), Optional.empty(), Optional.empty(), Set.of());
    }

    /** The facts of a random draw by {@code department}. */
    public static InspectionFacts draw(String id, DepartmentId department) {
        return new InspectionFacts(Optional.of(id), Optional.of(department), Optional.empty(), Set.of());
    }

    /** How the inspection is named in messages. */
    public String label() {
        return id.map(i -> "inspection " + i).orElse("an inspection");
    }
}
