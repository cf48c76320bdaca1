package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** The SQL inspection indicators equal the reference, on H2 in memory. */
class H2InspectionStatisticsEqualTheReferencePropertiesTest
        extends InspectionStatisticsEqualTheReferencePropertiesTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
