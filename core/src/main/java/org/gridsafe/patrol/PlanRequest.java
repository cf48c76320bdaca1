package org.gridsafe.patrol;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;

/**
 * What a command center asks to plan: a grid subtree, the period, each grid's staff capacity, and caps
 * and risk-based floors beside the plans' own.
 *
 * @param grid the subtree planned: its operating and suspended entities
 * @param period the kind of period planned, e.g. {@link PatrolFrequency#QUARTERLY}
 * @param day a day of the period
 * @param capacity visits per period of each grid's staff (an entity draws on its nearest grid listed here);
 *     grids inside {@code grid}
 * @param caps the most visits per period by entity id (e.g. what remains of a published inspection cap)
 * @param riskFloors visits per period an entity of a risk level requires at least, beside its plans
 * @param riskTargets visits per period wanted for an entity of a risk level when capacity allows
 */
public record PlanRequest(
        GridCode grid,
        PatrolFrequency period,
        LocalDate day,
        Map<GridCode, Integer> capacity,
        Map<String, Integer> caps,
        Map<RiskLevel, Integer> riskFloors,
        Map<RiskLevel, Integer> riskTargets) {

    public PlanRequest {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(day, "day");
        capacity = Map.copyOf(capacity);
        caps = Map.copyOf(caps);
        riskFloors = Map.copyOf(riskFloors);
        riskTargets = Map.copyOf(riskTargets);
    }

    /** A request with capacities only: the floors come from the plans. */
    public static PlanRequest of(
            GridCode grid, PatrolFrequency period, LocalDate day, Map<GridCode, Integer> capacity) {
        return new PlanRequest(grid, period, day, capacity, Map.of(), Map.of(), Map.of());
    }
}
