package org.gridsafe.memory;

import java.time.Clock;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.GridDirectoryHistory;
import org.gridsafe.port.WritableGridDirectory;
import org.gridsafe.testkit.DirectoryHistoryContract;
import org.gridsafe.testkit.SampleDistrict;

/** The directory history contract on the in-memory directory. */
class InMemoryDirectoryHistoryContractTest extends DirectoryHistoryContract {

    @Override
    protected Store newStore(DirectoryChange first) {
        InMemoryGridDirectory d = new InMemoryGridDirectory(
                SampleDistrict.grids(),
                SampleDistrict.dutyMatrix(),
                TimeLimits.defaults(),
                SampleDistrict.calendar(),
                Clock.systemUTC(),
                first);
        return new Store() {
            @Override
            public WritableGridDirectory directory() {
                return d;
            }

            @Override
            public GridDirectoryHistory history() {
                return d;
            }
        };
    }
}
