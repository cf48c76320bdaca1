package org.gridsafe.jdbc;

import org.gridsafe.port.DistrictNoticeStore;
import org.gridsafe.testkit.DistrictNoticeStoreContract;

/** The district notices' contract on a real PostgreSQL (a fresh database per test). */
class PostgresDistrictNoticeStoreContractTest extends DistrictNoticeStoreContract {

    @Override
    protected DistrictNoticeStore store() {
        return JdbcGridSafeStorage.create(TestDatabases.freshPostgresDatabase())
                .migrate()
                .districtNotices();
    }
}
