package org.gridsafe.jdbc;

import org.gridsafe.testkit.GridChangeContract;

/** Responsibility at each step and cases of removed grids, on a real PostgreSQL (a fresh database per test). */
class PostgresGridChangeTest extends GridChangeContract {

    @Override
    protected Wiring wire() {
        return JdbcGridChange.wiring(JdbcGridSafeStorage.create(TestDatabases.freshPostgresDatabase())
                .migrate());
    }
}
