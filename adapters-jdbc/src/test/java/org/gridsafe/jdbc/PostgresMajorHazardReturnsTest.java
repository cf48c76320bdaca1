package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Major-hazard returns on a real PostgreSQL. */
class PostgresMajorHazardReturnsTest extends MajorHazardReturnsOnJdbcTest {

    @Override
    DataSource database() {
        return TestDatabases.freshPostgresDatabase();
    }
}
