package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The adapter's behaviour on a real PostgreSQL: a fresh database per test. */
class PostgresStorageTest extends JdbcStorageBehaviourTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.freshPostgresDatabase();
    }
}
