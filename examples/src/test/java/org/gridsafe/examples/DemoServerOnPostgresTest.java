package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo server on a real PostgreSQL the test starts itself (durable settings on), driven over
 * HTTP through the whole loop. If PostgreSQL cannot start, this fails; it never skips.
 */
class DemoServerOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theWholeLoopRunsOverHttpOnPostgresql() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        ServerOptions options = ServerOptions.parse(
                new String[] {"--port", "0", "--db-url", url, "--db-user", "postgres", "--db-password", "postgres"},
                Map.of());
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            String id = SixStepsOverHttp.run(http);
            assertThat(id).startsWith("YH");
            ServerHttp.Answer escalations = http.post("/api/v1/escalations/run", "demo-district-center", "{}");
            assertThat(escalations.status()).as("%s", escalations.body()).isEqualTo(200);
            ServerHttp.Answer listing = http.get("/api/v1/cases?state=CLOSED", "demo-district-center");
            assertThat(listing.body().toString()).contains(id);
        }
    }
}
