package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.EntitySamples;
import org.gridsafe.testkit.SelfCheckSamples;
import org.gridsafe.testkit.SelfCheckWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enterprise self-inspection over HTTP on every store: the enterprise plans and submits for itself
 * (another enterprise and the grid are refused), a poor self-report refused naming its field with
 * nothing written, failed items that become self-reported cases the ledger links, a terminal's retry
 * of the same run that does not double a case, and returns with the overdue obligations flagged.
 */
@OnEveryStore
class SelfInspectionsOverHttpTest {

    private static final Actor UNIT = SelfCheckSamples.enterpriseOf(SelfCheckSamples.UNIT);
    private static final Actor OTHER = SelfCheckSamples.enterpriseOf(SelfCheckWorld.OTHER_UNIT);

    final HttpFixture http;

    SelfInspectionsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 5, 10, 10, 0));
        for (Actor a : List.of(UNIT, OTHER)) {
            http.tokens.register(HttpFixture.token(a), a);
        }
        var entities = EntitySamples.service(http.store.entityRegistry(), http.clock);
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(SelfCheckSamples.UNIT, SelfCheckWorld.unitWithPrincipal(), "首次登记"));
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        SelfCheckWorld.OTHER_UNIT,
                        EntitySamples.unit("金桥机械厂", EntitySamples.code(2), POINT_IN_JINQIAO_MICRO_1),
                        "首次登记"));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static Map<String, Object> plan() {
        return Map.of(
                "id", "PU-1-MONTHLY",
                "entity", "PU-1",
                "kind", "PERIODIC",
                "cycleDays", 30,
                "checklist", "ENTERPRISE_TWO_PART@1",
                "title", "每月综合自查",
                "expectedVersion", 0);
    }

    private static List<Map<String, Object>> answers(String failed) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String item : SelfCheckSamples.TWO_PART_ITEMS) {
            list.add(Map.of("item", item, "verdict", item.equals(failed) ? "FAIL" : "PASS"));
        }
        return list;
    }

    private static Map<String, Object> report(String item, String description) {
        Map<String, Object> r = new HashMap<>();
        r.put("item", item);
        r.put("place", "二号车间东侧配电箱");
        r.put("description", description);
        r.put("measure", "当日清理纸箱，三日内更换门锁");
        r.put("domain", "FIRE");
        r.put("hazard", "2102");
        r.put("grade", "GENERAL");
        return r;
    }

    private static Map<String, Object> run(String id, String description) {
        return Map.of(
                "id",
                id,
                "plan",
                "PU-1-MONTHLY",
                "answers",
                answers("M01"),
                "reports",
                List.of(report("M01", description)));
    }

    @Test
    void anEnterpriseSelfInspectsAndItsFailedItemsBecomeOneCaseEachInTheLedger() {
        var refused =
                http.post("/api/v1/self-check/plans").as(OTHER).json(plan()).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        var saved = http.post("/api/v1/self-check/plans").as(UNIT).json(plan()).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/self-check/plans/PU-1-MONTHLY")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/entities/PU-1/self-check/plans")
                        .as(jinqiaoGridManager())
                        .send()
                        .json()
                        .get("items"))
                .hasSize(1);

        var poor = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(run("R-1", "已整改"))
                .send();
        assertThat(poor.status()).as(poor.toString()).isEqualTo(400);
        assertThat(poor.json().get("errors").get(0).get("field").asText()).isEqualTo("reports[0].description");
        assertThat(http.store.size()).isZero();

        var byGrid = http.post("/api/v1/self-check/runs")
                .as(jinqiaoGridManager())
                .json(run("R-1", "配电箱门锁损坏，箱前堆放纸箱"))
                .send();
        assertThat(byGrid.status()).as(byGrid.toString()).isEqualTo(403);

        var first = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(run("R-1", "配电箱门锁损坏，箱前堆放纸箱"))
                .send();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("state").asText()).isEqualTo("REPORTED");
        String caseId = first.json().get("entries").get(0).get("case").asText();
        // The terminal lost the answer and sends the same run again: the same run, no second case.
        var retry = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(run("R-1", "配电箱门锁损坏，箱前堆放纸箱"))
                .send();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.json().get("entries").get(0).get("case").asText()).isEqualTo(caseId);
        assertThat(http.store.size()).isEqualTo(1);
        var reused = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(run("R-1", "配电箱门锁损坏，箱前堆放纸箱两米高"))
                .send();
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.json().get("type").asText()).endsWith("run-exists");

        JsonNode theCase = http.get("/api/v1/cases/" + caseId).as(UNIT).send().json();
        assertThat(theCase.get("source").asText()).isEqualTo("ENTERPRISE_SELF_REPORT");
        assertThat(http.get("/api/v1/self-check/runs/R-1")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/self-check/runs/R-1")
                        .as(shihuCommandCenter())
                        .send()
                        .status())
                .isEqualTo(403);
        JsonNode ledger = http.get("/api/v1/entities/PU-1/self-check/ledger")
                .as(jinqiaoGridManager())
                .send()
                .json()
                .get("items");
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).get("case").asText()).isEqualTo(caseId);
        assertThat(http.get("/api/v1/entities/PU-1/self-check/runs")
                        .as(UNIT)
                        .send()
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(http.get("/api/v1/self-check/runs/NOPE").as(UNIT).send().status())
                .isEqualTo(404);
    }

    @Test
    void returnsAreFiledSignedByThePrincipalAndOverdueOnesAreFlagged() {
        assertThat(http.post("/api/v1/self-check/plans")
                        .as(UNIT)
                        .json(plan())
                        .send()
                        .status())
                .isEqualTo(201);
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        var wrongSigner = http.post("/api/v1/entities/PU-1/self-check/returns")
                .as(UNIT)
                .json(Map.of(
                        "period",
                        "2026-Q3",
                        "hazardsFound",
                        2,
                        "hazardsRectified",
                        1,
                        "majorHazards",
                        0,
                        "principal",
                        "周安全"))
                .send();
        assertThat(wrongSigner.status()).as(wrongSigner.toString()).isEqualTo(400);
        assertThat(wrongSigner.json().get("errors").get(0).get("field").asText())
                .isEqualTo("principal");
        var filed = http.post("/api/v1/entities/PU-1/self-check/returns")
                .as(UNIT)
                .json(Map.of(
                        "period",
                        "2026-Q3",
                        "hazardsFound",
                        2,
                        "hazardsRectified",
                        1,
                        "majorHazards",
                        0,
                        "principal",
                        "王主要"))
                .send();
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("late").asBoolean()).isTrue();
        var other = http.post("/api/v1/entities/PU-1/self-check/returns")
                .as(UNIT)
                .json(Map.of(
                        "period",
                        "2026-Q3",
                        "hazardsFound",
                        3,
                        "hazardsRectified",
                        1,
                        "majorHazards",
                        0,
                        "principal",
                        "王主要"))
                .send();
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        var byCenter = http.post("/api/v1/entities/PU-1/self-check/returns")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "period",
                        "2026-Q2",
                        "hazardsFound",
                        0,
                        "hazardsRectified",
                        0,
                        "majorHazards",
                        0,
                        "principal",
                        "王主要"))
                .send();
        assertThat(byCenter.status()).isEqualTo(403);
        var missing = http.post("/api/v1/entities/PU-1/self-check/returns")
                .as(UNIT)
                .json(Map.of("period", "2026-Q5"))
                .send();
        assertThat(missing.status()).isEqualTo(400);

        JsonNode owed = http.get("/api/v1/entities/PU-1/self-check/obligations")
                .as(UNIT)
                .send()
                .json()
                .get("items");
        assertThat(owed).hasSize(2);
        assertThat(owed.get(0).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(owed.get(1).get("status").asText()).isEqualTo("FILED_LATE");
        JsonNode overdue = http.get("/api/v1/self-check/obligations?overdue=true")
                .as(jinqiaoCommandCenter())
                .send()
                .json()
                .get("items");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("period").asText()).isEqualTo("2026-Q2");
        assertThat(http.get("/api/v1/self-check/obligations")
                        .as(shihuCommandCenter())
                        .send()
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(http.get("/api/v1/entities/PU-1/self-check/returns")
                        .as(jinqiaoGridManager())
                        .send()
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(http.get("/api/v1/self-check/obligations?overdue=maybe")
                        .as(UNIT)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anEntityOfTheRegistryIsNeeded() {
        var res = http.post("/api/v1/self-check/plans")
                .as(UNIT)
                .json(Map.of(
                        "id",
                        "P",
                        "entity",
                        "PU-404",
                        "kind",
                        "DAILY",
                        "checklist",
                        "ENTERPRISE_TWO_PART@1",
                        "title",
                        "日常"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(http.get("/api/v1/entities/" + EntityId.of("PU-404").value() + "/self-check/ledger")
                        .as(UNIT)
                        .send()
                        .status())
                .isEqualTo(404);
    }
}
