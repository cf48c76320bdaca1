package org.gridsafe.selfcheck;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
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
 * @param status filed on time, filed late, due or overdue (the period has ended, so never not due yet)
 */
public record ReturnObligation(
        EntityId entity,
        String entityName,
        GridCode grid,
        ReturnPeriod period,
        LocalDate due,
        Optional<StatisticsReturn> filing,
        ReturnStatus status) {

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
        ReturnStatus status =
                filing.map(f -> ReturnStatus.filed(f.late())).orElseGet(() -> ReturnStatus.unfiled(period, today));
        return new ReturnObligation(entity, name, grid, period, period.dueDate(), filing, status);
    }

    /** Whether it is overdue (not filed after its due day). */
    public boolean overdue() {
        return status == ReturnStatus.OVERDUE;
    }
}
