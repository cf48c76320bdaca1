package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL inspection indicators equal the reference, on a real PostgreSQL (commits not waiting for the disk). */
class PostgresInspectionStatisticsEqualTheReferencePropertiesTest
        extends InspectionStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
