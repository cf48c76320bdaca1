package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The six-step loop driven only through HTTP by the demo accounts, on whatever database the server uses. */
final class SixStepsOverHttp {

    private SixStepsOverHttp() {}

    static String run(ServerHttp http) throws Exception {
        ServerHttp.Answer reported = http.post(
                "/api/v1/cases",
                "demo-grid-staff",
                "{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},\"domain\":\"FIRE\","
                        + "\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"消防通道堆放杂物\"}");
        assertThat(reported.status()).as("report: %s", reported.body()).isEqualTo(201);
        String id = reported.body().get("id").asText();
        assertThat(reported.body().get("grid").asText()).isEqualTo("320599001001001");

        long v = step(http, id, "register", "demo-street-center", "{}", 1);
        v = step(http, id, "dispatch", "demo-street-center", "{}", v);
        v = step(http, id, "rectification", "demo-fire-officer", "{\"evidence\":\"杂物已清理\"}", v);
        v = step(http, id, "verification", "demo-grid-staff", "{\"passed\":false,\"remarks\":\"仍有杂物\"}", v);
        v = step(http, id, "rectification", "demo-fire-officer", "{\"evidence\":\"已全部清理\"}", v);
        v = step(http, id, "verification", "demo-grid-staff", "{\"passed\":true}", v);
        v = step(http, id, "close", "demo-street-center", "{\"satisfaction\":5}", v);

        JsonNode closed = http.get("/api/v1/cases/" + id, "demo-street-center").body();
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("reworkCount").asInt()).isEqualTo(1);
        ServerHttp.Answer history = http.get("/api/v1/cases/" + id + "/history", "demo-district-center");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().toString()).contains("\"intact\":true");

        // Another street's grid staff may not touch it; a stale version is refused.
        assertThat(http.get("/api/v1/cases/" + id, "demo-grid-staff-2").status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/cases/" + id + "/close", "demo-street-center", "{}", v - 1)
                        .status())
                .isEqualTo(412);
        return id;
    }

    private static long step(ServerHttp http, String id, String command, String token, String body, long version)
            throws Exception {
        ServerHttp.Answer answer = http.post("/api/v1/cases/" + id + "/" + command, token, body, version);
        assertThat(answer.status()).as("%s: %s", command, answer.body()).isEqualTo(200);
        return answer.body().get("version").asLong();
    }
}
