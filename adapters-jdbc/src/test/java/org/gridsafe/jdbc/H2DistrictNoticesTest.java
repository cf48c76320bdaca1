package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** District notices' sweep on H2 in memory. */
class H2DistrictNoticesTest extends DistrictNoticesOnJdbcTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
