package org.gridsafe.port;

import java.time.ZoneId;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.SelfInspectionIndicators;

/**
 * Self-inspection indicators computed where plans, returns, entities and cases are kept (in SQL for a
 * database), with exactly the definitions and results of {@link SelfInspectionIndicators#of}.
 */
public interface SelfInspectionStatisticsQueries {

    /**
     * The self-inspection indicators of {@code grid}'s subtree (empty: everywhere) over {@code period},
     * whose days are those of {@code zone}, as the stores stand now.
     */
    SelfInspectionIndicators selfInspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone);
}
