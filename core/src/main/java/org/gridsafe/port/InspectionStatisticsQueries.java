package org.gridsafe.port;

import java.time.ZoneId;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.Period;

/**
 * Inspection indicators computed where inspections and entities are kept (in SQL for a database), with
 * exactly the definitions and results of {@link InspectionIndicators#of}.
 */
public interface InspectionStatisticsQueries {

    /**
     * The inspection indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}, whose
     * days are those of {@code zone}, as the inspections and entities stand now.
     */
    InspectionIndicators inspectionIndicators(Optional<GridCode> grid, Period period, ZoneId zone);
}
