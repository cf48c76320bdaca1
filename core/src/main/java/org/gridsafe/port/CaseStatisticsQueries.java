package org.gridsafe.port;

import java.time.Instant;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.Period;

/**
 * Case indicators computed where the cases are (in SQL for a database), with exactly the
 * definitions of {@link CaseIndicators} and the results of
 * {@link org.gridsafe.stats.CaseStatistics#indicators}.
 */
public interface CaseStatisticsQueries {

    /** The indicators of the cases in {@code scope}, over {@code period}, as they stand at {@code asOf}. */
    CaseIndicators indicators(CaseScope scope, Period period, Instant asOf);

    /**
     * Each department's indicators of its own step for the cases in {@code scope}, over {@code
     * period}, as they stand at {@code asOf}; ordered by department code, as {@link
     * org.gridsafe.stats.DepartmentIndicators#of}.
     */
    java.util.List<org.gridsafe.stats.DepartmentIndicators> departmentIndicators(
            CaseScope scope, Period period, Instant asOf);

    /**
     * The open work of the cases in {@code scope} as they stand at {@code asOf}, as {@link
     * org.gridsafe.stats.CaseStatistics#openNow}.
     */
    org.gridsafe.stats.OpenCaseCounts openNow(CaseScope scope, Instant asOf);

    /**
     * The open work of each grid of {@code grids} (each with its whole subtree) among the cases in
     * {@code scope}, in the order given: for each grid what {@link #openNow} gives for {@code
     * scope.inGrid(grid)}, asked at once. The command center's map asks it for a parent's children
     * on every draw, so a database should answer it in one grouped query; this default asks {@link
     * #openNow} once per grid.
     */
    default java.util.List<org.gridsafe.stats.OpenCaseCounts> openNowPerGrid(
            CaseScope scope, java.util.List<org.gridsafe.grid.GridCode> grids, Instant asOf) {
        java.util.List<org.gridsafe.stats.OpenCaseCounts> counts = new java.util.ArrayList<>();
        for (org.gridsafe.grid.GridCode grid : grids) {
            counts.add(openNow(scope.inGrid(java.util.Optional.of(grid)), asOf));
        }
        return java.util.List.copyOf(counts);
    }

    /**
     * The major-hazard return's figures of the cases in {@code scope} over {@code period}, as they
     * stand at {@code asOf} ({@code zone}: the district's, for the plans' due dates), as {@link
     * org.gridsafe.stats.MajorHazardStatistics#figures}.
     */
    org.gridsafe.stats.MajorHazardFigures majorHazardFigures(
            CaseScope scope, Period period, java.time.ZoneId zone, Instant asOf);
}
