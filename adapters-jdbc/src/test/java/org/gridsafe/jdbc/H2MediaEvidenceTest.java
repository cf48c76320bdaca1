package org.gridsafe.jdbc;

import javax.sql.DataSource;

class H2MediaEvidenceTest extends JdbcMediaEvidenceTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.h2Memory();
    }
}
