package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.InternalReportStore;
import org.gridsafe.testkit.InternalReportStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The internal report store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresInternalReportStoreContractTest extends InternalReportStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected InternalReportStore newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE internal_report");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.internalReportStore();
    }
}
