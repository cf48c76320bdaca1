package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Statistics scoped by the entity a case concerns, on a real PostgreSQL. */
class PostgresEntityScopedStatisticsTest extends EntityScopedStatisticsTest {

    @Override
    DataSource database() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
