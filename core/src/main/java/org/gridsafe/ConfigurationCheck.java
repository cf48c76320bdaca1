package org.gridsafe;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.GridDirectory;

/**
 * What {@link GridSafe.Builder#build()} checks before wiring anything: the problems that would
 * otherwise surface late — at a dispatch, at a rectification, or after a restart.
 */
final class ConfigurationCheck {

    /** Example hazard codes named per duty-matrix gap: enough to find the rule, few enough to read. */
    private static final int EXAMPLES = 3;

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void stores(CaseStore caseStore, boolean queriesGiven) {
        if ((caseStore == null) != !queriesGiven) {
            problems.add("caseStore and caseQueries: give both (they must see the same cases), or neither");
        }
    }

    void notifier(CaseStore caseStore, boolean notifierGiven) {
        if (caseStore != null && notifierGiven) {
            problems.add("notifier: only the default in-memory store delivers through it; the given caseStore"
                    + " delivers notifications itself (a durable store through its outbox), so this notifier"
                    + " would never be called. Give it to the store's relay instead");
        }
    }

    /** {@code inMemoryIds}: ids would come from the in-memory {@code SequentialIdGenerator}. */
    void idGenerator(CaseStore caseStore, boolean inMemoryIds) {
        if (caseStore != null && caseStore.durable() && inMemoryIds) {
            problems.add("idGenerator: the caseStore is durable, but case ids would come from the in-memory"
                    + " SequentialIdGenerator, which starts again after a restart, so new reports would collide"
                    + " with stored cases. Use the store's own generator (e.g. JdbcGridSafeStorage.idGenerator)");
        }
    }

    /**
     * {@code returns}: the major-hazard return store GridSafe would use. Beside a durable case
     * store, filed returns kept in memory would be lost on restart while the cases survive.
     */
    void majorHazardReturns(CaseStore caseStore, org.gridsafe.port.MajorHazardReturnStore returns) {
        if (caseStore != null && caseStore.durable() && !returns.durable()) {
            problems.add("majorHazardReturnStore: the caseStore is durable, but filed major-hazard returns would be"
                    + " kept by " + returns.getClass().getSimpleName() + ", which does not survive a restart. Give"
                    + " GridSafe.builder().majorHazardReturnStore(...) a durable store (e.g."
                    + " JdbcGridSafeStorage.majorHazardReturns())");
        }
    }

    void timeLimits(TimeLimits limits) {
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step == WorkflowStep.REPORT) {
                continue; // a report starts the clock; it has no limit of its own
            }
            for (HazardGrade grade : HazardGrade.values()) {
                if (limits.find(step, grade).isEmpty()) {
                    problems.add("time limits: none for step " + step + " (" + step.zhName() + ") and grade " + grade
                            + "; every case of that grade would fail when it reaches the step");
                }
            }
        }
    }

    /**
     * A domain with no duty rule at all is dispatched by hand (a department and a reason); a
     * domain with rules must route every hazard of the catalog, at both grades, at every grid
     * level the tree has, or dispatch fails for the cases that fall between the rules.
     */
    void dutyMatrix(DutyMatrix matrix, HazardCatalog catalog, GridDirectory directory) {
        Set<GridLevel> levels = EnumSet.noneOf(GridLevel.class);
        for (Grid grid : directory.grids().grids()) {
            levels.add(grid.level());
        }
        Set<SafetyDomain> routed = EnumSet.noneOf(SafetyDomain.class);
        for (DutyRule rule : matrix.rules()) {
            routed.add(rule.domain());
        }
        for (SafetyDomain domain : routed) {
            for (HazardGrade grade : HazardGrade.values()) {
                for (GridLevel level : levels) {
                    Set<String> unrouted = new TreeSet<>();
                    for (HazardCatalog.Entry entry : catalog.entries()) {
                        HazardCode hazard = entry.code();
                        if (matrix.route(domain, hazard, grade, level).isEmpty()) {
                            unrouted.add(hazard.value());
                        }
                    }
                    if (!unrouted.isEmpty()) {
                        problems.add("duty matrix: no rule routes domain " + domain + ", grade " + grade
                                + ", grid level " + level + " for " + unrouted.size() + " hazard code(s), e.g. "
                                + String.join(
                                        ", ", unrouted.stream().limit(EXAMPLES).toList()));
                    }
                }
            }
        }
    }
}
