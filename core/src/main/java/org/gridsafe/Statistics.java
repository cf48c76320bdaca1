package org.gridsafe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridsafe.duty.Department;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.Ranked;

/**
 * What command centers see (统计分析): indicators for any scope and period, and rankings of child
 * grids and departments. The numbers come from the store's {@link CaseStatisticsQueries}.
 *
 * <pre>{@code
 * Statistics stats = gridSafe.statistics();
 * List<Ranked<Grid>> streets = stats.rankChildGrids(districtCode, CaseScope.all(), month, now);
 * }</pre>
 */
public final class Statistics {

    private final CaseStatisticsQueries queries;
    private final GridDirectory directory;

    Statistics(CaseStatisticsQueries queries, GridDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    /** The indicators of {@code scope} over {@code period}, as the cases stand at {@code asOf}. */
    public CaseIndicators indicators(CaseScope scope, Period period, Instant asOf) {
        return queries.indicators(scope, period, asOf);
    }

    /**
     * The children of {@code parent}, each with its subtree's indicators, best first: by on-time
     * rate, then closure rate (grids with nothing due rank last), then code.
     */
    public List<Ranked<Grid>> rankChildGrids(GridCode parent, CaseScope scope, Period period, Instant asOf) {
        List<Ranked<Grid>> ranked = new ArrayList<>();
        for (Grid child : directory.grids().children(parent)) {
            CaseScope childScope =
                    new CaseScope(Optional.of(child.code()), scope.department(), scope.domain(), scope.grade());
            ranked.add(new Ranked<>(child, queries.indicators(childScope, period, asOf)));
        }
        return best(ranked, r -> r.subject().code().value());
    }

    /** Every department, with the indicators of the cases dispatched to it, best first. */
    public List<Ranked<Department>> rankDepartments(CaseScope scope, Period period, Instant asOf) {
        List<Ranked<Department>> ranked = new ArrayList<>();
        for (Department department : directory.dutyMatrix().departments()) {
            CaseScope departmentScope =
                    new CaseScope(scope.withinGrid(), Optional.of(department.id()), scope.domain(), scope.grade());
            ranked.add(new Ranked<>(department, queries.indicators(departmentScope, period, asOf)));
        }
        return best(ranked, r -> r.subject().id().value());
    }

    private static <T> List<Ranked<T>> best(List<Ranked<T>> ranked, Function<Ranked<T>, String> key) {
        ranked.sort(Comparator.<Ranked<T>>comparingDouble(
                        r -> -r.indicators().onTimeRate().value().orElse(-1))
                .thenComparingDouble(r -> -r.indicators().closureRate().value().orElse(-1))
                .thenComparing(key));
        return List.copyOf(ranked);
    }
}
