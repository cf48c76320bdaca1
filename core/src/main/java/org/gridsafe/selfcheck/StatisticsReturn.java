package org.gridsafe.selfcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.registry.EntityId;

/**
 * A statistical return (隐患排查治理统计报表) an enterprise filed for a quarter or a year, signed by its
 * principal (主要负责人).
 *
 * @param entity the entity
 * @param period the quarter or year it covers
 * @param hazardsFound hazards found in the period
 * @param hazardsRectified of them, rectified
 * @param majorHazards of them, major
 * @param principal the name of the principal who signs it (the registry's 主要负责人)
 * @param filedBy the actor who filed it
 * @param filedAt when
 * @param filedOn the day in the district's zone (decides whether it was late)
 */
public record StatisticsReturn(
        EntityId entity,
        ReturnPeriod period,
        int hazardsFound,
        int hazardsRectified,
        int majorHazards,
        String principal,
        String filedBy,
        Instant filedAt,
        LocalDate filedOn) {

    public StatisticsReturn {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(filedOn, "filedOn");
    }

    /** Whether it was filed after the period's due day ({@link ReturnPeriod#isLate}). */
    public boolean late() {
        return period.isLate(filedOn);
    }

    /** Whether it states the same as {@code other} (who and when aside). */
    public boolean sameFigures(StatisticsReturn other) {
        return entity.equals(other.entity)
                && period.equals(other.period)
                && hazardsFound == other.hazardsFound
                && hazardsRectified == other.hazardsRectified
                && majorHazards == other.majorHazards
                && Objects.equals(principal, other.principal);
    }

    /** The figures' problems: none negative, rectified and major at most found, the principal named. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (hazardsFound < 0) {
            problems.add(new FieldProblem("hazardsFound", "must be 0 or more; got " + hazardsFound));
        }
        if (hazardsRectified < 0 || hazardsRectified > Math.max(hazardsFound, 0)) {
            problems.add(new FieldProblem(
                    "hazardsRectified", "must be 0 to hazardsFound (" + hazardsFound + "); got " + hazardsRectified));
        }
        if (majorHazards < 0 || majorHazards > Math.max(hazardsFound, 0)) {
            problems.add(new FieldProblem(
                    "majorHazards", "must be 0 to hazardsFound (" + hazardsFound + "); got " + majorHazards));
        }
        if (principal == null || principal.isBlank()) {
            problems.add(new FieldProblem("principal", "is required: the principal (主要负责人) signs the return"));
        } else if (principal.length() > 100) {
            problems.add(new FieldProblem("principal", "must be at most 100 characters"));
        }
        return problems;
    }
}
