package org.gridsafe.memory;

import org.gridsafe.port.EntityRegistry;
import org.gridsafe.testkit.EntityRegistryContract;

class InMemoryEntityRegistryContractTest extends EntityRegistryContract {

    @Override
    protected EntityRegistry newRegistry() {
        return new InMemoryEntityRegistry();
    }
}
