package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The adapter's behaviour on H2 in memory. */
class H2StorageTest extends JdbcStorageBehaviourTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.h2Memory();
    }
}
