package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the fuzz suite ({@link OpenApiFuzzTest}) found answered with a 5xx, fixed and kept
 * here so they stay fixed; on every store (the build runs this class on memory, H2 and
 * PostgreSQL).
 */
@OnEveryStore
class FuzzFindingsTest {

    final HttpFixture http;
    final FixtureStorage.Store store;

    FuzzFindingsTest(FixtureStorage.Store store) {
        this.store = store;
        this.http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static String report(String descriptionJson) {
        return "{\"grid\":\"" + JINQIAO_MICRO_1.value() + "\",\"domain\":\"FIRE\",\"hazard\":\"2102\","
                + "\"grade\":\"GENERAL\",\"description\":" + descriptionJson + "}";
    }

    /**
     * Found by seed 20261201 on H2 and PostgreSQL: a 201-character key passed the HTTP check (255)
     * but not the store's (200), and the store's refusal was a 500.
     */
    @Test
    void an_idempotency_key_longer_than_the_store_holds_is_400_and_nothing_is_stored() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k".repeat(201))
                .json(report("\"配电箱门损坏\""))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(http.store.size()).isZero();
    }

    /** Found by seed 20261201: the servlet container threw on a charset it cannot name (500). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json; charset=bogus-42",
                "application/json; charset=\"\"",
                "application/json; charset=a b"
            })
    void a_content_type_with_a_charset_that_is_not_valid_is_415_and_nothing_is_stored(String contentType) {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Content-Type", contentType)
                .json(report("\"配电箱门损坏\""))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(415);
        assertThat(http.store.size()).isZero();
    }

    /** Found by seed 7 on PostgreSQL: its text types refuse U+0000, so the search failed with a 500. */
    @Test
    void a_nul_character_in_a_query_parameter_is_400_naming_it() {
        var res = http.get("/api/v1/cases?grid=320599001&text=%00")
                .as(fireOfficer())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    /** Found by seed 7 on PostgreSQL: a report whose description held U+0000 failed to insert (500). */
    @Test
    void a_nul_character_in_a_body_field_is_400_naming_it_and_nothing_is_stored() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(report("\"a\\u0000b\""))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").get(0).get("field").asText()).isEqualTo("description");
        assertThat(http.store.size()).isZero();
    }

    /**
     * Same family: an unpaired surrogate escape is no character; stored as UTF-8 it would come back
     * changed and break the case's hash chain.
     */
    @Test
    void an_unpaired_surrogate_is_400_and_a_paired_one_round_trips_with_an_intact_chain() {
        var lone = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(report("\"a\\ud800b\""))
                .send();
        assertThat(lone.status()).as(lone.toString()).isEqualTo(400);
        assertThat(lone.json().get("errors").get(0).get("field").asText()).isEqualTo("description");
        assertThat(http.store.size()).isZero();

        var bike = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(report("\"楼道停放电动车 \\ud83d\\udeb2\""))
                .send();
        assertThat(bike.status()).as(bike.toString()).isEqualTo(201);
        String id = bike.json().get("id").asText();
        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(districtCommandCenter())
                .send();
        assertThat(history.body()).contains("\"intact\":true");
        assertThat(http.get("/api/v1/cases/" + id)
                        .as(districtCommandCenter())
                        .send()
                        .json()
                        .get("description")
                        .asText())
                .isEqualTo("楼道停放电动车 \uD83D\uDEB2");
    }

    /** Found by the long run (seed 20261201, #34538): an Accept range of only semicolons threw out of the parser. */
    @Test
    void an_accept_header_of_bare_semicolons_is_answered_as_json() {
        var res = http.get("/api/v1/stats/rankings/grids")
                .as(districtCommandCenter())
                .header("Accept", ";;;,,,q=")
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.contentType()).startsWith("application/json");
    }

    /**
     * Found by the long run (seed 20261201, #48542): a general case dispatched with an empty
     * {@code listedSupervision} (or plan) object was stored with empty fields, and every later read
     * of the case was a 500. Whatever part is given must be complete; nothing is stored otherwise.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"listedSupervision\":{}}",
                "{\"listedSupervision\":{\"authority\":\"区安委办\"}}",
                "{\"plan\":{}}",
                "{\"plan\":{\"responsiblePerson\":\"王\",\"measures\":\"m\",\"funds\":\"1\",\"contingencyPlan\":\"c\"}}"
            })
    void an_incomplete_plan_or_listed_supervision_is_400_and_the_case_stays_readable(String body) {
        var target = CaseSetup.caseFor(http, "dispatch", false);
        var res = http.post("/api/v1/cases/" + target.id() + "/dispatch")
                .as(CaseSetup.actorFor("dispatch"))
                .ifMatch(target.version())
                .json(body)
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").get(0).get("field").asText())
                .startsWith(body.contains("plan") ? "plan." : "listedSupervision.");
        assertThat(http.store.find(target.id()).orElseThrow().version()).isEqualTo(target.version());
        var read = http.get("/api/v1/cases/" + target.id())
                .as(districtCommandCenter())
                .send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
    }

    @Test
    void a_nul_character_in_an_open311_form_is_400() {
        var res = http.post("/open311/v2/requests.json")
                .form("api_key=" + HttpFixture.token(citizen())
                        + "&service_code=fire&lat=31.02&long=120.02&description=a%00b")
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(http.store.size()).isZero();
    }

    @Test
    void a_nul_character_in_a_path_parameter_is_400() {
        var res = http.get("/api/v1/grids/3205%00").as(citizen()).send();
        assertThat(res.status()).as(res.toString()).isIn(400, 404);
    }

    /**
     * Found by seed 20261201 on H2 and PostgreSQL once the media routes were in the document: a
     * command on a 300-character case id with an Idempotency-Key made a scope longer than the
     * store holds (200), and the store's refusal was a 500. The key is kept under the scope's hash.
     */
    @Test
    void a_keyed_command_on_a_very_long_case_id_is_not_a_500_and_a_retry_replays_it() {
        String path = "/api/v1/cases/" + "x".repeat(300) + "/merge";
        var first = http.post(path)
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .header("Idempotency-Key", "long-scope-1")
                .json("{\"into\":\"YH20260330-000002\",\"reason\":\"重复\"}")
                .send();
        assertThat(first.status()).as(first.toString()).isBetween(400, 499);
        var again = http.post(path)
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .header("Idempotency-Key", "long-scope-1")
                .json("{\"into\":\"YH20260330-000002\",\"reason\":\"重复\"}")
                .send();
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }
}
