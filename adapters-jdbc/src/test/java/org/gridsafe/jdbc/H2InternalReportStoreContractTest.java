package org.gridsafe.jdbc;

import org.gridsafe.port.InternalReportStore;
import org.gridsafe.testkit.InternalReportStoreContract;

class H2InternalReportStoreContractTest extends InternalReportStoreContract {

    @Override
    protected InternalReportStore newStore() {
        return JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate().internalReportStore();
    }
}
