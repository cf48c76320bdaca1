package org.gridsafe.jdbc;

import org.gridsafe.testkit.GridChangeContract;

/** Responsibility at each step and cases of removed grids, on H2 (a fresh in-memory database per test). */
class H2GridChangeTest extends GridChangeContract {

    @Override
    protected Wiring wire() {
        return JdbcGridChange.wiring(
                JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate());
    }
}
