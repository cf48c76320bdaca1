package org.gridsafe.patrol;

import java.util.List;
import java.util.Objects;

/**
 * A proposed patrol plan for one period: the visits per entity and the shortfall per grid.
 *
 * @param period the period planned
 * @param rules the conversion of staff time used
 * @param visits every entity's visits, by pool grid and then the order they were planned in
 * @param grids every pool grid's balance, in grid order
 */
public record PlanProposal(
        PatrolPeriod period, PlanningRules rules, List<PlannedVisits> visits, List<GridShortfall> grids) {

    public PlanProposal {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rules, "rules");
        visits = List.copyOf(visits);
        grids = List.copyOf(grids);
    }

    /** The floor visits left unmet in every grid. */
    public int shortVisits() {
        return grids.stream().mapToInt(GridShortfall::shortVisits).sum();
    }
}
