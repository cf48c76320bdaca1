package org.gridsafe.memory;

import org.gridsafe.testkit.PatrolOriginContract;
import org.gridsafe.testkit.PatrolWorld;

/** Case origins on the in-memory stores. */
class InMemoryPatrolOriginContractTest extends PatrolOriginContract {

    @Override
    protected PatrolWorld.Stores newStores() {
        InMemoryCaseStore cases = new InMemoryCaseStore();
        return new PatrolWorld.Stores(cases, cases, new InMemoryPatrolStore(), new InMemoryMediaStore());
    }
}
