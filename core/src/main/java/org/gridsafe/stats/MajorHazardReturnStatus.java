package org.gridsafe.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
import org.gridsafe.grid.GridCode;

/**
 * One period of a scope's major-hazard returns as it stands on a day: its due day, its status and,
 * once filed, the return.
 *
 * @param scope the grid the return covers
 * @param period the quarter or year
 * @param dueDate the last day it is on time ({@link ReturnPeriod#dueDate})
 * @param status its status on the day asked
 * @param filed the filed return, if any
 */
public record MajorHazardReturnStatus(
        GridCode scope,
        ReturnPeriod period,
        LocalDate dueDate,
        ReturnStatus status,
        Optional<MajorHazardReturn> filed) {

    public MajorHazardReturnStatus {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(filed, "filed");
    }

    /** The status of {@code period} on {@code today} given what was filed. */
    public static MajorHazardReturnStatus of(
            GridCode scope, ReturnPeriod period, Optional<MajorHazardReturn> filed, LocalDate today) {
        ReturnStatus status =
                filed.map(f -> ReturnStatus.filed(!f.onTime())).orElseGet(() -> ReturnStatus.unfiled(period, today));
        return new MajorHazardReturnStatus(scope, period, period.dueDate(), status, filed);
    }
}
