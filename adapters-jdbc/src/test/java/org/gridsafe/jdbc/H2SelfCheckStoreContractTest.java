package org.gridsafe.jdbc;

import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.testkit.SelfCheckStoreContract;

/** The self-inspection store contract on H2 (a fresh in-memory database per test). */
class H2SelfCheckStoreContractTest extends SelfCheckStoreContract {

    @Override
    protected SelfCheckStore newStore() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().selfCheckStore();
    }
}
