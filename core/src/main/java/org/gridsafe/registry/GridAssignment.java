package org.gridsafe.registry;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;

/**
 * The one micro-grid an entity belongs to (属地). Normally its point decides it; an explicit
 * assignment wins, and the grid the point lies in is kept beside it so the difference stays visible.
 *
 * @param grid the micro-grid
 * @param located the micro-grid the point lies in, if any
 * @param explicit whether {@code grid} was assigned by hand rather than by the point
 */
public record GridAssignment(GridCode grid, Optional<GridCode> located, boolean explicit) {

    public GridAssignment {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(located, "located");
        if (grid.level() != GridLevel.MICRO) {
            throw new IllegalArgumentException("an entity belongs to a micro-grid; " + grid + " is a " + grid.level());
        }
        if (!explicit && !located.equals(Optional.of(grid))) {
            throw new IllegalArgumentException("a grid decided by the point is the grid the point lies in");
        }
    }

    /** The grid the point lies in. */
    public static GridAssignment byPoint(GridCode grid) {
        return new GridAssignment(grid, Optional.of(grid), false);
    }
}
