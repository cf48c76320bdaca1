package org.gridsafe.memory;

import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.testkit.MajorHazardReturnStoreContract;

/** The in-memory store keeps the contract. */
class InMemoryMajorHazardReturnsTest extends MajorHazardReturnStoreContract {

    @Override
    protected MajorHazardReturnStore store() {
        return new InMemoryMajorHazardReturns();
    }
}
