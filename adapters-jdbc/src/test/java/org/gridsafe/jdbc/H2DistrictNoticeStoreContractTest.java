package org.gridsafe.jdbc;

import org.gridsafe.port.DistrictNoticeStore;
import org.gridsafe.testkit.DistrictNoticeStoreContract;

/** The district notices' contract on H2 (a fresh in-memory database per test). */
class H2DistrictNoticeStoreContractTest extends DistrictNoticeStoreContract {

    @Override
    protected DistrictNoticeStore store() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().districtNotices();
    }
}
