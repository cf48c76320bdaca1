package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every statistics route answers on the demo server, over a real socket: the case statistics, the patrol
 * indicators and rankings (child grids, grids by level, staff), and the inspection and self-inspection
 * indicators, which need their services wired; and the demo's patrol history ranks its staff.
 */
class DemoStatisticsOverHttpTest {

    static final List<String> ROUTES = List.of(
            "/api/v1/stats/indicators",
            "/api/v1/stats/rankings/grids",
            "/api/v1/stats/rankings/departments",
            "/api/v1/stats/departments",
            "/api/v1/stats/open/grids",
            "/api/v1/stats/rankings/department-disposal",
            "/api/v1/stats/major-hazard-returns/periods?year=2026",
            "/api/v1/stats/patrol-indicators",
            "/api/v1/stats/rankings/patrol",
            "/api/v1/stats/rankings/patrol?level=COMMUNITY",
            "/api/v1/stats/rankings/patrol/staff",
            "/api/v1/stats/inspection-indicators",
            "/api/v1/stats/two-increases",
            "/api/v1/stats/self-inspection-indicators");

    @Test
    void everyStatisticsRouteAnswers(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            for (String route : ROUTES) {
                ServerHttp.Answer answer = http.get(route, "demo-district-center");
                assertThat(answer.status()).as(route + " " + answer.body()).isEqualTo(200);
            }
            ServerHttp.Answer staff = http.get("/api/v1/stats/rankings/patrol/staff", "demo-district-center");
            assertThat(staff.body().get("items")).isNotEmpty();
            assertThat(staff.body().get("weights").get("onTime").asDouble()).isEqualTo(0.3);
            ServerHttp.Answer badLevel = http.get("/api/v1/stats/rankings/patrol?level=TOWN", "demo-district-center");
            assertThat(badLevel.status()).isEqualTo(400);
            assertThat(badLevel.body().get("errors").get(0).get("field").asText())
                    .isEqualTo("level");
        }
    }

    @Test
    void weightsComeFromSystemProperties() {
        java.util.Properties p = new java.util.Properties();
        assertThat(DemoRankingWeights.staff(p)).isEqualTo(org.gridsafe.stats.PatrolRankingWeights.staffStandard());
        p.setProperty("gridsafe.patrol.staff-weights.mileage", "1");
        p.setProperty("gridsafe.patrol.weights.onTime", "2");
        assertThat(DemoRankingWeights.staff(p))
                .isEqualTo(new org.gridsafe.stats.PatrolRankingWeights(0, 0, 0, 0, 0, 0, 1));
        assertThat(DemoRankingWeights.grids(p)).isEqualTo(new org.gridsafe.stats.PatrolRankingWeights(0, 2, 0));
        p.setProperty("gridsafe.patrol.weights.speed", "1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoRankingWeights.grids(p))
                .hasMessageContaining("speed");
        p.setProperty("gridsafe.patrol.staff-weights.online", "lots");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoRankingWeights.staff(p))
                .hasMessageContaining("gridsafe.patrol.staff-weights.online must be a number");
    }
}
