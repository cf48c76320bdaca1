package org.gridsafe.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Notification;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridTree;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.WritableGridDirectory;
import org.gridsafe.testkit.GridChangeContract;
import org.gridsafe.testkit.SampleDistrict;

/** Responsibility at each step and cases of removed grids, on the in-memory store. */
class InMemoryGridChangeTest extends GridChangeContract {

    @Override
    protected Wiring wire() {
        List<Notification> delivered = new CopyOnWriteArrayList<>();
        return new Wiring(GridSafe.builder().notifier(delivered::add), new Replaceable(), () -> delivered);
    }

    /** The sample directory, replaced whole as an import replaces a stored one. */
    private static final class Replaceable implements WritableGridDirectory {
        private volatile InMemoryGridDirectory current = (InMemoryGridDirectory) SampleDistrict.directory();

        @Override
        public void replace(GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
            current = new InMemoryGridDirectory(grids, dutyMatrix, timeLimits, calendar);
        }

        @Override
        public void replace(
                GridTree grids,
                DutyMatrix dutyMatrix,
                TimeLimits timeLimits,
                WorkCalendar calendar,
                DirectoryChange change) {
            replace(grids, dutyMatrix, timeLimits, calendar);
        }

        @Override
        public GridTree grids() {
            return current.grids();
        }

        @Override
        public DutyMatrix dutyMatrix() {
            return current.dutyMatrix();
        }

        @Override
        public TimeLimits timeLimits() {
            return current.timeLimits();
        }

        @Override
        public WorkCalendar workCalendar() {
            return current.workCalendar();
        }
    }
}
