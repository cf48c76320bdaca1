package org.gridsafe.memory;

import org.gridsafe.port.InspectionStore;
import org.gridsafe.testkit.InspectionStoreContract;

/** The inspection store contract on the in-memory store. */
class InMemoryInspectionStoreContractTest extends InspectionStoreContract {

    @Override
    protected InspectionStore newStore() {
        return new InMemoryInspectionStore();
    }
}
