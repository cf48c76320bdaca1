package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.InspectionWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inspections over HTTP on every store: credentials registered by the district, an inspection by one
 * officer or by an officer without a valid credential refused by field (nothing written), grid staff
 * refused, the cap reached (409, nothing written), a checklist answer for an item not in the template
 * (400), a finding that becomes a department-inspection case, a terminal's retry with the same
 * Idempotency-Key replayed, documents, closing and a reproducible draw.
 */
@OnEveryStore
class InspectionsOverHttpTest {

    private static final Actor OFFICER_1 = InspectionWorld.OFFICER_1;
    private static final Actor OFFICER_2 = InspectionWorld.OFFICER_2;

    final HttpFixture http;

    InspectionsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        for (Actor a : List.of(OFFICER_1, OFFICER_2, InspectionWorld.EXPIRED_OFFICER)) {
            http.tokens.register(HttpFixture.token(a), a);
        }
        SupervisedEntities entities = service(http.store.entityRegistry(), http.clock);
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("E-1"), unit("金桥纺织厂", code(1), POINT_IN_JINQIAO_MICRO_1), "首次登记"));
        credential("ZF-001", OFFICER_1, "2030-12-31");
        credential("ZF-002", OFFICER_2, "2030-12-31");
        credential("ZF-009", InspectionWorld.EXPIRED_OFFICER, "2026-10-31");
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private void credential(String number, Actor holder, String until) {
        var res = http.post("/api/v1/enforcement-credentials")
                .as(districtCommandCenter())
                .json(Map.of(
                        "number",
                        number,
                        "issuingBody",
                        "江苏省人民政府",
                        "holderId",
                        holder.id(),
                        "holderName",
                        holder.displayName(),
                        "validFrom",
                        "2024-01-01",
                        "validUntil",
                        until))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
    }

    private static Map<String, Object> opening(String id, List<Map<String, String>> inspectors) {
        return Map.of(
                "id", id,
                "entity", "E-1",
                "origin", "PLAN",
                "basis", "2026 年度监督检查计划第 3 项",
                "day", "2026-11-10",
                "inspectors", inspectors,
                "checklist", "ENTERPRISE_TWO_PART@1");
    }

    private static List<Map<String, String>> two() {
        return List.of(
                Map.of("personId", "em-01", "credentialNumber", "ZF-001"),
                Map.of("personId", "em-02", "credentialNumber", "ZF-002"));
    }

    private static List<Map<String, Object>> answers(String failed, String extra) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (var a : InspectionWorld.answers()) {
            list.add(Map.of("item", a.item(), "verdict", a.item().equals(failed) ? "FAIL" : "PASS"));
        }
        if (extra != null) {
            list.add(Map.of("item", extra, "verdict", "PASS"));
        }
        return list;
    }

    @Test
    void oneOfficerOrAnInvalidCredentialIsRefusedByFieldAndNothingIsWritten() {
        var one = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .json(opening("I-1", List.of(Map.of("personId", "em-01", "credentialNumber", "ZF-001"))))
                .send();
        assertThat(one.status()).as(one.toString()).isEqualTo(400);
        assertThat(one.json().get("errors").get(0).get("field").asText()).isEqualTo("inspectors");
        var expired = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .json(opening(
                        "I-1",
                        List.of(
                                Map.of("personId", "em-01", "credentialNumber", "ZF-001"),
                                Map.of("personId", "em-09", "credentialNumber", "ZF-009"))))
                .send();
        assertThat(expired.status()).as(expired.toString()).isEqualTo(400);
        assertThat(expired.json().get("errors").get(0).get("field").asText())
                .isEqualTo("inspectors[1].credentialNumber");
        assertThat(expired.json().get("errors").get(0).get("message").asText()).contains("expired on 2026-10-31");
        var staff = http.post("/api/v1/inspections")
                .as(jinqiaoGridManager())
                .json(opening("I-1", two()))
                .send();
        assertThat(staff.status()).as(staff.toString()).isEqualTo(403);
        assertThat(staff.body()).contains("grid-staff-do-not-inspect");
        assertThat(http.get("/api/v1/inspections/I-1").as(OFFICER_1).send().status())
                .isEqualTo(404);
    }

    @Test
    void aFindingBecomesACaseARetryIsReplayedAndTheCapIsGuarded() {
        var opened = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .header("Idempotency-Key", "pda-open-1")
                .json(opening("I-1", two()))
                .send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("counted").asBoolean()).isTrue();
        var replay = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .header("Idempotency-Key", "pda-open-1")
                .json(opening("I-1", two()))
                .send();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        var bad = http.post("/api/v1/inspections/I-1/checklist")
                .as(OFFICER_2)
                .json(Map.of("answers", answers(null, "Z99")))
                .send();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Z99 is not an item of checklist ENTERPRISE_TWO_PART@1");
        String item = InspectionWorld.firstItem();
        var checked = http.post("/api/v1/inspections/I-1/checklist")
                .as(OFFICER_2)
                .json(Map.of(
                        "answers",
                        answers(item, null),
                        "findings",
                        List.of(Map.of("item", item, "domain", "PRODUCTION", "hazard", "2102", "grade", "GENERAL"))))
                .send();
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().get("state").asText()).isEqualTo("CHECKED");
        String caseId = checked.json().get("findings").get(0).get("case").asText();
        var cases = http.get("/api/v1/inspections/I-1/cases")
                .as(districtCommandCenter())
                .send();
        assertThat(cases.status()).as(cases.toString()).isEqualTo(200);
        assertThat(cases.json().get("items")).hasSize(1);
        assertThat(cases.json().get("items").get(0).get("id").asText()).isEqualTo(caseId);
        assertThat(cases.json().get("items").get(0).get("source").asText()).isEqualTo("DEPARTMENT_INSPECTION");
        var doc = http.post("/api/v1/inspections/I-1/documents")
                .as(OFFICER_1)
                .json(Map.of(
                        "kind", "RECTIFICATION_ORDER",
                        "number", "（苏）应急责改〔2026〕17号",
                        "date", "2026-11-10",
                        "issuingOfficer", "em-01"))
                .send();
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        var closed = http.post("/api/v1/inspections/I-1/close")
                .as(OFFICER_1)
                .json(Map.of("conclusion", "责令限期整改"))
                .send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
        // The default cap is 2 a year: the second counts, the third is refused and not written.
        assertThat(http.post("/api/v1/inspections")
                        .as(OFFICER_1)
                        .json(opening("I-2", two()))
                        .send()
                        .status())
                .isEqualTo(201);
        var over = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .json(opening("I-3", two()))
                .send();
        assertThat(over.status()).as(over.toString()).isEqualTo(409);
        assertThat(over.body()).contains("inspection-cap-reached");
        assertThat(http.get("/api/v1/inspections/I-3").as(OFFICER_1).send().status())
                .isEqualTo(404);
    }

    @Test
    void aDrawIsReproducibleFromItsSeed() {
        Map<String, Object> body = Map.of(
                "seed",
                20261110L,
                "entities",
                List.of("E-0", "E-1", "E-2", "E-3", "E-4"),
                "inspectors",
                List.of("em-0", "em-1", "em-2", "em-3"),
                "entityCount",
                2,
                "inspectorsPerEntity",
                2);
        var draw = http.post("/api/v1/random-draws").as(OFFICER_1).json(body).send();
        assertThat(draw.status()).as(draw.toString()).isEqualTo(200);
        assertThat(draw.json().get("assignments").get(0).get("entity").asText()).isEqualTo("E-3");
        assertThat(http.post("/api/v1/random-draws")
                        .as(OFFICER_1)
                        .json(body)
                        .send()
                        .body())
                .isEqualTo(draw.body());
        assertThat(http.post("/api/v1/random-draws")
                        .as(jinqiaoGridManager())
                        .json(body)
                        .send()
                        .status())
                .isEqualTo(403);
    }
}
