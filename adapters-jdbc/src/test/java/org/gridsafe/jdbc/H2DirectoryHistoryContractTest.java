package org.gridsafe.jdbc;

import javax.sql.DataSource;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.GridDirectoryHistory;
import org.gridsafe.port.WritableGridDirectory;
import org.gridsafe.testkit.DirectoryHistoryContract;
import org.gridsafe.testkit.SampleDistrict;

/** The directory history contract on the JDBC directory over H2 (a fresh in-memory database per store). */
class H2DirectoryHistoryContractTest extends DirectoryHistoryContract {

    @Override
    protected Store newStore(DirectoryChange first) {
        DataSource ds = TestDatabases.h2Memory();
        JdbcGridSafeStorage.create(ds).migrate();
        return store(ds, first);
    }

    /** Writes through one storage and reads the history through another on the same database. */
    static Store store(DataSource ds, DirectoryChange first) {
        JdbcGridDirectory d = JdbcGridSafeStorage.create(ds).directory();
        JdbcGridDirectory reader = JdbcGridSafeStorage.create(ds).directory();
        d.replace(
                SampleDistrict.grids(),
                SampleDistrict.dutyMatrix(),
                TimeLimits.defaults(),
                SampleDistrict.calendar(),
                first);
        return new Store() {
            @Override
            public WritableGridDirectory directory() {
                return d;
            }

            @Override
            public GridDirectoryHistory history() {
                return reader;
            }
        };
    }
}
