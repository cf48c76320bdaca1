package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Ids and the start-up check on a real PostgreSQL: a fresh database per test. */
class PostgresRunsAndIdsTest extends RunsAndIdsBehaviourTest {

    private DataSource database;

    @Override
    DataSource database() {
        if (database == null) {
            database = TestDatabases.freshPostgresDatabase();
        }
        return database;
    }
}
