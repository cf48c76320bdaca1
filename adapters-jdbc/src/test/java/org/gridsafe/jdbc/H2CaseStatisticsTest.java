package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Statistics in SQL on H2 in memory. */
class H2CaseStatisticsTest extends JdbcCaseStatisticsTest {

    @Override
    DataSource emptyDatabase() {
        return TestDatabases.h2Memory();
    }
}
