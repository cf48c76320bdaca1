package org.gridsafe.jdbc;

import org.gridsafe.port.InspectionStore;
import org.gridsafe.testkit.InspectionStoreContract;

/** The inspection store contract on H2 (a fresh in-memory database per test). */
class H2InspectionStoreContractTest extends InspectionStoreContract {

    @Override
    protected InspectionStore newStore() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().inspectionStore();
    }
}
