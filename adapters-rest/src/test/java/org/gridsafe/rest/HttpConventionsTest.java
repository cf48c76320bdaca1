package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key replay and reuse, ETag / If-Match, body limits, unknown fields and media types. */
@OnEveryStore
class HttpConventionsTest {

    final HttpFixture http;

    HttpConventionsTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    static final Map<String, Object> REPORT = Map.of(
            "grid", JINQIAO_MICRO_1.value(),
            "domain", "FIRE",
            "hazard", "2102",
            "grade", "GENERAL",
            "description", "安全出口上锁");

    private String reported() {
        var res =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        assertThat(res.status()).isEqualTo(201);
        return res.json().get("id").asText();
    }

    @Test
    void a_retried_report_with_the_same_key_replays_the_first_response_byte_for_byte() {
        var first = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-1")
                .json(REPORT)
                .send();
        var retry = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-1")
                .json(REPORT)
                .send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(http.store.size()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_changes_nothing() {
        http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-2")
                .json(REPORT)
                .send();
        var other = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-2")
                .json(Map.of(
                        "grid",
                        JINQIAO_MICRO_1.value(),
                        "domain",
                        "FIRE",
                        "hazard",
                        "2102",
                        "grade",
                        "GENERAL",
                        "description",
                        "另一件事"))
                .send();
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(http.store.size()).isEqualTo(1);
    }

    @Test
    void keys_are_per_actor_and_a_replayed_command_does_not_run_twice() {
        String id = reported();
        var register = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .header("Idempotency-Key", "reg-1")
                .json("{}")
                .send();
        var again = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .header("Idempotency-Key", "reg-1")
                .json("{}")
                .send();
        assertThat(register.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(register.body());
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        // another actor's same key is another key: it runs (and meets the real state)
        var other = http.post("/api/v1/cases/" + id + "/register")
                .as(districtCommandCenter())
                .ifMatch(1)
                .header("Idempotency-Key", "reg-1")
                .json("{}")
                .send();
        assertThat(other.status()).isEqualTo(412);
        assertThat(http.store.load(org.gridsafe.casework.CaseId.of(id))).hasSize(2);
    }

    @Test
    void a_command_without_if_match_is_428() {
        String id = reported();
        var res = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .json("{}")
                .send();
        assertThat(res.status()).isEqualTo(428);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/if-match-required");
    }

    @Test
    void a_command_on_an_old_version_is_412_with_the_current_etag() {
        String id = reported();
        http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json("{}")
                .send();
        var stale = http.post("/api/v1/cases/" + id + "/reject")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("reason", "重复"))
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/stale-version");
    }

    @Test
    void if_match_takes_quoted_weak_or_bare_versions_and_refuses_garbage() {
        String id = reported();
        var weak = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .header("If-Match", "W/\"1\"")
                .json("{}")
                .send();
        assertThat(weak.status()).isEqualTo(200);
        var garbage = http.post("/api/v1/cases/" + id + "/dispatch")
                .as(jinqiaoCommandCenter())
                .header("If-Match", "*")
                .json("{}")
                .send();
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().at("/errors/0/field").asText()).isEqualTo("If-Match");
    }

    @Test
    void get_carries_the_version_as_etag() {
        String id = reported();
        var res = http.get("/api/v1/cases/" + id).as(jinqiaoGridManager()).send();
        assertThat(res.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void a_body_over_the_limit_is_413_and_changes_nothing() {
        String huge =
                "{\"grid\":\"320599001001001\",\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\""
                        + "火".repeat(30_000) + "\"}";
        var res = http.post("/api/v1/cases").as(jinqiaoGridManager()).json(huge).send();
        assertThat(res.status()).isEqualTo(413);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/payload-too-large");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void unknown_fields_are_400_naming_every_one_of_them() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(
                        "{\"grid\":\"320599001001001\",\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\","
                                + "\"description\":\"x\",\"colour\":\"red\",\"location\":{\"lon\":120.02,\"lat\":31.02,\"alt\":3}}")
                .send();
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/unknown-field");
        assertThat(res.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("colour", "location.alt");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Content-Type", "text/plain")
                .json("hello")
                .send();
        assertThat(res.status()).isEqualTo(415);
        assertThat(res.json().get("type").asText()).endsWith("/unsupported-media-type");
    }

    @Test
    void errors_never_carry_a_stack_trace() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json("{\"grid\": [")
                .send();
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/malformed-json");
        assertThat(res.body()).doesNotContain("at org.", "Exception", "com.fasterxml");
    }
}
