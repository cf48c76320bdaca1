package org.gridsafe.jdbc;

import org.gridsafe.port.PatrolStore;
import org.gridsafe.testkit.PatrolStoreContract;

/** The patrol store contract on H2 (a fresh in-memory database per test). */
class H2PatrolStoreContractTest extends PatrolStoreContract {

    @Override
    protected PatrolStore newStore() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().patrolStore();
    }
}
