package org.gridsafe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.casework.Case;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.Period;

/** Statistics for a store that has none of its own: reads every case in scope, page by page. */
final class ScanningStatistics implements CaseStatisticsQueries {

    private final CaseQueries queries;

    ScanningStatistics(CaseQueries queries) {
        this.queries = queries;
    }

    @Override
    public CaseIndicators indicators(CaseScope scope, Period period, Instant asOf) {
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        if (scope.withinGrid().isPresent()) {
            query = query.withinGrid(scope.withinGrid().get());
        }
        List<Case> cases = new ArrayList<>();
        while (true) {
            CasePage page = queries.find(query);
            cases.addAll(page.cases());
            if (page.next().isEmpty()) {
                return CaseStatistics.indicators(cases, scope, period, asOf);
            }
            query = query.after(page.next().get());
        }
    }
}
