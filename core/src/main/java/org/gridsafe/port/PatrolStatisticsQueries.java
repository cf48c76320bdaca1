package org.gridsafe.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.Period;

/**
 * Patrol indicators computed where patrols, cases and track days are kept (in SQL for a database), with
 * exactly the definitions and results of {@link org.gridsafe.stats.PatrolIndicators#of}.
 */
public interface PatrolStatisticsQueries {

    /**
     * The patrol indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}, as the
     * occurrences and cases stand at {@code asOf}; track days are the days of {@code zone}.
     */
    org.gridsafe.stats.PatrolIndicators patrolIndicators(
            Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone);

    /**
     * Each staff member's own patrol indicators in {@code grid}'s subtree, by staff id, with exactly the
     * definitions and results of {@link org.gridsafe.stats.PatrolIndicators#byStaff}.
     */
    java.util.SortedMap<String, org.gridsafe.stats.PatrolIndicators> staffIndicators(
            Optional<GridCode> grid, Period period, Instant asOf, ZoneId zone);
}
