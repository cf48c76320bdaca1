package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL statistics equal the reference, on H2 in memory. */
class H2SqlStatisticsEqualTheReferencePropertiesTest extends SqlStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
