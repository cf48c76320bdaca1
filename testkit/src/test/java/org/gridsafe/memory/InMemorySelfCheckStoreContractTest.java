package org.gridsafe.memory;

import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.testkit.SelfCheckStoreContract;

/** The self-inspection store contract in memory. */
class InMemorySelfCheckStoreContractTest extends SelfCheckStoreContract {

    @Override
    protected SelfCheckStore newStore() {
        return new InMemorySelfCheckStore();
    }
}
