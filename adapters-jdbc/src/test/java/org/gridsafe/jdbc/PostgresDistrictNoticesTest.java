package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** District notices' sweep on a real PostgreSQL. */
class PostgresDistrictNoticesTest extends DistrictNoticesOnJdbcTest {

    @Override
    DataSource database() {
        return TestDatabases.freshPostgresDatabase();
    }
}
