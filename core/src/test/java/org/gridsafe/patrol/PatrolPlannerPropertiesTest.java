package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The planner's guarantees over random districts (shrunk, replayable counterexamples): risk order, no
 * capacity or cap exceeded, the same plan for the same input in any order, every floor met when capacity
 * suffices, and the shortfall equal to the unmet floors.
 */
class PatrolPlannerPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 300);
    private static final List<GridCode> POOLS = List.of(
            GridCode.parse("320599001001001"), GridCode.parse("320599001001002"), GridCode.parse("320599002001"));
    private static final PatrolPeriod PERIOD = PatrolFrequency.MONTHLY.periodOf(LocalDate.of(2026, 11, 1));
    private static final PatrolPlanner PLANNER = new PatrolPlanner(PlanningRules.standard());

    record Input(List<VisitDemand> demands, Map<GridCode, Integer> capacity) {}

    private static Gen<VisitDemand> demand() {
        // risk 0..4 (4: not assessed), floor 0..4, extra 0..3, cap -1 (none) .. 5
        return integers()
                .between(0, 4)
                .zip(
                        integers().between(0, 4),
                        integers().between(0, 3),
                        integers().between(-1, 5),
                        List::of)
                .zip(
                        integers().between(0, POOLS.size() - 1),
                        (v, pool) -> new VisitDemand(
                                "E" + v.hashCode(),
                                POOLS.get(pool),
                                v.get(0) == 4 ? Optional.empty() : Optional.of(RiskLevel.values()[v.get(0)]),
                                v.get(1),
                                v.get(1) + v.get(2),
                                v.get(3) < 0 ? OptionalInt.empty() : OptionalInt.of(v.get(3))));
    }

    private static Gen<Input> inputs() {
        return lists().of(demand())
                .ofSizeBetween(0, 12)
                .zip(lists().of(integers().between(0, 30)).ofSize(POOLS.size()), (ds, caps) -> {
                    List<VisitDemand> unique = new ArrayList<>();
                    for (int i = 0; i < ds.size(); i++) {
                        VisitDemand d = ds.get(i);
                        unique.add(new VisitDemand(
                                String.format("E%02d", i), d.pool(), d.risk(), d.floor(), d.target(), d.cap()));
                    }
                    Map<GridCode, Integer> capacity = new TreeMap<>();
                    for (int i = 0; i < POOLS.size(); i++) {
                        capacity.put(POOLS.get(i), caps.get(i));
                    }
                    return new Input(unique, capacity);
                })
                .describedAs(in -> in.demands() + " capacity " + in.capacity());
    }

    private static PlanProposal plan(Input in) {
        return PLANNER.plan(PERIOD, in.demands(), in.capacity());
    }

    @Test
    void noLowerRiskEntityGetsAVisitWhileAHigherRiskOneIsBelowItsFloor() {
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
            List<PlannedVisits> visits = plan(in).visits();
            for (PlannedVisits high : visits) {
                if (high.visits() >= high.demand().reachableFloor()) {
                    continue;
                }
                for (PlannedVisits other : visits) {
                    if (!other.demand().pool().equals(high.demand().pool())) {
                        continue;
                    }
                    assertThat(other.visits())
                            .as("%s gets more than its floor while %s is below its floor", other, high)
                            .isLessThanOrEqualTo(other.demand().floor());
                    if (other.demand().riskRank() > high.demand().riskRank()) {
                        assertThat(other.visits())
                                .as("lower-risk %s gets a visit while %s is below its floor", other, high)
                                .isZero();
                    }
                }
            }
        });
    }

    @Test
    void thePlanNeverExceedsCapacityOrACap() {
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
            PlanProposal p = plan(in);
            Map<GridCode, Integer> used = p.visits().stream()
                    .collect(Collectors.groupingBy(
                            v -> v.demand().pool(), TreeMap::new, Collectors.summingInt(PlannedVisits::visits)));
            used.forEach((grid, n) -> assertThat(n)
                    .as("visits in %s", grid)
                    .isLessThanOrEqualTo(in.capacity().getOrDefault(grid, 0)));
            for (PlannedVisits v : p.visits()) {
                assertThat(v.visits())
                        .as("%s", v)
                        .isLessThanOrEqualTo(v.demand().reachableTarget());
                v.demand().cap().ifPresent(cap -> assertThat(v.visits()).isLessThanOrEqualTo(cap));
            }
        });
    }

    @Test
    void theSameInputGivesTheSamePlanInAnyOrder() {
        qt().withExamples(EXAMPLES).forAll(inputs(), integers().all()).checkAssert((in, seed) -> {
            List<VisitDemand> shuffled = new ArrayList<>(in.demands());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(PLANNER.plan(PERIOD, shuffled, in.capacity())).isEqualTo(plan(in));
            assertThat(plan(in)).isEqualTo(plan(in));
        });
    }

    @Test
    void everyFloorIsMetWhenCapacitySuffices() {
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
            PlanProposal p = plan(in);
            for (GridCode pool : in.capacity().keySet()) {
                List<PlannedVisits> mine = p.visits().stream()
                        .filter(v -> v.demand().pool().equals(pool))
                        .toList();
                int reachable =
                        mine.stream().mapToInt(v -> v.demand().reachableFloor()).sum();
                if (reachable <= in.capacity().get(pool)) {
                    mine.forEach(v -> assertThat(v.visits())
                            .as("%s with capacity %d", v, in.capacity().get(pool))
                            .isGreaterThanOrEqualTo(v.demand().reachableFloor()));
                }
            }
        });
    }

    @Test
    void theShortfallEqualsTheUnmetFloors() {
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
            PlanProposal p = plan(in);
            for (GridShortfall g : p.grids()) {
                List<PlannedVisits> mine = p.visits().stream()
                        .filter(v -> v.demand().pool().equals(g.grid()))
                        .toList();
                int unmet = mine.stream()
                        .mapToInt(v -> Math.max(0, v.demand().floor() - v.visits()))
                        .sum();
                int blocked = mine.stream()
                        .mapToInt(v -> v.demand().floor() - v.demand().reachableFloor())
                        .sum();
                assertThat(g.shortVisits()).as("%s", g).isEqualTo(unmet);
                assertThat(g.blockedByCap()).as("%s", g).isEqualTo(blocked);
                assertThat(g.planned())
                        .isEqualTo(mine.stream().mapToInt(PlannedVisits::visits).sum());
                assertThat(g.shortStaffDays() * PlanningRules.standard().visitsPerStaffDay())
                        .as("%s", g)
                        .isGreaterThanOrEqualTo(unmet - blocked)
                        .isLessThan(unmet - blocked + PlanningRules.standard().visitsPerStaffDay());
            }
            assertThat(p.shortVisits())
                    .isEqualTo(p.visits().stream()
                            .mapToInt(PlannedVisits::belowFloor)
                            .sum());
        });
    }

    @Test
    void spareCapacityGoesToTargetsHigherRiskFirst() {
        GridCode g = POOLS.get(0);
        VisitDemand red = new VisitDemand("R", g, Optional.of(RiskLevel.RED), 1, 3, OptionalInt.of(2));
        VisitDemand blue = new VisitDemand("B", g, Optional.of(RiskLevel.BLUE), 1, 3, OptionalInt.empty());
        PlanProposal p = PLANNER.plan(PERIOD, List.of(blue, red), Map.of(g, 4));
        assertThat(p.visits()).extracting(PlannedVisits::visits).containsExactly(2, 2);
        assertThat(p.grids().get(0).shortVisits()).isZero();
        PlanProposal short1 = PLANNER.plan(PERIOD, List.of(blue, red), Map.of(g, 1));
        assertThat(short1.visits()).extracting(PlannedVisits::visits).containsExactly(1, 0);
        assertThat(short1.grids().get(0).shortVisits()).isEqualTo(1);
        assertThat(short1.grids().get(0).shortStaffDays()).isEqualTo(1);
    }
}
