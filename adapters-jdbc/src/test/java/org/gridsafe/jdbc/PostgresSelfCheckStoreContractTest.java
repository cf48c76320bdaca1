package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.testkit.SelfCheckStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The self-inspection store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresSelfCheckStoreContractTest extends SelfCheckStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected SelfCheckStore newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE selfcheck_run_event, selfcheck_run, selfcheck_plan, selfcheck_return");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.selfCheckStore();
    }
}
