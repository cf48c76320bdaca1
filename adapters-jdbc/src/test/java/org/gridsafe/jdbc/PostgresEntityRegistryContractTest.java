package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.testkit.EntityRegistryContract;
import org.junit.jupiter.api.BeforeAll;

/** The entity registry contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresEntityRegistryContractTest extends EntityRegistryContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected EntityRegistry newRegistry() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE supervised_entity_event, supervised_entity");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.entityRegistry();
    }
}
