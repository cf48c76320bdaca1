package org.gridsafe.jdbc;

import org.gridsafe.media.MediaLimits;
import org.gridsafe.testkit.SelfCheckOriginContract;
import org.gridsafe.testkit.SelfCheckWorld;

/** The self-inspection origin contract on H2 (a fresh in-memory database per test). */
class H2SelfCheckOriginContractTest extends SelfCheckOriginContract {

    @Override
    protected SelfCheckWorld.Stores newStores() {
        return storesOn(JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate());
    }

    static SelfCheckWorld.Stores storesOn(JdbcGridSafeStorage storage) {
        return new SelfCheckWorld.Stores(
                storage.caseStore(),
                storage.caseQueries(),
                storage.selfCheckStore(),
                storage.mediaStore(MediaLimits.defaults()));
    }
}
