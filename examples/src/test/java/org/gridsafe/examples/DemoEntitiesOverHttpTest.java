package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server serves the demo district's units and places: search, map points, licence expiries, access. */
class DemoEntitiesOverHttpTest {

    @Test
    void theDemoEntitiesCanBeSearchedMappedAndReportedOverHttp(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            ServerHttp.Answer all = http.get("/api/v1/entities", "demo-district-center");
            assertThat(all.status()).isEqualTo(200);
            assertThat(all.body().get("items")).hasSize(37);

            assertThat(ids(http.get(
                            "/api/v1/entities?sector=HAZARDOUS_CHEMICALS&kind=PRODUCTION_UNIT",
                            "demo-district-center")))
                    .containsExactly("PU-001", "PU-002", "PU-003");
            assertThat(ids(http.get("/api/v1/entities?riskLevel=RED", "demo-district-center")))
                    .contains("PU-001");

            // The demo's 九小场所 are within its profile, WIDELY_USED.
            JsonNode hotel =
                    http.get("/api/v1/entities/PL-003", "demo-district-center").body();
            assertThat(hotel.get("nineSmall").get("profile").asText()).isEqualTo("WIDELY_USED");
            assertThat(hotel.get("nineSmall").get("verdict").asText()).isEqualTo("WITHIN");
            assertThat(hotel.get("profile").get("measures").get("beds").asInt()).isEqualTo(32);
            assertThat(ids(http.get("/api/v1/entities?nineSmallVerdict=WITHIN", "demo-district-center")))
                    .hasSize(10);

            ServerHttp.Answer map = http.get("/api/v1/entities.geojson", "demo-district-center");
            assertThat(map.status()).isEqualTo(200);
            assertThat(map.raw().headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/geo+json");
            assertThat(map.body().get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(map.body().get("features")).hasSize(37);
            JsonNode first = map.body().get("features").get(0);
            assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(first.get("geometry").get("coordinates")).hasSize(2);

            ServerHttp.Answer expiries = http.get("/api/v1/licence-expiries", "demo-district-center");
            assertThat(expiries.status()).isEqualTo(200);
            JsonNode soonest = expiries.body().get("items").get(0);
            assertThat(soonest.get("entityId").asText()).isEqualTo("PU-004");
            assertThat(soonest.get("expired").asBoolean()).isTrue();

            // The same licences as the command center's indicator (证照到期), counted per licence type.
            ServerHttp.Answer indicator = http.get("/api/v1/stats/licence-expiries", "demo-district-center");
            assertThat(indicator.status()).as(String.valueOf(indicator.body())).isEqualTo(200);
            assertThat(indicator.body().get("items").get(0).get("entity").asText())
                    .isEqualTo("PU-004");
            assertThat(indicator.body().get("items").size())
                    .isEqualTo(expiries.body().get("items").size());
            assertThat(indicator.body().get("totals").get("expired").asLong()
                            + indicator.body().get("totals").get("expiring").asLong())
                    .isEqualTo(expiries.body().get("items").size());

            // A street center sees its own street; the demo unit only its own record; a citizen nothing.
            List<String> street = ids(http.get("/api/v1/entities", "demo-street-center"));
            assertThat(street)
                    .hasSizeLessThan(37)
                    .isEqualTo(ids(http.get("/api/v1/entities?grid=320599001", "demo-district-center")));
            assertThat(http.get("/api/v1/entities/PU-001", "demo-unit").status())
                    .isEqualTo(200);
            assertThat(http.get("/api/v1/entities/PU-002", "demo-unit").status())
                    .isEqualTo(403);
            assertThat(ids(http.get("/api/v1/entities", "demo-citizen"))).isEmpty();
            assertThat(http.get("/api/v1/entities/PU-001", "demo-citizen").status())
                    .isEqualTo(403);
        }
    }

    private static List<String> ids(ServerHttp.Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
