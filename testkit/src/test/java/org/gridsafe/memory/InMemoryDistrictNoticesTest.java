package org.gridsafe.memory;

import org.gridsafe.port.DistrictNoticeStore;
import org.gridsafe.testkit.DistrictNoticeStoreContract;

/** The in-memory store keeps the contract. */
class InMemoryDistrictNoticesTest extends DistrictNoticeStoreContract {

    @Override
    protected DistrictNoticeStore store() {
        return new InMemoryDistrictNotices();
    }
}
