package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL patrol indicators equal the reference, on a real PostgreSQL (commits not waiting for the disk). */
class PostgresPatrolStatisticsEqualTheReferencePropertiesTest extends PatrolStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
