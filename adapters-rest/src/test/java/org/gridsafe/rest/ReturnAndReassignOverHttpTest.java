package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 回退 and 改派 over HTTP on every store: the department returns a mis-dispatched case with a
 * reason, the command center dispatches it again overriding the duty matrix, then reassigns it;
 * the wrong party is refused, bad input names its field.
 */
@OnEveryStore
class ReturnAndReassignOverHttpTest {

    final HttpFixture http;

    ReturnAndReassignOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void a_department_returns_a_case_and_the_command_center_dispatches_and_reassigns_it() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "施工工地消防通道堵塞"))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of());
        var dispatched = http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, Map.of());
        assertThat(dispatched.json().get("department").asText()).isEqualTo(FIRE_BRIGADE.value());

        // the wrong party and bad input change nothing
        assertThat(http.step(id, "return", emergencyOfficer(), 3, Map.of("reason", "不归我管"))
                        .status())
                .isEqualTo(403);
        var blank = http.step(id, "return", fireOfficer(), 3, Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.toString()).contains("reason");

        var returned = http.stepOk(id, "return", fireOfficer(), 3, Map.of("reason", "工地属住建局监管"));
        assertThat(returned.json().get("state").asText()).isEqualTo("REGISTERED");
        assertThat(returned.json().has("department")).isFalse();
        assertThat(returned.json().get("version").asLong()).isEqualTo(4);

        var again = http.stepOk(
                id,
                "dispatch",
                jinqiaoCommandCenter(),
                4,
                Map.of("department", HOUSING.value(), "overrideReason", "工地属住建局监管"));
        assertThat(again.json().get("department").asText()).isEqualTo(HOUSING.value());

        assertThat(http.step(id, "reassign", fireOfficer(), 5, Map.of("department", "emergency", "reason", "r"))
                        .status())
                .as("departments do not reassign")
                .isEqualTo(403);
        var noDepartment = http.step(id, "reassign", jinqiaoCommandCenter(), 5, Map.of("reason", "改派"));
        assertThat(noDepartment.status()).isEqualTo(400);
        assertThat(noDepartment.toString()).contains("department");
        var reassigned = http.stepOk(
                id,
                "reassign",
                jinqiaoCommandCenter(),
                5,
                Map.of("department", EMERGENCY.value(), "handlerId", "em-01", "reason", "涉及危化品，应急局处置"));
        assertThat(reassigned.json().get("state").asText()).isEqualTo("DISPATCHED");
        assertThat(reassigned.json().get("department").asText()).isEqualTo(EMERGENCY.value());

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "case.reported",
                        "case.registered",
                        "case.dispatched",
                        "case.returned",
                        "case.dispatched",
                        "case.reassigned");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("events").get(3).get("data").get("reason").asText())
                .isEqualTo("工地属住建局监管");
        assertThat(history.json().get("events").get(5).get("data").get("from").asText())
                .isEqualTo(HOUSING.value());
    }
}
