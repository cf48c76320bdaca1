package org.gridsafe.grid;

/**
 * Who holds which rung of the responsibility chain of which grid — the answer to "whom does this
 * escalate to?" (see {@link GridTree#nextResponsibleAbove(GridCode, ResponsibleRole)}).
 *
 * @param grid the grid whose chain the rung belongs to
 * @param role the rung
 * @param person the holder of the rung
 */
public record Responsibility(GridCode grid, ResponsibleRole role, ResponsiblePerson person) {

    /** Validates that no field is null. */
    public Responsibility {
        Fields.requireNonNull(grid, "responsibility grid");
        Fields.requireNonNull(role, "responsibility role");
        Fields.requireNonNull(person, "responsibility person");
    }
}
