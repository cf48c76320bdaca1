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
        GridSafe gridSafe) {}
