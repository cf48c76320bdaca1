package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job as a newcomer meets it: an H2 file database, real HTTP, data kept across restarts. */
class DemoServerTest {

    @Test
    void startsOnAnH2FileRunsTheLoopOverHttpAndKeepsDataAcrossARestart(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        String id;
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            server.printWelcome(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .startsWith("GridSafe listening on http://127.0.0.1:" + server.port() + "\n")
                    .contains("demo-grid-staff")
                    .contains("curl -s");
            ServerHttp http = new ServerHttp(server.baseUrl());
            id = SixStepsOverHttp.run(http);
            assertThat(http.get("/api/v1/grids/320599001", "demo-citizen").status())
                    .isEqualTo(200);
        }
        try (DemoMain.DemoServer again = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(again.baseUrl());
            ServerHttp.Answer kept = http.get("/api/v1/cases/" + id, "demo-street-center");
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.body().get("state").asText()).isEqualTo("CLOSED");
            // The demo district is loaded once; the second start found it and did not load it again.
            assertThat(http.get("/api/v1/grids/320599001/children", "demo-citizen")
                            .body()
                            .toString())
                    .contains("320599001010");
        }
    }

    @Test
    void optionsComeFromFlagsThenEnvironmentThenDefaults() {
        ServerOptions defaults = ServerOptions.parse(new String[0], Map.of());
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.jdbcUrl())
                .startsWith("jdbc:h2:file:")
                .endsWith("gridsafe-data/gridsafe;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");

        ServerOptions env = ServerOptions.parse(
                new String[0], Map.of("GRIDSAFE_PORT", "9090", "GRIDSAFE_DB_URL", "jdbc:postgresql://db/gs"));
        assertThat(env.port()).isEqualTo(9090);
        assertThat(env.jdbcUrl()).isEqualTo("jdbc:postgresql://db/gs");

        ServerOptions flags = ServerOptions.parse(new String[] {"--port", "0"}, Map.of("GRIDSAFE_PORT", "9090"));
        assertThat(flags.port()).isZero();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ServerOptions.parse(new String[] {"--port", "x"}, Map.of()))
                .hasMessageStartingWith("port 'x' is not a number");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ServerOptions.parse(new String[] {"--verbose", "1"}, Map.of()))
                .hasMessageStartingWith("unknown option --verbose");
    }
}
