package org.gridsafe.jdbc;

import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.testkit.PatrolTrackStoreContract;

/** The track store contract on H2 (a fresh in-memory database per test). */
class H2PatrolTrackStoreContractTest extends PatrolTrackStoreContract {

    @Override
    protected PatrolTrackStore newStore() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().patrolTrackStore();
    }
}
