package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.testkit.SelfCheckSamples;
import org.gridsafe.testkit.SelfCheckWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Employees' internal reports over a real socket on every store: an employee reports confidentially, the
 * command center over the entity verifies (a founded report becomes one case) and records the reward, and
 * a table over every route the enterprise's roles and the grid's staff can call checks that the
 * reporter's id, name and contact appear in none of the answers.
 */
@OnEveryStore
class InternalReportsOverHttpTest {

    private static final Actor EMPLOYEE = Actor.citizen("emp-7", "王员工");
    private static final String CONTACT = "13912345678";
    private static final Actor UNIT = SelfCheckSamples.enterpriseOf(SelfCheckSamples.UNIT);

    final HttpFixture http;

    InternalReportsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        for (Actor a : List.of(EMPLOYEE, UNIT)) {
            http.tokens.register(HttpFixture.token(a), a);
        }
        var entities = service(http.store.entityRegistry(), http.clock);
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(SelfCheckSamples.UNIT, SelfCheckWorld.unitWithPrincipal(), "首次登记"));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpFixture.Res submit(String id) {
        return http.post("/api/v1/internal-reports")
                .as(EMPLOYEE)
                .json(Map.of(
                        "id",
                        id,
                        "entity",
                        SelfCheckSamples.UNIT.value(),
                        "description",
                        "二号车间消防通道被成品纸箱堵住，夜班无人清理",
                        "place",
                        "二号车间东侧",
                        "contact",
                        CONTACT))
                .send();
    }

    private HttpFixture.Res verify(String id, Actor as, Map<String, Object> body) {
        return http.post("/api/v1/internal-reports/" + id + "/verification")
                .as(as)
                .json(body)
                .send();
    }

    private static final Map<String, Object> FOUNDED =
            Map.of("founded", true, "note", "现场核实属实", "domain", "FIRE", "hazard", "2102", "grade", "GENERAL");

    @Test
    void aFoundedReportBecomesOneCaseAndCarriesItsReward() {
        var submitted = submit("IR-1");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("reporter").get("personId").asText()).isEqualTo(EMPLOYEE.id());
        assertThat(submitted.json().get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(submit("IR-1").json().get("submittedAt"))
                .isEqualTo(submitted.json().get("submittedAt"));

        var center = http.get("/api/v1/internal-reports/IR-1")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(center.json().get("reporter").get("contact").asText()).isEqualTo(CONTACT);
        assertThat(http.get("/api/v1/internal-reports/IR-1")
                        .as(shihuCommandCenter())
                        .send()
                        .status())
                .isEqualTo(404);

        var incomplete = verify("IR-1", jinqiaoCommandCenter(), Map.of("founded", true, "note", "属实"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("domain", "hazard", "grade");
        assertThat(verify("IR-1", jinqiaoGridManager(), FOUNDED).status()).isEqualTo(404);
        assertThat(verify("IR-1", UNIT, FOUNDED).status()).isEqualTo(404);

        var founded = verify("IR-1", jinqiaoCommandCenter(), FOUNDED);
        assertThat(founded.status()).as(founded.toString()).isEqualTo(200);
        assertThat(founded.json().get("state").asText()).isEqualTo("FOUNDED");
        String caseId = founded.json().get("case").asText();
        var again = verify("IR-1", jinqiaoCommandCenter(), FOUNDED);
        assertThat(again.json().get("case").asText()).isEqualTo(caseId);
        var otherwise = verify("IR-1", jinqiaoCommandCenter(), Map.of("founded", false, "note", "不属实"));
        assertThat(otherwise.status()).isEqualTo(409);
        var theCase =
                http.get("/api/v1/cases/" + caseId).as(jinqiaoCommandCenter()).send();
        assertThat(theCase.json().get("source").asText()).isEqualTo("PUBLIC_REPORT");

        var reward = http.post("/api/v1/internal-reports/IR-1/reward")
                .as(jinqiaoCommandCenter())
                .json(Map.of("amountYuan", 500, "basis", "企业事故隐患内部报告奖励制度第五条"))
                .send();
        assertThat(reward.status()).as(reward.toString()).isEqualTo(200);
        assertThat(reward.json().get("reward").get("amountYuan").asText()).isEqualTo("500");
        assertThat(reward.json().get("reward").get("decidedBy").asText())
                .isEqualTo(jinqiaoCommandCenter().id());
        var otherReward = http.post("/api/v1/internal-reports/IR-1/reward")
                .as(jinqiaoCommandCenter())
                .json(Map.of("amountYuan", 800, "basis", "企业事故隐患内部报告奖励制度第五条"))
                .send();
        assertThat(otherReward.status()).isEqualTo(409);

        submit("IR-2");
        assertThat(verify("IR-2", jinqiaoCommandCenter(), Map.of("founded", false, "note", "现场未见堆放"))
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("UNFOUNDED");
        var unfoundedReward = http.post("/api/v1/internal-reports/IR-2/reward")
                .as(jinqiaoCommandCenter())
                .json(Map.of("amountYuan", 100, "basis", "制度第五条"))
                .send();
        assertThat(unfoundedReward.status()).isEqualTo(409);
    }

    @Test
    void theReporterNeverAppearsInAnAnswerToTheEnterpriseOrTheGridStaff() {
        submit("IR-1");
        String caseId = verify("IR-1", jinqiaoCommandCenter(), FOUNDED)
                .json()
                .get("case")
                .asText();
        submit("IR-2");
        verify("IR-2", jinqiaoCommandCenter(), Map.of("founded", false, "note", "现场未见堆放"));
        submit("IR-3");

        record Call(String method, String path, Map<String, Object> body) {}
        List<Call> calls = new ArrayList<>();
        for (String id : List.of("IR-1", "IR-2", "IR-3")) {
            calls.add(new Call("GET", "/api/v1/internal-reports/" + id, null));
            calls.add(new Call("POST", "/api/v1/internal-reports/" + id + "/verification", FOUNDED));
            calls.add(new Call(
                    "POST", "/api/v1/internal-reports/" + id + "/reward", Map.of("amountYuan", 1, "basis", "第五条")));
        }
        calls.add(new Call("GET", "/api/v1/entities/" + SelfCheckSamples.UNIT.value() + "/internal-reports", null));
        calls.add(new Call("GET", "/api/v1/cases/" + caseId, null));
        calls.add(new Call("GET", "/api/v1/cases/" + caseId + "/history", null));
        calls.add(new Call("GET", "/api/v1/cases", null));
        calls.add(new Call("GET", "/api/v1/internal-reports/NOPE", null));

        int answered = 0;
        for (Actor as : List.of(UNIT, jinqiaoGridManager())) {
            for (Call c : calls) {
                var res = c.method().equals("GET")
                        ? http.get(c.path()).as(as).send()
                        : http.post(c.path()).as(as).json(c.body()).send();
                assertThat(res.body())
                        .as("%s %s as %s", c.method(), c.path(), as.id())
                        .doesNotContain(EMPLOYEE.id(), EMPLOYEE.displayName(), CONTACT);
                if (res.status() == 200) {
                    answered++;
                }
            }
        }
        // the table reads real answers, not only refusals: reports, the entity's list and the case
        assertThat(answered).isGreaterThanOrEqualTo(8);
        var list = http.get("/api/v1/entities/" + SelfCheckSamples.UNIT.value() + "/internal-reports")
                .as(UNIT)
                .send();
        assertThat(list.json().get("items")).hasSize(3);
        assertThat(list.json().get("items").get(0).has("reporter")).isFalse();
        assertThat(http.get("/api/v1/entities/" + SelfCheckSamples.UNIT.value() + "/internal-reports")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .json()
                        .get("items")
                        .get(0)
                        .get("reporter")
                        .get("name")
                        .asText())
                .isEqualTo(EMPLOYEE.displayName());
    }
}
