package org.gridsafe.patrol;

import java.util.OptionalInt;
import java.util.Set;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;

/**
 * Plans to start from. No national frequency for grid staff patrols exists (none found); each preset
 * names where its rule comes from, and a host copies or replaces it.
 */
public final class PatrolPlanPresets {

    /** Every production unit of the grid, once a quarter: 横泾街道 2018 (local practice). */
    public static final String ENTERPRISES_QUARTERLY_BASIS = "local: 横泾街道 2018, 安全生产网格 全覆盖检查 1 次/季度 (omwxs.com copy)";

    /**
     * 九小场所 once a month: the project's own choice. The monthly rhythm is that of the 九小场所's own fire
     * check (每月防火检查, 郑州, local); no source sets a frequency for grid staff.
     */
    public static final String NINE_SMALL_MONTHLY_BASIS =
            "project's own: monthly, after 郑州's 每月防火检查 of the premises themselves (local)";

    private PatrolPlanPresets() {}

    /** Every production unit in {@code grid}'s subtree, quarterly, by its safety officer. */
    public static PatrolPlan enterprisesQuarterly(PatrolPlanId id, GridCode grid, ChecklistRef checklist) {
        return new PatrolPlan(
                id,
                "网格内企业季度全覆盖巡查",
                grid,
                new PatrolTarget(Set.of("PRODUCTION_UNIT"), Set.of()),
                PatrolFrequency.QUARTERLY,
                OptionalInt.empty(),
                checklist,
                GridRole.SAFETY_OFFICER,
                ENTERPRISES_QUARTERLY_BASIS);
    }

    /** Every 九小场所 in {@code grid}'s subtree, monthly, by its safety officer. */
    public static PatrolPlan nineSmallMonthly(PatrolPlanId id, GridCode grid, ChecklistRef checklist) {
        return new PatrolPlan(
                id,
                "九小场所月度巡查",
                grid,
                new PatrolTarget(Set.of("NINE_SMALL"), Set.of()),
                PatrolFrequency.MONTHLY,
                OptionalInt.empty(),
                checklist,
                GridRole.SAFETY_OFFICER,
                NINE_SMALL_MONTHLY_BASIS);
    }
}
