package org.gridsafe.jdbc;

import javax.sql.DataSource;

/** Statistics scoped by the entity a case concerns, on H2 in memory. */
class H2EntityScopedStatisticsTest extends EntityScopedStatisticsTest {

    @Override
    DataSource database() {
        return TestDatabases.h2Memory();
    }
}
