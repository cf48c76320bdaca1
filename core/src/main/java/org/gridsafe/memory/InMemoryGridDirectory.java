package org.gridsafe.memory;

import java.util.Objects;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridTree;
import org.gridsafe.port.GridDirectory;

/**
 * Reference data held in memory, fixed at construction.
 *
 * <pre>{@code
 * GridDirectory directory = new InMemoryGridDirectory(tree, matrix, TimeLimits.defaults(), calendar);
 * }</pre>
 */
public final class InMemoryGridDirectory implements GridDirectory {

    private final GridTree grids;
    private final DutyMatrix dutyMatrix;
    private final TimeLimits timeLimits;
    private final WorkCalendar workCalendar;

    public InMemoryGridDirectory(
            GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar workCalendar) {
        this.grids = Objects.requireNonNull(grids, "grids");
        this.dutyMatrix = Objects.requireNonNull(dutyMatrix, "dutyMatrix");
        this.timeLimits = Objects.requireNonNull(timeLimits, "timeLimits");
        this.workCalendar = Objects.requireNonNull(workCalendar, "workCalendar");
    }

    @Override
    public GridTree grids() {
        return grids;
    }

    @Override
    public DutyMatrix dutyMatrix() {
        return dutyMatrix;
    }

    @Override
    public TimeLimits timeLimits() {
        return timeLimits;
    }

    @Override
    public WorkCalendar workCalendar() {
        return workCalendar;
    }
}
