package org.gridsafe.patrol;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;

/**
 * What one entity needs in a planning period: the visits its plans require (the floor), the visits it
 * should get when staff allow (the target, at least the floor), and the most it may get (the cap, e.g.
 * an enterprise's published yearly inspection cap less what it has had).
 *
 * @param entityId the entity's id
 * @param pool the grid whose staff capacity the visits draw on
 * @param risk the entity's risk level; an entity without one is planned after {@link RiskLevel#BLUE}
 * @param floor the visits required in the period
 * @param target the visits wanted in the period, at least {@code floor}
 * @param cap the most visits the entity may get in the period, if capped
 */
public record VisitDemand(
        String entityId, GridCode pool, Optional<RiskLevel> risk, int floor, int target, OptionalInt cap) {

    public VisitDemand {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(cap, "cap");
        if (floor < 0 || target < floor) {
            throw new IllegalArgumentException(
                    "entity " + entityId + ": floor must be at least 0 and target at least the floor, got floor "
                            + floor + " and target " + target);
        }
        if (cap.isPresent() && cap.getAsInt() < 0) {
            throw new IllegalArgumentException("entity " + entityId + ": a cap is at least 0, got " + cap.getAsInt());
        }
    }

    /** A demand of {@code floor} visits, no more wanted, no cap. */
    public static VisitDemand of(String entityId, GridCode pool, Optional<RiskLevel> risk, int floor) {
        return new VisitDemand(entityId, pool, risk, floor, floor, OptionalInt.empty());
    }

    /** The floor as far as the cap allows. */
    public int reachableFloor() {
        return cap.isPresent() ? Math.min(floor, cap.getAsInt()) : floor;
    }

    /** The target as far as the cap allows. */
    public int reachableTarget() {
        return cap.isPresent() ? Math.min(target, cap.getAsInt()) : target;
    }

    /** The rank of the risk: 0 for red, 3 for blue, 4 for no assessment. */
    public int riskRank() {
        return risk.map(RiskLevel::ordinal).orElse(RiskLevel.values().length);
    }
}
