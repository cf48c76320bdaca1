package org.gridsafe.selfcheck;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;

/**
 * A statistical return an enterprise owes for an ended quarter or year, as of a day.
 *
 * @param entity the entity
 * @param entityName its name
 * @param grid its micro-grid
 * @param period the quarter or year
 * @param due the due day ({@link ReturnPeriod#dueDate()})
 * @param filing the return filed, if any
 * @param status filed, filed late, due or overdue
 */
public record ReturnObligation(
        EntityId entity,
        String entityName,
        GridCode grid,
        ReturnPeriod period,
        LocalDate due,
        Optional<StatisticsReturn> filing,
        ObligationStatus status) {

    public ReturnObligation {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        filing = filing == null ? Optional.empty() : filing;
    }

    /** The obligation of {@code period} as of {@code today}. */
    public static ReturnObligation asOf(
            EntityId entity,
            String name,
            GridCode grid,
            ReturnPeriod period,
            Optional<StatisticsReturn> filing,
            LocalDate today) {
        ObligationStatus status = filing.map(f -> f.late() ? ObligationStatus.FILED_LATE : ObligationStatus.FILED)
                .orElse(period.isOverdueOn(today) ? ObligationStatus.OVERDUE : ObligationStatus.DUE);
        return new ReturnObligation(entity, name, grid, period, period.dueDate(), filing, status);
    }

    /** Whether it is overdue (not filed after its due day). */
    public boolean overdue() {
        return status == ObligationStatus.OVERDUE;
    }
}
