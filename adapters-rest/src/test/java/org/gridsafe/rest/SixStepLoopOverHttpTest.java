package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop — report, register, (overdue: escalation), dispatch, extension, rectify, failed
 * verification, rework, verify, close — driven only through HTTP by the sample cast, each step
 * with the ETag of the step before.
 */
@OnEveryStore
class SixStepLoopOverHttpTest {

    final HttpFixture http;

    SixStepLoopOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void a_fire_hazard_goes_round_the_loop_with_an_escalation_a_rework_and_an_extension() {
        // 1 report, located from a point
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "仓库消防通道堆放货物",
                        "reporterContact", "13800000000"))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        assertThat(reported.json().get("grid").asText()).isEqualTo(JINQIAO_MICRO_1.value());
        assertThat(reported.header("ETag")).isEqualTo("\"1\"");
        assertThat(reported.header("Location")).isEqualTo("/api/v1/cases/" + id);
        assertThat(reported.json().get("reportedAt").asText()).isEqualTo("2026-03-30T09:00:00+08:00");
        assertThat(reported.json().has("reporterContact"))
                .as("grid staff do not see contacts")
                .isFalse();

        // 2 register
        var registered = command(id, "register", jinqiaoCommandCenter(), 1, Map.of("note", "属实"));
        assertThat(registered.json().get("state").asText()).isEqualTo("REGISTERED");
        assertThat(registered.json().get("reporterContact").asText())
                .as("command centers see contacts")
                .isEqualTo("13800000000");

        // dispatch is late: the district command center runs the escalation scan
        http.setTime(LocalDateTime.of(2026, 4, 3, 16, 0));
        var run =
                http.post("/api/v1/escalations/run").as(districtCommandCenter()).send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("escalations").asInt()).isPositive();
        var escalated =
                http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(escalated.json().get("escalationRung").asText()).isNotEqualTo("NONE");
        assertThat(escalated.json().get("overdue").asBoolean()).isTrue();
        long version = Long.parseLong(escalated.header("ETag").replace("\"", ""));
        assertThat(version).isGreaterThan(2);
        // every escalation names the person it reached (the sample district holds every rung)
        var escalatedHistory = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        var escalationEvents = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        escalatedHistory.json().get("events").forEach(e -> {
            if (e.get("type").asText().equals("case.escalated")) {
                escalationEvents.add(e.get("data"));
            }
        });
        assertThat(escalationEvents).hasSize((int) version - 2);
        assertThat(escalationEvents)
                .extracting(d -> d.get("recipient").get("personId").asText())
                .startsWith("specific-m111", "in-charge-m111");
        var listed = http.get("/api/v1/cases?overdue=true")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(listed.json().get("items").findValuesAsText("id")).containsExactly(id);

        // 3 dispatch, routed by the duty matrix
        var dispatched = command(id, "dispatch", jinqiaoCommandCenter(), version, Map.of());
        assertThat(dispatched.json().get("department").asText()).isEqualTo(FIRE_BRIGADE.value());
        version = dispatched.json().get("version").asLong();

        // extension asked by the department and granted by the command center
        OffsetDateTime deadline =
                OffsetDateTime.parse(dispatched.json().get("deadline").asText());
        var asked = command(
                id,
                "extension-request",
                fireOfficer(),
                version,
                Map.of("requestedDeadline", deadline.plusDays(3).toString(), "reason", "需采购防火门"));
        assertThat(asked.json().at("/pendingExtension/reason").asText()).isEqualTo("需采购防火门");
        var granted = command(
                id,
                "extension-approval",
                jinqiaoCommandCenter(),
                asked.json().get("version").asLong(),
                Map.of());
        assertThat(granted.json().get("extensionCount").asInt()).isEqualTo(1);

        // 4 rectify, 5 verification fails, rework, verification passes
        var fixed = command(
                id,
                "rectification",
                fireOfficer(),
                granted.json().get("version").asLong(),
                Map.of("evidence", "已清理通道", "attachments", List.of("photo-1")));
        assertThat(fixed.json().get("state").asText()).isEqualTo("RECTIFIED");
        var failed = command(
                id,
                "verification",
                jinqiaoGridManager(),
                fixed.json().get("version").asLong(),
                Map.of("passed", false, "remarks", "仍有杂物"));
        assertThat(failed.json().get("state").asText()).isEqualTo("DISPATCHED");
        assertThat(failed.json().get("reworkCount").asInt()).isEqualTo(1);
        var fixedAgain = command(
                id,
                "rectification",
                fireOfficer(),
                failed.json().get("version").asLong(),
                Map.of("evidence", "杂物全部清走"));
        var verified = command(
                id,
                "verification",
                jinqiaoGridManager(),
                fixedAgain.json().get("version").asLong(),
                Map.of("passed", true));
        assertThat(verified.json().get("state").asText()).isEqualTo("VERIFIED");

        // 6 close with the reporter's feedback
        var closed = command(
                id,
                "close",
                jinqiaoCommandCenter(),
                verified.json().get("version").asLong(),
                Map.of("satisfaction", 5, "feedback", "满意", "evaluation", "按期整改"));
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("satisfaction").asInt()).isEqualTo(5);
        assertThat(closed.json().has("deadline")).isFalse();

        // the audit trail
        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().at("/audit/intact").asBoolean()).isTrue();
        List<String> types = new ArrayList<>();
        for (JsonNode event : history.json().get("events")) {
            types.add(event.get("type").asText());
        }
        assertThat(types).startsWith("case.reported", "case.registered", "case.escalated");
        assertThat(types)
                .containsSubsequence(
                        "case.dispatched",
                        "case.extension-requested",
                        "case.extension-approved",
                        "case.rectification-submitted",
                        "case.verification-failed",
                        "case.rectification-submitted",
                        "case.verification-passed",
                        "case.closed");
        assertThat(history.json().at("/events/0/data/reporterContact").asText()).isEqualTo("13800000000");
        var staffHistory = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoGridManager())
                .send();
        assertThat(staffHistory.body()).doesNotContain("13800000000");
    }

    @Test
    void an_escalation_run_twice_at_the_same_time_writes_nothing_more() {
        var reported = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
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
                        "灭火器过期"))
                .send();
        assertThat(reported.status()).isEqualTo(201);
        http.setTime(LocalDateTime.of(2026, 4, 10, 9, 0));
        var first = http.post("/api/v1/escalations/run").as(Actor.SYSTEM).send();
        var second = http.post("/api/v1/escalations/run").as(Actor.SYSTEM).send();
        assertThat(first.json().get("escalations").asInt()).isPositive();
        assertThat(second.json().get("escalations").asInt()).isZero();
    }

    private HttpFixture.Res command(String id, String step, Actor actor, long version, Map<String, ?> body) {
        var res = http.post("/api/v1/cases/" + id + "/" + step)
                .as(actor)
                .ifMatch(version)
                .json(body)
                .send();
        assertThat(res.status()).as(step + ": " + res).isEqualTo(200);
        assertThat(res.header("ETag"))
                .isEqualTo("\"" + res.json().get("version").asLong() + "\"");
        return res;
    }

    @Test
    void a_hazard_fixed_on_the_spot_is_reported_closed() {
        var res = fixedOnSpot("GENERAL", "灭火器压力不足", "已现场更换灭火器", List.of("photo-9"));
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        assertThat(res.json().get("state").asText()).isEqualTo("CLOSED");
        assertThat(http.store
                        .find(org.gridsafe.casework.CaseId.of(
                                res.json().get("id").asText()))
                        .orElseThrow()
                        .state())
                .as("stored closed")
                .hasToString("CLOSED");

        var major = fixedOnSpot("MAJOR", "x", "e", List.of());
        assertThat(major.status()).isEqualTo(400);
        assertThat(major.json().get("errors").findValuesAsText("field")).contains("report.grade");
    }

    private HttpFixture.Res fixedOnSpot(String grade, String description, String evidence, List<String> attachments) {
        Map<String, Object> report = Map.of(
                "grid",
                JINQIAO_MICRO_1.value(),
                "domain",
                "FIRE",
                "hazard",
                "2102",
                "grade",
                grade,
                "description",
                description);
        return http.post("/api/v1/cases/fixed-on-spot")
                .as(jinqiaoGridManager())
                .json(Map.of("report", report, "evidence", evidence, "evidenceAttachments", attachments))
                .send();
    }
}
