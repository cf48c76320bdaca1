package org.gridsafe.port;

import java.util.Objects;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridTree;

/**
 * The whole directory's data as one value: one version of it, as {@link GridDirectoryHistory}
 * keeps them and as a replacement compares the new data with the old.
 *
 * @param grids the grid hierarchy with staff and responsibility chains
 * @param dutyMatrix departments and duty rules
 * @param timeLimits time limits of each step
 * @param workCalendar working days and hours
 */
public record DirectorySnapshot(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar workCalendar)
        implements GridDirectory {

    public DirectorySnapshot {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(dutyMatrix, "dutyMatrix");
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(workCalendar, "workCalendar");
    }

    /** The current data of {@code directory}. */
    public static DirectorySnapshot of(GridDirectory directory) {
        return new DirectorySnapshot(
                directory.grids(), directory.dutyMatrix(), directory.timeLimits(), directory.workCalendar());
    }
}
