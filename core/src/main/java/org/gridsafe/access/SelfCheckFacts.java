package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * What access control needs to know about an enterprise's self-inspection (a plan, a run, its ledger
 * or its statistical returns).
 *
 * @param id the plan's, run's or entity's id, for messages
 * @param grid the entity's micro-grid
 * @param enterpriseId the enterprise that acts on it (the production unit itself, or a place's operator)
 */
public record SelfCheckFacts(Optional<String> id, GridCode grid, Optional<String> enterpriseId) {

    public SelfCheckFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }

    /** The facts of {@code id} in {@code grid} acted on by {@code enterpriseId}. */
    public static SelfCheckFacts of(String id, GridCode grid, Optional<String> enterpriseId) {
        return new SelfCheckFacts(Optional.of(id), grid, enterpriseId);
    }

    /** How it is named in messages. */
    public String label() {
        return id.map(i -> "self-inspection " + i).orElse("a self-inspection in grid " + grid);
    }
}
