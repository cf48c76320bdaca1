package org.gridsafe.memory;

import org.gridsafe.port.InternalReportStore;
import org.gridsafe.testkit.InternalReportStoreContract;

class InMemoryInternalReportStoreContractTest extends InternalReportStoreContract {

    @Override
    protected InternalReportStore newStore() {
        return new InMemoryInternalReportStore();
    }
}
