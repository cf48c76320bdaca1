package org.gridsafe.patrol;

import java.util.Objects;
import org.gridsafe.grid.GridCode;

/**
 * One grid's balance in a proposal: its capacity, what its floors need and what is left unmet.
 *
 * @param grid the grid whose staff capacity was planned
 * @param capacity the visits its staff can make in the period
 * @param planned the visits planned
 * @param floorVisits the visits its entities' floors add up to
 * @param shortVisits the floor visits not planned (the sum of every entity's {@link PlannedVisits#belowFloor()})
 * @param blockedByCap of {@code shortVisits}, those a cap forbids (more staff would not help)
 * @param shortStaffDays the staff-days that would plan the rest: {@code shortVisits - blockedByCap}
 *     divided by the visits per staff-day, rounded up
 */
public record GridShortfall(
        GridCode grid,
        int capacity,
        int planned,
        int floorVisits,
        int shortVisits,
        int blockedByCap,
        int shortStaffDays) {

    public GridShortfall {
        Objects.requireNonNull(grid, "grid");
    }
}
