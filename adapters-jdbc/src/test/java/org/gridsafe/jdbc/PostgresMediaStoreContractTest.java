package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.MediaStore;
import org.gridsafe.testkit.MediaStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The media store contract on a real PostgreSQL (one database for this class, emptied before each test). */
class PostgresMediaStoreContractTest extends MediaStoreContract {

    private static DataSource database;
    private static JdbcGridSafeStorage storage;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.freshPostgresDatabase();
        storage = JdbcGridSafeStorage.create(database).migrate();
    }

    @Override
    protected MediaStore newStore(MediaLimits limits) {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE media_object");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return storage.mediaStore(limits);
    }

    @Override
    protected long storedObjects() {
        return MediaRows.count(database);
    }
}
