package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids and the start-up check on an H2 file database (the embedded default). */
class H2FileRunsAndIdsTest extends RunsAndIdsBehaviourTest {

    @TempDir
    Path dir;

    private DataSource database;

    @Override
    DataSource database() {
        if (database == null) {
            database = TestDatabases.pooled(TestDatabases.h2FileDataSource(dir.resolve("gridsafe") + ";WRITE_DELAY=0"));
        }
        return database;
    }

    @Test
    void anH2FileDatabaseThatDelaysCommitsIsRefused() {
        DataSource delayed =
                TestDatabases.h2FileDataSource(dir.resolve("delayed").toString());
        assertThatThrownBy(() -> JdbcGridSafeStorage.create(delayed))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("writes commits up to 500 ms after they return (WRITE_DELAY)")
                .hasMessageEndingWith("add ;WRITE_DELAY=0 to the JDBC URL");
        // The library's own door for measuring the difference still opens it.
        assertThatCode(() -> JdbcGridSafeStorage.createAllowingDelayedCommits(delayed))
                .doesNotThrowAnyException();
    }
}
