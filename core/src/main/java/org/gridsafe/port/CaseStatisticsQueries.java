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
     * The major-hazard return's figures of the cases in {@code scope} over {@code period}, as they
     * stand at {@code asOf} ({@code zone}: the district's, for the plans' due dates), as {@link
     * org.gridsafe.stats.MajorHazardStatistics#figures}.
     */
    org.gridsafe.stats.MajorHazardFigures majorHazardFigures(
            CaseScope scope, Period period, java.time.ZoneId zone, Instant asOf);
}
