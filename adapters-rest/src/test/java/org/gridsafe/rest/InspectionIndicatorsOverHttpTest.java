package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.InspectionStatistics;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.selfcheck.SelfCheckKind;
import org.gridsafe.selfcheck.SelfCheckPlan;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.gridsafe.testkit.InspectionWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inspection indicators and the 两升 over HTTP on every store: three units in Jinqiao (one red, one
 * orange, one not assessed), a planned inspection in November 2025 and three in November 2026 (planned,
 * random draw, complaint) with a penalty notice and decision, all opened over HTTP; then the figures as
 * JSON and CSV, the comparisons with last year and the month before, the self-inspection returns due in
 * October, and who may read them.
 */
@OnEveryStore
class InspectionIndicatorsOverHttpTest {

    private static final Actor OFFICER_1 = InspectionWorld.OFFICER_1;
    private static final Actor OFFICER_2 = InspectionWorld.OFFICER_2;
    private static final String NOVEMBER = "from=2026-11-01&to=2026-12-01&asOf=2026-11-10T12:00:00%2B08:00";

    final HttpFixture http;

    InspectionIndicatorsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        for (Actor a : List.of(OFFICER_1, OFFICER_2)) {
            http.tokens.register(HttpFixture.token(a), a);
        }
        SupervisedEntities entities = service(http.store.entityRegistry(), http.clock);
        RiskLevel[] levels = {RiskLevel.RED, RiskLevel.ORANGE, null};
        for (int i = 0; i < levels.length; i++) {
            SupervisedEntity e = entities.execute(
                    jinqiaoCommandCenter(),
                    new EntityCommand.Register(
                            EntityId.of("E-" + (i + 1)),
                            unit("金桥纺织厂" + (i + 1), code(i + 1), POINT_IN_JINQIAO_MICRO_1),
                            "首次登记"));
            if (levels[i] != null) {
                entities.execute(
                        jinqiaoCommandCenter(),
                        new EntityCommand.AssessRisk(
                                e.id(),
                                e.version(),
                                assessment(AssessorKind.REGULATOR, levels[i], LocalDate.of(2025, 3, 1)),
                                "年度评定"));
            }
        }
        credential("ZF-001", OFFICER_1);
        credential("ZF-002", OFFICER_2);
        open("I-0", "E-2", "PLAN", "2025-11-05");
        open("I-1", "E-1", "PLAN", "2026-11-05");
        open("I-2", "E-3", "RANDOM_DRAW", "2026-11-06");
        open("I-3", "E-3", "COMPLAINT", "2026-11-10");
        document("I-1", "PENALTY_NOTICE", "（苏）应急罚告〔2026〕3号", "2026-11-06");
        document("I-1", "PENALTY_DECISION", "（苏）应急罚〔2026〕3号", "2026-11-10");
    }

    private void credential(String number, Actor holder) {
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
                        "2030-12-31"))
                .send();
        assertThat(res.status()).as(res.toString()).isIn(200, 201);
    }

    private void open(String id, String entity, String origin, String day) {
        var res = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .json(Map.of(
                        "id",
                        id,
                        "entity",
                        entity,
                        "origin",
                        origin,
                        "basis",
                        "统计测试",
                        "day",
                        day,
                        "inspectors",
                        List.of(
                                Map.of("personId", "em-01", "credentialNumber", "ZF-001"),
                                Map.of("personId", "em-02", "credentialNumber", "ZF-002")),
                        "checklist",
                        "ENTERPRISE_TWO_PART@1"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
    }

    private void document(String id, String kind, String number, String date) {
        var res = http.post("/api/v1/inspections/" + id + "/documents")
                .as(OFFICER_1)
                .json(Map.of("kind", kind, "number", number, "date", date, "issuingOfficer", "em-01"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
    }

    @Test
    void the_month_s_inspection_figures_as_json_and_csv() {
        var res = http.get("/api/v1/stats/inspection-indicators?grid=320599001&" + NOVEMBER)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var i = res.json().get("indicators");
        assertThat(res.json().get("scope").get("grid").asText()).isEqualTo("320599001");
        assertThat(i.get("inspections").asLong()).isEqualTo(3);
        assertThat(i.get("randomDraw").asLong()).isEqualTo(1);
        // The complaint is not counted against the cap.
        assertThat(i.get("counted").asLong()).isEqualTo(2);
        assertThat(i.get("entitiesInspected").asLong()).isEqualTo(2);
        assertThat(i.get("focusEntities").asLong()).isEqualTo(2);
        assertThat(i.get("focusEntitiesInspected").asLong()).isEqualTo(1);
        assertThat(i.get("capViolations").asLong()).isZero();
        assertThat(i.get("penaltyNotices").asLong()).isEqualTo(1);
        assertThat(i.get("penaltyDecisions").asLong()).isEqualTo(1);
        assertThat(i.get("focusCoverage").get("percent").asText()).isEqualTo("50.00%");
        assertThat(i.get("randomDrawShare").get("percent").asText()).isEqualTo("33.33%");
        assertThat(i.get("inspectionsPerEnterprise").decimalValue()).isEqualByComparingTo("1.50");

        // The default period is the month of asOf, the default grid the home grid; Shihu has none of it.
        var home = http.get("/api/v1/stats/inspection-indicators")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        assertThat(home.json().get("scope").get("grid").asText()).isEqualTo(JINQIAO_STREET.value());
        assertThat(home.json().get("indicators").get("inspections").asLong()).isEqualTo(3);
        var shihu = http.get("/api/v1/stats/inspection-indicators?grid=320599002")
                .as(districtCommandCenter())
                .send();
        assertThat(shihu.json().get("indicators").get("inspections").asLong()).isZero();
        assertThat(shihu.json()
                        .get("indicators")
                        .get("inspectionsPerEnterprise")
                        .isNull())
                .isTrue();
        assertThat(shihu.json()
                        .get("indicators")
                        .get("focusCoverage")
                        .get("percent")
                        .asText())
                .isEqualTo("—");

        var csv = http.get("/api/v1/stats/inspection-indicators?grid=320599001&" + NOVEMBER)
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("grid,from,to,inspections,randomDraw,counted");
        assertThat(lines.get(1)).startsWith("320599001,").endsWith(",3,1,2,2,2,1,0,1,1,50.00%,33.33%,1.50");
    }

    @Test
    void two_increases_compare_with_last_year_first_and_the_month_before_second() {
        var res = http.get("/api/v1/stats/two-increases?grid=320599001&" + NOVEMBER)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var body = res.json();
        assertThat(body.get("current").get("onSiteInspections").asLong()).isEqualTo(3);
        assertThat(body.get("current").get("penalties").asLong()).isEqualTo(1);
        var yoy = body.get("yearOnYear");
        assertThat(yoy.get("basis").asText()).isEqualTo("YEAR_ON_YEAR");
        assertThat(yoy.get("basisPeriod").get("from").asText()).isEqualTo("2025-11-01T00:00:00+08:00");
        assertThat(yoy.get("onSiteInspections").get("previous").decimalValue()).isEqualByComparingTo("1");
        assertThat(yoy.get("onSiteInspections").get("sign").asInt()).isEqualTo(1);
        assertThat(yoy.get("onSiteInspections").get("percent").decimalValue()).isEqualByComparingTo("200.00");
        // A penalty against none last year: a rise with no percent.
        assertThat(yoy.get("penalties").get("sign").asInt()).isEqualTo(1);
        assertThat(yoy.get("penalties").get("percent").isNull()).isTrue();
        // No hazards were due in either month: the rate cannot be compared, so it is not a rise.
        assertThat(yoy.get("rectificationRate").isNull()).isTrue();
        assertThat(yoy.get("allIncreased").asBoolean()).isFalse();
        assertThat(body.get("allIncreased").asBoolean()).isFalse();
        var pop = body.get("periodOnPeriod");
        assertThat(pop.get("basis").asText()).isEqualTo("PERIOD_ON_PERIOD");
        assertThat(pop.get("basisPeriod").get("from").asText()).isEqualTo("2026-10-01T00:00:00+08:00");
        assertThat(pop.get("onSiteInspections").get("previous").decimalValue()).isEqualByComparingTo("0");

        var csv = http.get("/api/v1/stats/two-increases?grid=320599001&" + NOVEMBER)
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("basis,from,to,indicator,current,previous,change,sign,percent");
        assertThat(lines.get(1))
                .isEqualTo("YEAR_ON_YEAR,2025-11-01T00:00:00+08:00,2025-12-01T00:00:00+08:00,"
                        + "onSiteInspections,3,1,2,1,200.00");
        // Three changes per comparison: the rate is left out when it cannot be compared.
        assertThat(lines).hasSize(7);
    }

    @Test
    void the_returns_due_in_october_and_the_self_reports_as_json_and_csv() {
        // E-1 and E-2 plan self-inspections before the third quarter ends; only E-1 files its return, and
        // E-3 plans in November, so owes nothing due in October. E-1 reports one hazard itself.
        plan("P-1", "E-1", Instant.parse("2026-06-01T02:00:00Z"));
        plan("P-2", "E-2", Instant.parse("2026-09-30T15:59:59.999Z"));
        plan("P-3", "E-3", Instant.parse("2026-11-02T02:00:00Z"));
        http.store
                .selfCheckStore()
                .fileReturn(new StatisticsReturn(
                        EntityId.of("E-1"),
                        ReturnPeriod.quarter(2026, 3),
                        1,
                        1,
                        0,
                        "周安全",
                        "ent-E-1",
                        Instant.parse("2026-10-10T02:00:00Z"),
                        LocalDate.of(2026, 10, 10)));
        String october = "from=2026-10-01&to=2026-11-01";
        var res = http.get("/api/v1/stats/self-inspection-indicators?grid=320599001&" + october)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var i = res.json().get("indicators");
        assertThat(i.get("returnsDue").asLong()).isEqualTo(2);
        assertThat(i.get("returnsFiled").asLong()).isEqualTo(1);
        assertThat(i.get("submissionRate").get("percent").asText()).isEqualTo("50.00%");
        assertThat(i.get("selfReported").asLong()).isZero();
        assertThat(i.get("qualityRate").get("percent").asText()).isEqualTo("—");

        var csv = http.get("/api/v1/stats/self-inspection-indicators?grid=320599001&" + october)
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("grid,from,to,returnsDue,returnsFiled,selfReported");
        assertThat(lines.get(1)).startsWith("320599001,").endsWith(",2,1,0,0,0,50.00%,—,—");
        var officer = http.get("/api/v1/stats/self-inspection-indicators")
                .as(OFFICER_1)
                .send();
        assertThat(officer.status()).isEqualTo(403);
    }

    private void plan(String id, String entity, Instant savedAt) {
        http.store
                .selfCheckStore()
                .savePlan(new SelfCheckPlanRecord(
                        new SelfCheckPlan(
                                SelfCheckPlanId.of(id),
                                EntityId.of(entity),
                                SelfCheckKind.DAILY,
                                Optional.empty(),
                                InspectionWorld.CHECKLIST,
                                "日常排查"),
                        1,
                        "ent-" + entity,
                        savedAt));
    }

    @Test
    void only_command_centers_over_their_subtree_read_them_and_bad_input_names_its_field() {
        var officer =
                http.get("/api/v1/stats/inspection-indicators").as(OFFICER_1).send();
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().get("rule").asText()).isEqualTo(InspectionStatistics.GRIDS_ONLY);
        var staff =
                http.get("/api/v1/stats/two-increases").as(jinqiaoGridManager()).send();
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.json().get("rule").asText()).isEqualTo("statistics-command-center-or-department");
        var outside = http.get("/api/v1/stats/two-increases?grid=320599002")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("rule").asText()).isEqualTo("statistics-within-home-grid");
        var badDate = http.get("/api/v1/stats/inspection-indicators?to=December")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
        var badGrid = http.get("/api/v1/stats/two-increases?grid=320599009")
                .as(districtCommandCenter())
                .send();
        assertThat(badGrid.status()).isEqualTo(400);
        assertThat(badGrid.json().get("errors").get(0).get("field").asText()).isEqualTo("grid");
    }
}
