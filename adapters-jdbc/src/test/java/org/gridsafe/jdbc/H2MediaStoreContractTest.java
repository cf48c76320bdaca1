package org.gridsafe.jdbc;

import javax.sql.DataSource;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.MediaStore;
import org.gridsafe.testkit.MediaStoreContract;

/** The media store contract on H2 (a fresh in-memory database per test). */
class H2MediaStoreContractTest extends MediaStoreContract {

    private DataSource database;

    @Override
    protected MediaStore newStore(MediaLimits limits) {
        database = TestDatabases.h2Memory();
        return JdbcGridSafeStorage.create(database).migrate().mediaStore(limits);
    }

    @Override
    protected long storedObjects() {
        return MediaRows.count(database);
    }
}
