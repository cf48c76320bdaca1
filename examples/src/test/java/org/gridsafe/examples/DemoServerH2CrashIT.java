package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.examples.DemoServerCrashIT.Child;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DemoServerCrashIT} on the H2 file default, and the case a newcomer tries first: one report,
 * SIGKILL the moment its 201 arrives, start again. Both run the packaged server as a child JVM.
 */
class DemoServerH2CrashIT {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOnTheH2FileDefault() throws Exception {
        Path data = dir.resolve("data");
        DemoServerCrashIT.CrashRun run =
                new DemoServerCrashIT.CrashRun("H2 file", List.of(List.of("--data", data.toString()))).run();
        try (HikariDataSource ds =
                DemoServerCrashIT.pool("jdbc:h2:file:" + data.resolve("gridsafe") + ";WRITE_DELAY=0", null)) {
            run.verifyStored(ds);
        }
    }

    /**
     * Five cycles of: start, read back everything acknowledged so far, report once, SIGKILL at the
     * 201. Then a clean stop (SIGTERM) must be recorded as one: the next start has nothing to check.
     */
    @Test
    void aLoneReportKilledAtIts201IsThereAfterTheRestartAndItsIdIsNeverIssuedAgain() throws Exception {
        List<String> args = List.of("--data", dir.resolve("lone").toString());
        Map<String, String> acknowledged = new LinkedHashMap<>();
        for (int cycle = 0; cycle < 5; cycle++) {
            Child server = Child.start(args);
            ServerHttp http = new ServerHttp(server.base());
            assertReadBack(http, acknowledged, server);
            String description = "消防通道堆放杂物（第" + (cycle + 1) + "次）";
            ServerHttp.Answer reported = http.post("/api/v1/cases", "demo-grid-staff", report(description));
            server.kill();
            assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
            String id = reported.body().get("id").asText();
            assertThat(acknowledged).as("id %s issued twice", id).doesNotContainKey(id);
            acknowledged.put(id, description);
        }

        Child server = Child.start(args);
        assertReadBack(new ServerHttp(server.base()), acknowledged, server);
        server.stopGracefully();

        Child again = Child.start(args);
        try {
            assertThat(again.output())
                    .as("the SIGTERM before was recorded as a clean stop")
                    .contains("start-up check: 0 cases verified");
            assertReadBack(new ServerHttp(again.base()), acknowledged, again);
        } finally {
            again.stopGracefully();
        }
    }

    private static void assertReadBack(ServerHttp http, Map<String, String> acknowledged, Child server)
            throws Exception {
        for (var ack : acknowledged.entrySet()) {
            ServerHttp.Answer read = http.get("/api/v1/cases/" + ack.getKey(), "demo-district-center");
            assertThat(read.status())
                    .as("case %s after the restart; server output:\n%s", ack.getKey(), server.output())
                    .isEqualTo(200);
            assertThat(read.body().get("description").asText()).isEqualTo(ack.getValue());
        }
    }

    private static String report(String description) {
        return "{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},\"domain\":\"FIRE\","
                + "\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"" + description + "\"}";
    }
}
