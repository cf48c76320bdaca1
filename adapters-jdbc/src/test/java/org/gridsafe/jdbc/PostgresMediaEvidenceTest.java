package org.gridsafe.jdbc;

import javax.sql.DataSource;

class PostgresMediaEvidenceTest extends JdbcMediaEvidenceTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.freshFastPostgresDatabase();
    }
}
