package org.gridsafe.port;

import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridTree;

/**
 * The district's reference data: grids with their staff and responsibility chains, who handles
 * what, how long each step may take, and the working calendar. Implementations return immutable
 * snapshots; returning the same instances until the data changes lets callers cache what they
 * derive from them.
 */
public interface GridDirectory {

    /** The grid hierarchy. */
    GridTree grids();

    /** Departments and duty rules. */
    DutyMatrix dutyMatrix();

    /** Time limits of each step. */
    TimeLimits timeLimits();

    /** Working days and hours. */
    WorkCalendar workCalendar();
}
