package org.gridsafe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
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
 * <p>The methods taking an {@link Actor} decide {@link Action#READ_STATISTICS} with the
 * {@link AccessPolicy} first and narrow the scope to the actor's reach (a command center's
 * subtree, an officer's department); the others trust their caller.
 *
 * <pre>{@code
 * Statistics stats = gridSafe.statistics();
 * List<Ranked<Grid>> streets = stats.rankChildGrids(districtCode, CaseScope.all(), month, now);
 * }</pre>
 */
public final class Statistics {

    private final CaseStatisticsQueries queries;
    private final GridDirectory directory;
    private final AccessPolicy access;

    Statistics(CaseStatisticsQueries queries, GridDirectory directory, AccessPolicy access) {
        this.queries = queries;
        this.directory = directory;
        this.access = access;
    }

    /**
     * Refuses ({@code AccessDeniedException}, naming the rule) unless {@code actor} may read the
     * statistics of {@code scope}; {@link ScopeFacts#everything()} asks whether it may read any.
     */
    public void checkAccess(Actor actor, ScopeFacts scope) {
        AccessDecision decision = access.decide(actor, Action.READ_STATISTICS, scope);
        if (!decision.allowed()) {
            throw CaseworkException.of(new Rejection(
                    RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
        }
    }

    /** Where {@code actor}'s statistics reach when a request names no grid or department. */
    public ScopeFacts reach(Actor actor) {
        return access.scopeOf(actor, Action.READ_STATISTICS);
    }

    /**
     * The scope {@code actor} gets for {@code requested}: checked ({@link #checkAccess}), then
     * limited to its reach: no grid named means its home grid's subtree (command centers), and an
     * officer's figures are always its own department's.
     */
    public CaseScope scopeFor(Actor actor, CaseScope requested) {
        checkAccess(actor, new ScopeFacts(requested.withinGrid(), requested.department()));
        ScopeFacts reach = reach(actor);
        CaseScope scope = requested;
        if (scope.withinGrid().isEmpty() && reach.grid().isPresent()) {
            scope = scope.withinGrid(reach.grid().get());
        }
        if (reach.department().isPresent()) {
            scope = scope.department(reach.department().get());
        }
        return scope;
    }

    /**
     * {@link #departmentIndicators(Actor, CaseScope, Period, Instant)} ranked by the departments' own
     * step ({@link org.gridsafe.stats.DepartmentIndicators#ranked}).
     */
    public List<org.gridsafe.stats.DepartmentIndicators> rankDepartmentDisposal(
            Actor actor, CaseScope requested, Period period, Instant asOf) {
        return org.gridsafe.stats.DepartmentIndicators.ranked(departmentIndicators(actor, requested, period, asOf));
    }

    /** As {@link #rankDepartments(CaseScope, Period, Instant)}, only the rows {@code actor} may see. */
    public List<Ranked<Department>> rankDepartments(Actor actor, CaseScope requested, Period period, Instant asOf) {
        CaseScope scope = scopeFor(actor, requested);
        Optional<org.gridsafe.duty.DepartmentId> only = reach(actor).department();
        // An officer sees its own row only: the other departments' figures are not its business.
        return rankDepartments(scope, period, asOf).stream()
                .filter(r -> only.isEmpty() || r.subject().id().equals(only.get()))
                .toList();
    }

    /**
     * As {@link #departmentIndicators(CaseScope, Period, Instant)} for {@code actor}'s scope: an
     * officer gets its own department's row only.
     */
    public List<org.gridsafe.stats.DepartmentIndicators> departmentIndicators(
            Actor actor, CaseScope requested, Period period, Instant asOf) {
        return departmentIndicators(scopeFor(actor, requested), period, asOf);
    }

    /** Each department's indicators of its own step (处置率, 按期处置率, 超期待处置率, returns, reassignments). */
    public List<org.gridsafe.stats.DepartmentIndicators> departmentIndicators(
            CaseScope scope, Period period, Instant asOf) {
        return queries.departmentIndicators(scope, period, asOf);
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
            CaseScope childScope = scope.inGrid(Optional.of(child.code()));
            ranked.add(new Ranked<>(child, queries.indicators(childScope, period, asOf)));
        }
        return best(ranked, r -> r.subject().code().value());
    }

    /** Every department, with the indicators of the cases dispatched to it, best first. */
    public List<Ranked<Department>> rankDepartments(CaseScope scope, Period period, Instant asOf) {
        List<Ranked<Department>> ranked = new ArrayList<>();
        for (Department department : directory.dutyMatrix().departments()) {
            CaseScope departmentScope = scope.forDepartment(Optional.of(department.id()));
            ranked.add(new Ranked<>(department, queries.indicators(departmentScope, period, asOf)));
        }
        return best(ranked, r -> r.subject().id().value());
    }

    /** The open work (open, major, overdue) of {@code scope} as the cases stand at {@code asOf}. */
    public org.gridsafe.stats.OpenCaseCounts openNow(CaseScope scope, Instant asOf) {
        return queries.openNow(scope, asOf);
    }

    /**
     * Each child of {@code parent} (its subtree) with its open work now (open, major, overdue), in
     * the directory's order; a grid without children answers for itself, so a map showing a
     * micro-grid alone still has its figure.
     */
    public List<org.gridsafe.stats.OpenCaseCounts.OfGrid> openNowPerChildGrid(
            GridCode parent, CaseScope scope, Instant asOf) {
        List<Grid> grids = directory.grids().children(parent);
        if (grids.isEmpty()) {
            grids = directory.grids().find(parent).stream().toList();
        }
        List<org.gridsafe.stats.OpenCaseCounts> counts =
                queries.openNowPerGrid(scope, grids.stream().map(Grid::code).toList(), asOf);
        List<org.gridsafe.stats.OpenCaseCounts.OfGrid> rows = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            rows.add(new org.gridsafe.stats.OpenCaseCounts.OfGrid(grids.get(i), counts.get(i)));
        }
        return List.copyOf(rows);
    }

    private static <T> List<Ranked<T>> best(List<Ranked<T>> ranked, Function<Ranked<T>, String> key) {
        ranked.sort(Comparator.<Ranked<T>>comparingDouble(
                        r -> -r.indicators().onTimeRate().value().orElse(-1))
                .thenComparingDouble(r -> -r.indicators().closureRate().value().orElse(-1))
                .thenComparing(key));
        return List.copyOf(ranked);
    }
}
