package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL patrol indicators equal the reference, on H2 in memory. */
class H2PatrolStatisticsEqualTheReferencePropertiesTest extends PatrolStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
