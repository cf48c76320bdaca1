package org.gridsafe.memory;

import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.testkit.PatrolTrackStoreContract;

/** The track store contract on the in-memory store. */
class InMemoryPatrolTrackStoreContractTest extends PatrolTrackStoreContract {

    @Override
    protected PatrolTrackStore newStore() {
        return new InMemoryPatrolTrackStore();
    }
}
