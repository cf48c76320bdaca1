package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reporters' private data: the contact only for command centers; an anonymous reporter's id likewise. */
@OnEveryStore
class PrivacyTest {

    final HttpFixture http;

    PrivacyTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void an_anonymous_reporter_is_hidden_from_everyone_but_command_centers() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "grid", JINQIAO_MICRO_1.value(),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "匿名举报：违规动火",
                        "anonymous", true,
                        "reporterContact", "13122223333",
                        "enterpriseId", enterprise().enterpriseId().orElseThrow()))
                .send();
        String id = reported.json().get("id").asText();
        assertThat(reported.json().has("reporterId")).isFalse();

        for (Actor other : new Actor[] {jinqiaoGridManager(), enterprise(), Actor.SYSTEM}) {
            var c = http.get("/api/v1/cases/" + id).as(other).send();
            assertThat(c.status()).isEqualTo(200);
            assertThat(c.json().has("reporterId")).as(other.id()).isFalse();
            assertThat(c.json().has("reporterContact")).as(other.id()).isFalse();
            var history = http.get("/api/v1/cases/" + id + "/history").as(other).send();
            assertThat(history.json().at("/events/0/actorId").asText()).isEqualTo("anonymous");
            assertThat(history.body()).doesNotContain("13122223333", "gm-m111");
            var list = http.get("/api/v1/cases").as(other).send();
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("items").findValuesAsText("id"))
                    .as("the listing %s checks holds the anonymous case", other.id())
                    .contains(id);
            for (JsonNode item : list.json().get("items")) {
                assertThat(item.has("reporterContact")).isFalse();
                assertThat(item.has("reporterId")).isFalse();
            }
        }
        var center = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(center.json().get("reporterId").asText()).isEqualTo("gm-m111");
        assertThat(center.json().get("reporterContact").asText()).isEqualTo("13122223333");
        var centerHistory = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(centerHistory.json().at("/events/0/actorId").asText()).isEqualTo("gm-m111");
    }
}
