package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.port.GridDirectory;
import org.junit.jupiter.api.Test;

/** The simulation's patrol model: coverage follows staffing and plan, and more coverage finds more hazards. */
class PatrolSimulationPropertiesTest {

    private static final GridDirectory DISTRICT = DemoDistrict.directory();

    /** Only the patrol finds (no self or citizen reports), so a short run stays quick. */
    private static SimulationResult run(long seed, int days, PatrolModel model) {
        SimulationConfig config =
                new SimulationConfig(seed, days, 0, 0, 0, 0.03, 0.25, 0.12, 0.08, 0.05).withPatrols(model);
        return DistrictSimulation.run(config, DISTRICT, day -> {});
    }

    @Test
    void coverageFollowsStaffingAndPlanAsTheRuleSays() {
        PatrolModel one = PatrolModel.defaults();
        // 60 entities, a monthly plan asks 60 / 21.75 = 2.76 visits a day; one staff member makes 2.
        assertThat(one.visitsPerDay()).isEqualTo(2.0);
        assertThat(one.coverage()).isCloseTo(2.0 * 21.75 / 60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(one.withStaffPerGrid(2).coverage()).isEqualTo(1.0);
        // A weekly plan asks 12 visits a day: even two staff members cover a third of the grid a week.
        assertThat(one.withFrequency(PatrolFrequency.WEEKLY).withStaffPerGrid(2).coverage())
                .isCloseTo(4.0 * 5 / 60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(one.withStaffPerGrid(0).coverage()).isZero();
        assertThat(one.withStaffPerGrid(2).dailyFindProbability()).isGreaterThan(one.dailyFindProbability());
    }

    @Test
    void moreStaffPerGridNeverFindsFewerHazardsForAnySeed() {
        qt().withExamples(6)
                .forAll(longs().all(), integers().between(0, 2), integers().between(1, 3))
                .checkAssert((seed, fewer, more) -> {
                    PatrolModel base = PatrolModel.defaults().withFrequency(PatrolFrequency.WEEKLY);
                    PatrolOutcome low =
                            run(seed, 4, base.withStaffPerGrid(fewer)).patrols().orElseThrow();
                    PatrolOutcome high = run(seed, 4, base.withStaffPerGrid(fewer + more))
                            .patrols()
                            .orElseThrow();
                    assertThat(high.coverage()).isGreaterThan(low.coverage());
                    // The same hazards arise in both runs; the larger staff finds at least as many.
                    assertThat(high.hazardsArisen()).isEqualTo(low.hazardsArisen());
                    assertThat(high.hazardsFound()).isGreaterThanOrEqualTo(low.hazardsFound());
                    assertThat(high.unseenAtEnd()).isLessThanOrEqualTo(low.unseenAtEnd());
                    assertThat(high.hazardsFound() + high.unseenAtEnd()).isEqualTo(high.hazardsArisen());
                });
    }

    @Test
    void theReportComparesOneAndTwoStaffPerMicroGrid() {
        PatrolModel model = PatrolModel.defaults();
        SimulationResult one = run(20261129L, 8, model);
        SimulationResult two = run(20261129L, 8, model.withStaffPerGrid(2));
        PatrolOutcome a = one.patrols().orElseThrow();
        PatrolOutcome b = two.patrols().orElseThrow();
        assertThat(b.hazardsFound()).isGreaterThan(a.hazardsFound());
        assertThat(b.foundAndClosed()).isGreaterThan(0);
        assertThat(a.hazardsReported()).isEqualTo(a.hazardsFound());
        assertThat(one.refusedCommands()).isZero();
        String table = SimulationReport.patrolComparison(List.of(one, two));
        assertThat(table.lines()).hasSize(3);
        assertThat(table).contains("coverage", "72.5%", "100.0%", String.valueOf(b.hazardsFound()));
    }
}
