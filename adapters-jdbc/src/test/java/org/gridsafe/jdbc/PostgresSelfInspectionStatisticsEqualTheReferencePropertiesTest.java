package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL self-inspection indicators equal the reference, on a real PostgreSQL (commits not waiting for the disk). */
class PostgresSelfInspectionStatisticsEqualTheReferencePropertiesTest
        extends SelfInspectionStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
