package org.gridsafe.patrol;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored plan with its version: who saved it last, and when.
 *
 * @param plan the plan
 * @param version 1 for the first save, +1 for each replacement
 * @param actorId who saved it
 * @param savedAt when
 */
public record PlanRecord(PatrolPlan plan, long version, String actorId, Instant savedAt) {

    public PlanRecord {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("plan versions start at 1; got " + version);
        }
    }
}
