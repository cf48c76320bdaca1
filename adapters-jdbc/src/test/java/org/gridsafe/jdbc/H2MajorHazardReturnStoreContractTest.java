package org.gridsafe.jdbc;

import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.testkit.MajorHazardReturnStoreContract;

/** The filed returns' contract on H2 (a fresh in-memory database per test). */
class H2MajorHazardReturnStoreContractTest extends MajorHazardReturnStoreContract {

    @Override
    protected MajorHazardReturnStore store() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().majorHazardReturns();
    }
}
