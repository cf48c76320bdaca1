package org.gridsafe.jdbc;

import org.gridsafe.media.MediaLimits;
import org.gridsafe.testkit.PatrolOriginContract;
import org.gridsafe.testkit.PatrolWorld;

/** Case origins on H2 (a fresh in-memory database per test): the unique origin index of V18. */
class H2PatrolOriginContractTest extends PatrolOriginContract {

    @Override
    protected PatrolWorld.Stores newStores() {
        return storesOn(JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate());
    }

    static PatrolWorld.Stores storesOn(JdbcGridSafeStorage storage) {
        return new PatrolWorld.Stores(
                storage.caseStore(),
                storage.caseQueries(),
                storage.patrolStore(),
                storage.mediaStore(MediaLimits.defaults()));
    }
}
