package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Major-hazard returns on H2 in memory. */
class H2MajorHazardReturnsTest extends MajorHazardReturnsOnJdbcTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
