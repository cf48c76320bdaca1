package org.gridsafe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.Period;

/** Statistics for a store that has none of its own: reads every case in scope, page by page. */
final class ScanningStatistics implements CaseStatisticsQueries {

    private final CaseQueries queries;
    private final CaseStore store;

    ScanningStatistics(CaseQueries queries, CaseStore store) {
        this.queries = queries;
        this.store = store;
    }

    @Override
    public CaseIndicators indicators(CaseScope scope, Period period, Instant asOf) {
        return CaseStatistics.indicators(casesIn(scope), scope, period, asOf);
    }

    @Override
    public List<DepartmentIndicators> departmentIndicators(CaseScope scope, Period period, Instant asOf) {
        // Steps belong to the departments that held them, not the case's current one: read every case of the grid.
        List<List<RecordedEvent>> histories = new ArrayList<>();
        for (Case c : casesIn(scope.forDepartment(java.util.Optional.empty()))) {
            histories.add(store.load(c.id()));
        }
        return DepartmentIndicators.of(histories, scope, period, asOf);
    }

    @Override
    public org.gridsafe.stats.OpenCaseCounts openNow(CaseScope scope, Instant asOf) {
        return CaseStatistics.openNow(casesIn(scope), scope, asOf);
    }

    @Override
    public org.gridsafe.stats.MajorHazardFigures majorHazardFigures(
            CaseScope scope, Period period, java.time.ZoneId zone, Instant asOf) {
        return org.gridsafe.stats.MajorHazardStatistics.figures(casesIn(scope), scope, period, zone, asOf);
    }

    private List<Case> casesIn(CaseScope scope) {
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        if (scope.withinGrid().isPresent()) {
            query = query.withinGrid(scope.withinGrid().get());
        }
        List<Case> cases = new ArrayList<>();
        while (true) {
            CasePage page = queries.find(query);
            cases.addAll(page.cases());
            if (page.next().isEmpty()) {
                return cases;
            }
            query = query.after(page.next().get());
        }
    }
}
