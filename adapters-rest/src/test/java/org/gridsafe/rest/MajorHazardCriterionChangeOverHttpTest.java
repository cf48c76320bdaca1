package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A major-hazard criterion linked in the report body, and changed on an open case by the command
 * center ({@code POST /api/v1/cases/{id}/major-hazard-criterion}), over HTTP on every store: the
 * happy paths, the field errors for unknown criteria, a stale {@code If-Match} and a refused actor.
 */
@OnEveryStore
class MajorHazardCriterionChangeOverHttpTest {

    private static final String SPECIAL_WORKERS = "MEM_ORDER_10_2023:3.2";
    private static final String NO_DUST_REMOVAL = "MEM_ORDER_10_2023:3.1";

    final HttpFixture http;

    MajorHazardCriterionChangeOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpFixture.Res report(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "location", Map.of("lon", 120.02, "lat", 31.02),
                "domain", "PRODUCTION",
                "hazard", "2102",
                "description", "电焊工无证上岗"));
        body.putAll(extra);
        return http.post("/api/v1/cases").as(jinqiaoGridManager()).json(body).send();
    }

    @Test
    void a_report_naming_a_criterion_is_major_and_registration_keeps_the_link() {
        var reported = report(Map.of("majorHazardCriterion", SPECIAL_WORKERS));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().get("grade").asText()).isEqualTo("MAJOR");
        assertThat(reported.json().get("majorHazardCriterion").asText()).isEqualTo(SPECIAL_WORKERS);
        String id = reported.json().get("id").asText();
        var registered = http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of("note", "属实"));
        assertThat(registered.json().get("majorHazardCriterion").asText()).isEqualTo(SPECIAL_WORKERS);
        assertThat(registered.json().get("grade").asText()).isEqualTo("MAJOR");
        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("majorHazardCriterion").asText())
                .as("the store keeps it")
                .isEqualTo(SPECIAL_WORKERS);
    }

    @Test
    void a_report_with_an_unknown_criterion_or_a_general_grade_with_one_is_400_naming_the_field() {
        var unknown = report(Map.of("majorHazardCriterion", "MEM_ORDER_10_2023:3.99"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("majorHazardCriterion");
        var general = report(Map.of("majorHazardCriterion", SPECIAL_WORKERS, "grade", "GENERAL"));
        assertThat(general.status()).as(general.toString()).isEqualTo(400);
        assertThat(general.json().get("errors").get(0).get("field").asText()).isEqualTo("grade");
        var list = http.get("/api/v1/cases").as(jinqiaoCommandCenter()).send();
        assertThat(list.json().get("items")).as("nothing written").isEmpty();
    }

    @Test
    void the_command_center_links_a_criterion_then_replaces_it_keeping_the_deadline() {
        var reported = report(Map.of("grade", "GENERAL"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        String deadline = reported.json().get("deadline").asText();

        var linked = http.stepOk(
                id,
                "major-hazard-criterion",
                jinqiaoCommandCenter(),
                1,
                Map.of("criterion", SPECIAL_WORKERS, "reason", "复核：电焊作业人员无证上岗"));
        assertThat(linked.json().get("grade").asText()).isEqualTo("MAJOR");
        assertThat(linked.json().get("majorHazardCriterion").asText()).isEqualTo(SPECIAL_WORKERS);
        assertThat(linked.json().get("deadline").asText())
                .as("the running deadline is kept")
                .isEqualTo(deadline);
        assertThat(linked.header("ETag")).isEqualTo("\"2\"");

        var replaced = http.stepOk(
                id,
                "major-hazard-criterion",
                jinqiaoCommandCenter(),
                2,
                Map.of("criterion", NO_DUST_REMOVAL, "reason", "复核：实为除尘系统问题"));
        assertThat(replaced.json().get("majorHazardCriterion").asText()).isEqualTo(NO_DUST_REMOVAL);

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "case.reported", "case.major-hazard-criterion-changed", "case.major-hazard-criterion-changed");
        var data = history.json().get("events").get(2).get("data");
        assertThat(data.get("criterion").asText()).isEqualTo(NO_DUST_REMOVAL);
        assertThat(data.get("previous").asText()).isEqualTo(SPECIAL_WORKERS);
        assertThat(data.get("reason").asText()).isEqualTo("复核：实为除尘系统问题");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_criterion_a_stale_version_and_a_refused_actor_change_nothing() {
        String id = report(Map.of("grade", "GENERAL")).json().get("id").asText();
        var unknown = http.step(
                id,
                "major-hazard-criterion",
                jinqiaoCommandCenter(),
                1,
                Map.of("criterion", "MEM_ORDER_10_2023:9.9", "reason", "复核"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("criterion");
        var stale = http.step(
                id,
                "major-hazard-criterion",
                jinqiaoCommandCenter(),
                7,
                Map.of("criterion", SPECIAL_WORKERS, "reason", "复核"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        var byStaff = http.step(
                id,
                "major-hazard-criterion",
                jinqiaoGridManager(),
                1,
                Map.of("criterion", SPECIAL_WORKERS, "reason", "复核"));
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(403);
        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("version").asLong()).as("nothing written").isEqualTo(1);
        assertThat(read.json().get("grade").asText()).isEqualTo("GENERAL");
    }
}
