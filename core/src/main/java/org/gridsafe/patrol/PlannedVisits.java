package org.gridsafe.patrol;

import java.util.Objects;

/**
 * The visits a proposal gives one entity.
 *
 * @param demand what the entity needed
 * @param visits the visits planned, never more than the capacity or the cap allow
 */
public record PlannedVisits(VisitDemand demand, int visits) {

    public PlannedVisits {
        Objects.requireNonNull(demand, "demand");
        if (visits < 0) {
            throw new IllegalArgumentException("visits are at least 0");
        }
    }

    /** Visits below the floor (0 when it is met). */
    public int belowFloor() {
        return Math.max(0, demand.floor() - visits);
    }

    /** Visits below the floor that the cap forbids, whatever the capacity. */
    public int blockedByCap() {
        return Math.max(0, demand.floor() - demand.reachableFloor());
    }
}
