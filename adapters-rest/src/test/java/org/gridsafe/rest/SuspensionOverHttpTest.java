package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 缓办 / 挂账 over HTTP on every store: the command center suspends a dispatched case with its
 * approval and review date, the case is listed apart and has no deadline, and it resumes with a new
 * rectification deadline; the wrong party is refused and bad input names its fields.
 */
@OnEveryStore
class SuspensionOverHttpTest {

    final HttpFixture http;

    SuspensionOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void the_command_center_suspends_a_dispatched_case_lists_it_apart_and_resumes_it() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "老旧小区消防管网失修"))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of());
        http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, Map.of());

        Map<String, String> body = Map.of(
                "kind", "DEFERRED",
                "reason", "需结合老旧小区改造工程实施",
                "approval", "街道网格办 李主任",
                "reviewDate", "2026-06-30");
        assertThat(http.step(id, "suspension", fireOfficer(), 3, body).status())
                .as("departments do not approve suspensions")
                .isEqualTo(403);
        var bad = http.step(
                id,
                "suspension",
                jinqiaoCommandCenter(),
                3,
                Map.of("kind", "LATER", "reason", " ", "reviewDate", "30/06/2026"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.toString()).contains("\"field\":\"kind\"").contains("\"field\":\"reviewDate\"");
        var invalid = http.step(
                id,
                "suspension",
                jinqiaoCommandCenter(),
                3,
                Map.of("kind", "CARRIED_OVER", "reason", " ", "reviewDate", "2026-03-30"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.toString())
                .contains("\"field\":\"reason\"")
                .contains("\"field\":\"approval\"")
                .contains("must be after today (2026-03-30)");

        var suspended = http.stepOk(id, "suspension", jinqiaoCommandCenter(), 3, body);
        assertThat(suspended.json().get("state").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.json().has("deadline")).isFalse();
        assertThat(suspended.json().get("suspension").get("reviewDate").asText())
                .isEqualTo("2026-06-30");
        assertThat(suspended.json().get("suspension").get("kindName").asText()).isEqualTo("缓办");

        var listed = http.get("/api/v1/cases?state=SUSPENDED")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        listed.json().get("items").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).containsExactly(id);

        assertThat(http.step(id, "resumption", fireOfficer(), 4, Map.of("reason", "r"))
                        .status())
                .isEqualTo(403);
        var resumed = http.stepOk(id, "resumption", jinqiaoCommandCenter(), 4, Map.of("reason", "改造工程提前开工"));
        assertThat(resumed.json().get("state").asText()).isEqualTo("DISPATCHED");
        assertThat(resumed.json().get("deadline").asText()).isNotBlank();
        assertThat(resumed.json().has("suspension")).isFalse();
        assertThat(http.step(id, "resumption", jinqiaoCommandCenter(), 5, Map.of("reason", "again"))
                        .status())
                .as("only a suspended case resumes")
                .isEqualTo(409);

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "case.reported", "case.registered", "case.dispatched", "case.suspended", "case.resumed");
        assertThat(history.json()
                        .get("events")
                        .get(3)
                        .get("data")
                        .get("approval")
                        .asText())
                .isEqualTo("街道网格办 李主任");
    }
}
