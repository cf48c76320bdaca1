package org.gridsafe.jdbc;

import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.testkit.MajorHazardReturnStoreContract;

/** The filed returns' contract on a real PostgreSQL (a fresh database per test). */
class PostgresMajorHazardReturnStoreContractTest extends MajorHazardReturnStoreContract {

    @Override
    protected MajorHazardReturnStore store() {
        return JdbcGridSafeStorage.create(TestDatabases.freshPostgresDatabase())
                .migrate()
                .majorHazardReturns();
    }
}
