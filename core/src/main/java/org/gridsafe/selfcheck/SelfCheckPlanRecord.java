package org.gridsafe.selfcheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A plan as saved.
 *
 * @param plan the plan
 * @param version 1 on creation, one more on each save
 * @param savedBy the actor who saved it
 * @param savedAt when
 */
public record SelfCheckPlanRecord(SelfCheckPlan plan, long version, String savedBy, Instant savedAt) {

    public SelfCheckPlanRecord {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a saved plan's version is at least 1");
        }
    }
}
