package org.gridsafe.patrol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridsafe.grid.GridCode;

/**
 * Plans visits for a short-staffed district: each pool grid's capacity is spent on floors first, higher
 * risk first, then on targets, higher risk first, never past an entity's cap. Within one risk level visits
 * are handed out one per entity per round in entity-id order, so a shortage is spread and the result
 * depends only on the input (not on its order).
 *
 * <p>Guarantees, per pool grid: no entity gets a visit above its floor while another is below its reachable
 * floor; no entity gets a floor visit while one of higher risk is below its reachable floor; visits never
 * exceed the capacity or a cap; every floor is met when the capacity covers the reachable floors and no cap
 * is below a floor; the shortfall equals the unmet floors.
 */
public final class PatrolPlanner {

    private static final Comparator<VisitDemand> ORDER =
            Comparator.comparingInt(VisitDemand::riskRank).thenComparing(VisitDemand::entityId);

    private final PlanningRules rules;

    /** A planner converting staff time by {@code rules}. */
    public PatrolPlanner(PlanningRules rules) {
        this.rules = rules;
    }

    /**
     * The proposal for {@code demands} with {@code capacity} visits per pool grid; a pool grid not in
     * {@code capacity} has none.
     *
     * @throws IllegalArgumentException when two demands name one entity or a capacity is negative
     */
    public PlanProposal plan(PatrolPeriod period, List<VisitDemand> demands, Map<GridCode, Integer> capacity) {
        Map<GridCode, List<VisitDemand>> pools = new TreeMap<>(Comparator.comparing(GridCode::value));
        capacity.forEach((grid, visits) -> {
            if (visits < 0) {
                throw new IllegalArgumentException("capacity of grid " + grid + " is at least 0, got " + visits);
            }
            pools.put(grid, new ArrayList<>());
        });
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (VisitDemand d : demands) {
            if (!seen.add(d.entityId())) {
                throw new IllegalArgumentException("entity " + d.entityId() + " is named twice");
            }
            pools.computeIfAbsent(d.pool(), g -> new ArrayList<>()).add(d);
        }
        List<PlannedVisits> visits = new ArrayList<>();
        List<GridShortfall> grids = new ArrayList<>();
        pools.forEach((grid, pool) -> {
            pool.sort(ORDER);
            int cap = capacity.getOrDefault(grid, 0);
            int[] given = new int[pool.size()];
            int left = fill(pool, given, cap, true);
            fill(pool, given, left, false);
            int planned = 0;
            int floors = 0;
            int shortVisits = 0;
            int blocked = 0;
            for (int i = 0; i < pool.size(); i++) {
                PlannedVisits p = new PlannedVisits(pool.get(i), given[i]);
                visits.add(p);
                planned += given[i];
                floors += p.demand().floor();
                shortVisits += p.belowFloor();
                blocked += p.blockedByCap();
            }
            grids.add(new GridShortfall(
                    grid, cap, planned, floors, shortVisits, blocked, rules.staffDaysFor(shortVisits - blocked)));
        });
        return new PlanProposal(period, rules, visits, grids);
    }

    /** Hands out up to {@code left} visits towards floors or targets, by risk level; answers what is left. */
    private static int fill(List<VisitDemand> pool, int[] given, int left, boolean floors) {
        int i = 0;
        while (i < pool.size() && left > 0) {
            int rank = pool.get(i).riskRank();
            int end = i;
            while (end < pool.size() && pool.get(end).riskRank() == rank) {
                end++;
            }
            boolean progress = true;
            while (left > 0 && progress) {
                progress = false;
                for (int j = i; j < end && left > 0; j++) {
                    VisitDemand d = pool.get(j);
                    int goal = floors ? d.reachableFloor() : d.reachableTarget();
                    if (given[j] < goal) {
                        given[j]++;
                        left--;
                        progress = true;
                    }
                }
            }
            i = end;
        }
        return left;
    }
}
