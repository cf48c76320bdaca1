package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The case history over HTTP on every store names who was responsible at each step: nobody at the
 * report, the grid's chain from registration on, the rung holder notified at an escalation, and
 * the chain again at the dispatch.
 */
@OnEveryStore
class ResponsibleAtEachStepOverHttpTest {

    final HttpFixture http;

    ResponsibleAtEachStepOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static List<String> people(JsonNode event) {
        List<String> found = new ArrayList<>();
        event.get("responsible")
                .forEach(r -> found.add(
                        r.get("role").asText() + " " + r.get("personId").asText()));
        return found;
    }

    @Test
    void the_history_names_who_was_responsible_at_each_step() {
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
        var registered = http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of());
        // A minute after the dispatch deadline: the first rung, the specific person, is reached.
        http.clock.setInstant(
                Instant.parse(registered.json().get("deadline").asText()).plusSeconds(60));
        var run = http.post("/api/v1/escalations/run").as(Actor.SYSTEM).send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 3, Map.of());

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode events = history.json().get("events");
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("case.reported", "case.registered", "case.escalated", "case.dispatched");

        List<String> chain = List.of(
                "SPECIFIC specific-m111",
                "IN_CHARGE in-charge-m111",
                "FIRST first-m111",
                "ASSIGNED_LEADER assigned-leader-m111");
        assertThat(people(events.get(0))).as("nobody recorded at the report").isEmpty();
        assertThat(people(events.get(1))).containsExactlyElementsOf(chain);
        assertThat(people(events.get(2))).as("the rung holder notified").containsExactly("SPECIFIC specific-m111");
        assertThat(people(events.get(3))).containsExactlyElementsOf(chain);
        JsonNode first = events.get(1).get("responsible").get(0);
        assertThat(first.get("grid").asText()).isEqualTo(JINQIAO_MICRO_1.value());
        assertThat(first.get("roleName").asText()).isEqualTo("具体责任人");
        assertThat(first.get("displayName").asText()).isEqualTo("金桥一号微网格具体责任人");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
    }
}
