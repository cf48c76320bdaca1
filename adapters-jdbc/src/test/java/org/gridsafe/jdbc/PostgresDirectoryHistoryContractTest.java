package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.testkit.DirectoryHistoryContract;
import org.junit.jupiter.api.BeforeAll;

/** The directory history contract on a real PostgreSQL (one database for this class, emptied for each store). */
class PostgresDirectoryHistoryContractTest extends DirectoryHistoryContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected Store newStore(DirectoryChange first) {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE directory_change_item, directory_version, grid_version, grid_version_staff,"
                    + " grid_version_responsible, grid_staff, grid_responsible, grid, duty_rule, department,"
                    + " time_limit, calendar_day, calendar_notice, work_calendar, department_version, duty_rule_version,"
                    + " time_limit_version, calendar_version, calendar_day_version, calendar_notice_version");
            s.execute("UPDATE directory_history_head SET last_version = 0, duties_since = 1, calendar_since = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return H2DirectoryHistoryContractTest.store(database, first);
    }
}
