package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 投诉重办 over HTTP on every store: the reporter's complaint after closing reopens the case, the
 * history keeps the closure before the reopening; others are refused, a blank complaint names its
 * field.
 */
@OnEveryStore
class ReopeningOverHttpTest {

    final HttpFixture http;

    ReopeningOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void the_reporters_complaint_after_closing_reopens_the_case() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "楼道堆放杂物"))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of());
        http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, Map.of());
        http.stepOk(id, "rectification", fireOfficer(), 3, Map.of("evidence", "已清理"));
        http.stepOk(id, "verification", jinqiaoGridManager(), 4, Map.of("passed", true));
        var closed = http.stepOk(id, "close", jinqiaoCommandCenter(), 5, Map.of("satisfaction", 5));
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");

        assertThat(http.step(id, "reopening", otherCitizen(), 6, Map.of("complaint", "x"))
                        .status())
                .isEqualTo(403);
        var blank = http.step(id, "reopening", jinqiaoGridManager(), 6, Map.of("complaint", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.toString()).contains("complaint");

        var reopened = http.stepOk(id, "reopening", jinqiaoGridManager(), 6, Map.of("complaint", "杂物又堆回来了"));
        assertThat(reopened.json().get("state").asText()).isEqualTo("DISPATCHED");
        assertThat(reopened.json().get("department").asText()).isEqualTo(FIRE_BRIGADE.value());
        assertThat(reopened.json().get("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.json().has("finishedAt")).isFalse();
        assertThat(reopened.json().get("deadline").asText()).isNotBlank();

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).endsWith("case.closed", "case.reopened");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
    }
}
