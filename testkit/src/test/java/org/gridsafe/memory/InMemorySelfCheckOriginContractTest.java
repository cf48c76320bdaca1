package org.gridsafe.memory;

import org.gridsafe.testkit.SelfCheckOriginContract;
import org.gridsafe.testkit.SelfCheckWorld;

/** The self-inspection origin contract in memory. */
class InMemorySelfCheckOriginContractTest extends SelfCheckOriginContract {

    @Override
    protected SelfCheckWorld.Stores newStores() {
        InMemoryCaseStore cases = new InMemoryCaseStore();
        return new SelfCheckWorld.Stores(cases, cases, new InMemorySelfCheckStore(), new InMemoryMediaStore());
    }
}
