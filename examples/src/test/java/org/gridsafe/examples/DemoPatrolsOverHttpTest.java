package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server serves patrols, inspections and self-inspection, so the terminal, inspectors and enterprises have their routes. */
class DemoPatrolsOverHttpTest {

    @Test
    void theDemoServesChecklistsPatrolsAndInspections(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            ServerHttp.Answer checklists = http.get("/api/v1/checklists", "demo-grid-staff");
            assertThat(checklists.status())
                    .as(String.valueOf(checklists.body()))
                    .isEqualTo(200);
            assertThat(checklists.body().get("items")).isNotEmpty();
            ServerHttp.Answer patrols = http.get("/api/v1/patrols", "demo-grid-staff");
            assertThat(patrols.status()).as(String.valueOf(patrols.body())).isEqualTo(200);
            assertThat(http.get("/api/v1/patrol-plans", "demo-street-center").status())
                    .isEqualTo(200);
            ServerHttp.Answer indicators = http.get("/api/v1/stats/patrol-indicators", "demo-district-center");
            assertThat(indicators.status())
                    .as(String.valueOf(indicators.body()))
                    .isEqualTo(200);
            // Self-inspection: the district center lists the enterprises' reporting obligations.
            ServerHttp.Answer obligations = http.get("/api/v1/self-check/obligations", "demo-district-center");
            assertThat(obligations.status())
                    .as(String.valueOf(obligations.body()))
                    .isEqualTo(200);
            // The inspection routes answer: an empty credential is refused field by field, not 404.
            ServerHttp.Answer credential = http.post("/api/v1/enforcement-credentials", "demo-district-center", "{}");
            assertThat(credential.status())
                    .as(String.valueOf(credential.body()))
                    .isEqualTo(400);
            assertThat(credential.body().get("errors")).isNotEmpty();
        }
    }
}
