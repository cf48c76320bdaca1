package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Statistics in SQL on a real PostgreSQL (a fresh database per test). */
class PostgresCaseStatisticsTest extends JdbcCaseStatisticsTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
