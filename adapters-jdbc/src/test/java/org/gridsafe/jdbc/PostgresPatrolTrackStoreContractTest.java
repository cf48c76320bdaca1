package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.testkit.PatrolTrackStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The track store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresPatrolTrackStoreContractTest extends PatrolTrackStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected PatrolTrackStore newStore() {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE patrol_track_point, patrol_track_day");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.patrolTrackStore();
    }
}
