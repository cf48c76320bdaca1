package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.testkit.PatrolStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The patrol store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresPatrolStoreContractTest extends PatrolStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected PatrolStore newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE patrol_occurrence_event, patrol_occurrence, patrol_plan, patrol_proposal_acceptance");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.patrolStore();
    }
}
