package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * What access control needs to know about a patrol occurrence, or about a patrol plan (which has no
 * assignee).
 *
 * @param id the occurrence's or plan's id, for messages
 * @param grid the occurrence's micro-grid, or the grid a plan covers
 * @param assigneeId the staff member assigned to the occurrence
 */
public record PatrolFacts(Optional<String> id, GridCode grid, Optional<String> assigneeId) {

    public PatrolFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(assigneeId, "assigneeId");
    }

    /** The facts of a plan (or a run) over {@code grid}'s subtree. */
    public static PatrolFacts plan(String id, GridCode grid) {
        return new PatrolFacts(Optional.of(id), grid, Optional.empty());
    }

    /** How the occurrence or plan is named in messages. */
    public String label() {
        return id.map(i -> "patrol " + i).orElse("a patrol in grid " + grid);
    }
}
