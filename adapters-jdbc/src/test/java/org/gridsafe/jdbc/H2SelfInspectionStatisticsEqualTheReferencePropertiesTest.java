package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL self-inspection indicators equal the reference, on H2 in memory. */
class H2SelfInspectionStatisticsEqualTheReferencePropertiesTest
        extends SelfInspectionStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
