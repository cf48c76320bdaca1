package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A major hazard's duties over HTTP on every store: the dispatch with 令第16号's treatment plan
 * (refused field by field, due at the end of the plan's date), the reports it owes
 * ({@code /major-hazard-reports}), stopped production and its resumption
 * ({@code /production-stop}, {@code /production-resumption}, {@code /production-resumption/review}),
 * and the closing refused until its reports are filed.
 */
@OnEveryStore
class MajorHazardDutiesOverHttpTest {

    final HttpFixture http;
    final FixtureStorage.Store store;

    MajorHazardDutiesOverHttpTest(FixtureStorage.Store store) {
        this.store = store;
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String registeredMajor() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "MAJOR",
                        "description", "仓库可燃气体报警失效"))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        http.stepOk(id, "register", jinqiaoCommandCenter(), 1, Map.of("note", "重大隐患"));
        return id;
    }

    private LocalDate today() {
        return http.clock.instant().atZone(ZONE).toLocalDate();
    }

    private Map<String, Object> dispatchBody(Map<String, Object> treatmentPlan) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "plan",
                Map.of(
                        "responsiblePerson", "王厂长",
                        "measures", "更换报警装置",
                        "funds", "20 万元",
                        "dueDate", today().plusDays(20).toString(),
                        "contingencyPlan", "专人值守"),
                "listedSupervision",
                Map.of("authority", "区安委办", "documentReference", "区安委办督〔2026〕3号")));
        if (treatmentPlan != null) {
            body.put("treatmentPlan", treatmentPlan);
        }
        return body;
    }

    private static Map<String, Object> treatmentPlan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("objectivesAndTasks", "消除报警失效隐患");
        plan.put("methodsAndMeasures", "更换探测器并联锁");
        plan.put("fundsAndMaterials", "20 万元，设备已订购");
        plan.put("organisationAndPersonnel", "安全科，王厂长");
        plan.put("timeLimitAndRequirements", "20 日内完成并经检测");
        plan.put("safetyMeasuresAndContingencyPlan", "局部停产，专人巡检");
        return plan;
    }

    @Test
    void a_major_dispatch_needs_every_element_of_the_treatment_plan_and_is_due_at_the_end_of_the_plan_date() {
        String id = registeredMajor();
        var without = http.step(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(null));
        assertThat(without.status()).as(without.toString()).isEqualTo(400);
        assertThat(without.json().get("errors").findValuesAsText("field")).containsExactly("treatmentPlan");
        Map<String, Object> partial = treatmentPlan();
        partial.put("fundsAndMaterials", " ");
        var blank = http.step(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(partial));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsText("field"))
                .containsExactly("treatmentPlan.fundsAndMaterials");

        var dispatched = http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(treatmentPlan()));
        assertThat(dispatched.json().get("deadline").asText())
                .as("the plan's due date is the deadline")
                .isEqualTo(today().plusDays(21) + "T00:00:00+08:00");
        assertThat(dispatched
                        .json()
                        .get("treatmentPlan")
                        .get("methodsAndMeasures")
                        .asText())
                .isEqualTo("更换探测器并联锁");
        assertThat(dispatched.json().get("majorHazardReports").findValuesAsText("kind"))
                .containsExactly("SUPERVISING_DEPARTMENT", "WORKERS_CONGRESS");
        assertThat(dispatched.header("ETag"))
                .as("dispatch and the duties: two events")
                .isEqualTo("\"4\"");
    }

    @Test
    void stopped_production_is_reviewed_and_written_off_and_the_case_closes_only_once_its_reports_are_filed() {
        String id = registeredMajor();
        http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(treatmentPlan()));
        var stopped = http.stepOk(
                id,
                "production-stop",
                fireOfficer(),
                4,
                Map.of("scope", "PART", "evacuated", true, "reason", "无法保证安全"));
        assertThat(stopped.json().get("state").asText()).isEqualTo("PRODUCTION_STOPPED");
        assertThat(stopped.json().get("productionStop").get("evacuated").asBoolean())
                .isTrue();
        var applied = http.stepOk(id, "production-resumption", fireOfficer(), 5, Map.of("summary", "探测器已更换"));
        assertThat(applied.json().get("state").asText()).isEqualTo("RESUMPTION_REQUESTED");
        var noRemarks = http.step(id, "production-resumption/review", fireOfficer(), 6, Map.of("passed", false));
        assertThat(noRemarks.status()).as(noRemarks.toString()).isEqualTo(400);
        assertThat(noRemarks.json().get("errors").findValuesAsText("field")).containsExactly("remarks");
        var refused = http.stepOk(
                id, "production-resumption/review", fireOfficer(), 6, Map.of("passed", false, "remarks", "联锁未调试"));
        assertThat(refused.json().get("state").asText()).isEqualTo("PRODUCTION_STOPPED");
        assertThat(refused.json().get("reworkCount").asInt()).isEqualTo(1);
        http.stepOk(id, "production-resumption", fireOfficer(), 7, Map.of("summary", "联锁已调试"));
        var approved = http.stepOk(
                id, "production-resumption/review", fireOfficer(), 8, Map.of("passed", true, "remarks", "核销"));
        assertThat(approved.json().get("state").asText()).isEqualTo("VERIFIED");
        assertThat(approved.json().has("writtenOffAt")).isTrue();
        assertThat(approved.json().has("productionStop")).isFalse();

        var early = http.step(id, "close", jinqiaoCommandCenter(), 9, Map.of("satisfaction", 5));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/wrong-state");
        var filed = http.stepOk(
                id,
                "major-hazard-reports",
                jinqiaoCommandCenter(),
                9,
                Map.of("kind", "SUPERVISING_DEPARTMENT", "recipient", "区应急管理局", "reference", "报告〔2026〕1号"));
        assertThat(filed.json().get("majorHazardReports").get(0).get("filedAt").isTextual())
                .isTrue();
        var twice = http.step(
                id,
                "major-hazard-reports",
                jinqiaoCommandCenter(),
                10,
                Map.of("kind", "SUPERVISING_DEPARTMENT", "recipient", "区应急管理局", "reference", "报告〔2026〕2号"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.json().get("errors").findValuesAsText("field")).containsExactly("kind");
        http.stepOk(
                id,
                "major-hazard-reports",
                fireOfficer(),
                10,
                Map.of("kind", "WORKERS_CONGRESS", "recipient", "职工代表大会", "reference", "职代会决议〔2026〕2号"));
        var closed = http.stepOk(id, "close", jinqiaoCommandCenter(), 11, Map.of("satisfaction", 5));
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "case.reported",
                        "case.registered",
                        "case.dispatched",
                        "case.major-hazard-reports-due",
                        "case.production-stopped",
                        "case.resumption-applied",
                        "case.resumption-refused",
                        "case.resumption-applied",
                        "case.resumption-approved",
                        "case.major-hazard-report-filed",
                        "case.major-hazard-report-filed",
                        "case.closed");
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("majorHazardReports").findValuesAsText("reference"))
                .as("the store keeps the reports")
                .containsExactly("报告〔2026〕1号", "职代会决议〔2026〕2号");
    }

    @Test
    void an_overdue_report_escalates_when_the_escalations_run_and_a_late_filing_still_works() {
        String id = registeredMajor();
        var dispatched = http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(treatmentPlan()));
        String due =
                dispatched.json().get("majorHazardReports").get(0).get("dueAt").asText();
        http.notifications.clear();

        // A minute after the department report's deadline (3 days); the step itself is not overdue.
        http.clock.setInstant(java.time.OffsetDateTime.parse(due).toInstant().plusSeconds(60));
        var run = http.post("/api/v1/escalations/run")
                .as(org.gridsafe.access.Actor.SYSTEM)
                .send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        var again = http.post("/api/v1/escalations/run")
                .as(org.gridsafe.access.Actor.SYSTEM)
                .send();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .as("one escalation, not one per run")
                .containsExactly(
                        "case.reported",
                        "case.registered",
                        "case.dispatched",
                        "case.major-hazard-reports-due",
                        "case.major-hazard-report-escalated");
        var data = history.json().get("events").get(4).get("data");
        assertThat(data.get("kind").asText()).isEqualTo("SUPERVISING_DEPARTMENT");
        assertThat(data.get("rung").asText()).isEqualTo("SPECIFIC");
        assertThat(data.get("recipient").get("personId").asText()).isEqualTo("specific-m111");

        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        var reports = read.json().get("majorHazardReports");
        assertThat(reports.get(0).get("escalationRung").asText()).isEqualTo("SPECIFIC");
        assertThat(reports.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(reports.get(1).get("escalationRung").asText()).isEqualTo("NONE");
        if (store == FixtureStorage.Store.MEMORY) {
            // The JDBC stores hand notifications to their outbox, which no relay drains here.
            assertThat(http.notifications).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(org.gridsafe.casework.NotificationKind.MAJOR_HAZARD_REPORT_ESCALATED);
                assertThat(n.recipientId()).contains("specific-m111");
                assertThat(n.deadline().map(Object::toString))
                        .contains(
                                java.time.OffsetDateTime.parse(due).toInstant().toString());
            });
        }

        var filed = http.stepOk(
                id,
                "major-hazard-reports",
                fireOfficer(),
                5,
                Map.of("kind", "SUPERVISING_DEPARTMENT", "recipient", "区应急管理局", "reference", "报告〔2026〕9号"));
        var report = filed.json().get("majorHazardReports").get(0);
        assertThat(report.get("filedAt")).isNotNull();
        assertThat(report.get("escalationRung").asText()).isEqualTo("SPECIFIC");
        var last = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send()
                .json()
                .get("events")
                .get(5);
        assertThat(last.get("type").asText()).isEqualTo("case.major-hazard-report-filed");
        assertThat(last.get("data").get("onTime").asBoolean()).as("filed late").isFalse();
    }

    @Test
    void a_general_case_cannot_stop_production_a_stale_version_is_412_and_grid_staff_are_refused() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "通道堆物"))
                .send();
        String general = reported.json().get("id").asText();
        http.stepOk(general, "register", jinqiaoCommandCenter(), 1, Map.of("note", "属实"));
        http.stepOk(general, "dispatch", jinqiaoCommandCenter(), 2, Map.of());
        var notMajor =
                http.step(general, "production-stop", fireOfficer(), 3, Map.of("scope", "WHOLE", "reason", "停产"));
        assertThat(notMajor.status()).as(notMajor.toString()).isEqualTo(409);

        String id = registeredMajor();
        http.stepOk(id, "dispatch", jinqiaoCommandCenter(), 2, dispatchBody(treatmentPlan()));
        var stale = http.step(id, "production-stop", fireOfficer(), 3, Map.of("scope", "WHOLE", "reason", "停产"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        var byStaff =
                http.step(id, "production-stop", jinqiaoGridManager(), 4, Map.of("scope", "WHOLE", "reason", "停产"));
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(403);
        var badScope = http.step(id, "production-stop", fireOfficer(), 4, Map.of("scope", "HALF", "reason", "停产"));
        assertThat(badScope.status()).as(badScope.toString()).isEqualTo(400);
        assertThat(badScope.json().get("errors").findValuesAsText("field")).containsExactly("scope");
        var read = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("version").asLong()).as("nothing written").isEqualTo(4);
    }
}
