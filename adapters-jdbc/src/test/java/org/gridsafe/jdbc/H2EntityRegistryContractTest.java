package org.gridsafe.jdbc;

import org.gridsafe.port.EntityRegistry;
import org.gridsafe.testkit.EntityRegistryContract;

/** The entity registry contract on H2 (a fresh in-memory database per test). */
class H2EntityRegistryContractTest extends EntityRegistryContract {

    @Override
    protected EntityRegistry newRegistry() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().entityRegistry();
    }
}
