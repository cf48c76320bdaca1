package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL statistics equal the reference, on a real PostgreSQL (commits not waiting for the disk). */
class PostgresSqlStatisticsEqualTheReferencePropertiesTest extends SqlStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
