package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.testkit.InspectionStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The inspection store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresInspectionStoreContractTest extends InspectionStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected InspectionStore newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "TRUNCATE inspection_document, inspection_event, inspection, inspection_cap_count, enforcement_credential");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.inspectionStore();
    }
}
