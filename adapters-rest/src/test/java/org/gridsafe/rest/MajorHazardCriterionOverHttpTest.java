package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A case linked to a major-hazard criterion over HTTP on every store: the field in the
 * registration body and the case view, the field error for an unknown item, and the command
 * center's downgrade with a reason, recorded as an event that keeps the criterion removed.
 */
@OnEveryStore
class MajorHazardCriterionOverHttpTest {

    private static final String SPECIAL_WORKERS = "MEM_ORDER_10_2023:3.2";

    final HttpFixture http;

    MajorHazardCriterionOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String report() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "PRODUCTION",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "电焊工无证上岗"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        return res.json().get("id").asText();
    }

    @Test
    void an_unknown_criterion_is_a_field_error_and_a_general_grade_with_one_is_refused() {
        String id = report();
        var unknown = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("majorHazardCriterion", "MEM_ORDER_10_2023:3.99"))
                .send();
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("majorHazardCriterion");
        var general = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("majorHazardCriterion", SPECIAL_WORKERS, "grade", "GENERAL"))
                .send();
        assertThat(general.status()).as(general.toString()).isEqualTo(400);
        assertThat(general.json().get("errors").get(0).get("field").asText()).isEqualTo("grade");
        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("version").asLong()).as("nothing written").isEqualTo(1);
    }

    @Test
    void a_linked_case_is_major_and_the_command_center_downgrades_it_with_a_reason() {
        String id = report();
        var registered = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("majorHazardCriterion", SPECIAL_WORKERS))
                .send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("grade").asText()).isEqualTo("MAJOR");
        assertThat(registered.json().get("majorHazardCriterion").asText()).isEqualTo(SPECIAL_WORKERS);
        String deadline = registered.json().get("deadline").asText();

        var byStaff = http.post("/api/v1/cases/" + id + "/major-hazard-downgrade")
                .as(jinqiaoGridManager())
                .ifMatch(2)
                .json(Map.of("reason", "不算"))
                .send();
        assertThat(byStaff.status()).isEqualTo(403);
        var noReason = http.post("/api/v1/cases/" + id + "/major-hazard-downgrade")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(Map.of("reason", " "))
                .send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.toString()).contains("reason");

        var downgraded = http.post("/api/v1/cases/" + id + "/major-hazard-downgrade")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(Map.of("reason", "复核：持证上岗，不构成重大事故隐患"))
                .send();
        assertThat(downgraded.status()).as(downgraded.toString()).isEqualTo(200);
        assertThat(downgraded.json().get("grade").asText()).isEqualTo("GENERAL");
        assertThat(downgraded.json().has("majorHazardCriterion")).isFalse();
        assertThat(downgraded.json().get("deadline").asText()).isEqualTo(deadline);

        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("grade").asText()).as("the store keeps it").isEqualTo("GENERAL");
        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("case.reported", "case.registered", "case.major-hazard-downgraded");
        var data = history.json().get("events").get(2).get("data");
        assertThat(data.get("criterion").asText()).isEqualTo(SPECIAL_WORKERS);
        assertThat(data.get("reason").asText()).isEqualTo("复核：持证上岗，不构成重大事故隐患");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
    }
}
