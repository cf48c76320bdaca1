package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * What access control needs to know about a supervised entity (a production unit or place), or
 * about one about to be registered.
 *
 * @param entityId the entity's id, for messages
 * @param grid the micro-grid it belongs to
 * @param departments its industry and comprehensive supervising departments
 * @param enterpriseId the enterprise that may act on it: the unit itself, or a place's operator
 */
public record EntityFacts(
        Optional<String> entityId, GridCode grid, Set<DepartmentId> departments, Optional<String> enterpriseId) {

    public EntityFacts {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(grid, "grid");
        departments = Set.copyOf(departments);
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }

    /** How the entity is named in messages. */
    public String label() {
        return entityId.map(id -> "entity " + id).orElse("a new entity in grid " + grid);
    }
}
