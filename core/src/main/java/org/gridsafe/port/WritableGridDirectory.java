package org.gridsafe.port;

import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridTree;

/**
 * A {@link GridDirectory} whose data an administrator can replace, as district-data imports do.
 * A replacement is all or nothing: afterwards the directory serves either the whole new data or,
 * when the replacement failed, exactly the data it served before.
 */
public interface WritableGridDirectory extends GridDirectory {

    /**
     * Replaces the whole directory at once.
     *
     * @param grids the new grid hierarchy
     * @param dutyMatrix the new departments and duty rules
     * @param timeLimits the new time limits
     * @param calendar the new working calendar
     * @throws StoreUnavailableException when the store is down (nothing is changed)
     */
    void replace(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar);

    /**
     * Replaces the whole directory at once, recording who changed it, why and from which day.
     *
     * @param grids the new grid hierarchy
     * @param dutyMatrix the new departments and duty rules
     * @param timeLimits the new time limits
     * @param calendar the new working calendar
     * @param change who, why and from when
     * @throws StoreUnavailableException when the store is down (nothing is changed)
     */
    void replace(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            DirectoryChange change);
}
