package org.gridsafe.examples;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridsafe.GridSafe;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.Ranked;

/**
 * What a {@link DistrictSimulation} produced.
 *
 * @param config how it was run
 * @param period the simulated time
 * @param end the instant it ended (the "as of" of every figure)
 * @param days one snapshot per day
 * @param district the whole district's indicators
 * @param streets the streets, ranked best first
 * @param openByMicroGrid open cases per micro-grid at the end
 * @param refusedCommands planned commands the library refused (should be 0)
 * @param gridSafe the instance, to query further
 * @param patrols what patrols did under the config's patrol model, if it had one
 */
public record SimulationResult(
        SimulationConfig config,
        Period period,
        Instant end,
        List<DailySnapshot> days,
        CaseIndicators district,
        List<Ranked<Grid>> streets,
        Map<GridCode, Long> openByMicroGrid,
        long refusedCommands,
        GridSafe gridSafe,
        java.util.Optional<PatrolOutcome> patrols) {

    public SimulationResult {
        patrols = patrols == null ? java.util.Optional.empty() : patrols;
    }

    /** A result without a patrol model. */
    public SimulationResult(
            SimulationConfig config,
            Period period,
            Instant end,
            List<DailySnapshot> days,
            CaseIndicators district,
            List<Ranked<Grid>> streets,
            Map<GridCode, Long> openByMicroGrid,
            long refusedCommands,
            GridSafe gridSafe) {
        this(config, period, end, days, district, streets, openByMicroGrid, refusedCommands, gridSafe, null);
    }
}
