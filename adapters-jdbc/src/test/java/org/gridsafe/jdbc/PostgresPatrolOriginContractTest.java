package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.testkit.PatrolOriginContract;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.api.BeforeAll;

/** Case origins on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresPatrolOriginContractTest extends PatrolOriginContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected PatrolWorld.Stores newStores() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE case_event, case_view, outbox, idempotency_key, department_step,"
                    + " patrol_occurrence_event, patrol_occurrence, patrol_plan, media_object");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return H2PatrolOriginContractTest.storesOn(storage);
    }
}
