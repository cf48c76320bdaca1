package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.testkit.SelfCheckOriginContract;
import org.gridsafe.testkit.SelfCheckWorld;
import org.junit.jupiter.api.BeforeAll;

/** Self-inspection cases by origin on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresSelfCheckOriginContractTest extends SelfCheckOriginContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected SelfCheckWorld.Stores newStores() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE case_event, case_view, outbox, idempotency_key, department_step,"
                    + " selfcheck_run_event, selfcheck_run, selfcheck_plan, selfcheck_return, media_object");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return H2SelfCheckOriginContractTest.storesOn(storage);
    }
}
