package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.testkit.CaseStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The port contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresCaseStoreContractTest extends CaseStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected StoreUnderTest newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE case_event, case_view, outbox, idempotency_key, department_step");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return H2CaseStoreContractTest.storeOn(storage);
    }
}
