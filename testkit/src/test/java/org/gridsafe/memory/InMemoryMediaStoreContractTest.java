package org.gridsafe.memory;

import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.MediaStore;
import org.gridsafe.testkit.MediaStoreContract;

class InMemoryMediaStoreContractTest extends MediaStoreContract {

    private InMemoryMediaStore store;

    @Override
    protected MediaStore newStore(MediaLimits limits) {
        store = new InMemoryMediaStore(limits);
        return store;
    }

    @Override
    protected long storedObjects() {
        return store.size();
    }
}
