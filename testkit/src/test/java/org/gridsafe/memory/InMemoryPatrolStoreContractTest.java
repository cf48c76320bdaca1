package org.gridsafe.memory;

import org.gridsafe.port.PatrolStore;
import org.gridsafe.testkit.PatrolStoreContract;

/** The patrol store contract on the in-memory store. */
class InMemoryPatrolStoreContractTest extends PatrolStoreContract {

    @Override
    protected PatrolStore newStore() {
        return new InMemoryPatrolStore();
    }
}
