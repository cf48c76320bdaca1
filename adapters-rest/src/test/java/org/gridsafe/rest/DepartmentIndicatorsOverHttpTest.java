package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * {@code GET /api/v1/stats/departments} over a real socket, on one Monday (2026-03-30): A and B
 * are dispatched to the fire brigade at 10:00; it rectifies A at 11:00 (on time) and returns B at
 * 12:00 (before its deadline, so B is not due for it). Over March the brigade has 1 due, 1 done,
 * 1 on time, 0 overdue pending, 1 return, 0 reassignments.
 */
@OnEveryStore
class DepartmentIndicatorsOverHttpTest {

    static HttpFixture http;

    @Parameter
    FixtureStorage.Store store;

    static final String PATH = "/api/v1/stats/departments?from=2026-03-01&to=2026-04-01";

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        Casework casework = http.gridSafe.casework();
        Actor center = jinqiaoCommandCenter();
        at(9, 0);
        Case a = casework.report(jinqiaoGridManager(), fire(JINQIAO_MICRO_1, "A"));
        Case b = casework.report(jinqiaoGridManager(), fire(JINQIAO_MICRO_1, "B"));
        at(10, 0);
        a = casework.register(center, Register.of(a.id()).build());
        b = casework.register(center, Register.of(b.id()).build());
        casework.dispatch(center, Dispatch.of(a.id()).build());
        casework.dispatch(center, Dispatch.of(b.id()).build());
        at(11, 0);
        casework.submitRectification(
                fireOfficer(), SubmitRectification.of(a.id()).evidence("已整改").build());
        at(12, 0);
        casework.returnCase(
                fireOfficer(), ReturnCase.of(b.id()).reason("属住建局职责").build());
        at(13, 0);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    @Test
    void the_fire_brigade_is_judged_on_its_own_step() {
        var res = http.get(PATH).as(districtCommandCenter()).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().at("/period/from").asText()).isEqualTo("2026-03-01T00:00:00+08:00");
        JsonNode items = res.json().get("items");
        assertThat(items).hasSize(1);
        JsonNode fire = items.get(0);
        assertThat(fire.get("department").asText()).isEqualTo(FIRE_BRIGADE.value());
        assertThat(fire.get("due").asLong()).isEqualTo(1);
        assertThat(fire.get("done").asLong()).isEqualTo(1);
        assertThat(fire.get("doneOnTime").asLong()).isEqualTo(1);
        assertThat(fire.get("overduePending").asLong()).isZero();
        assertThat(fire.get("returns").asLong()).isEqualTo(1);
        assertThat(fire.get("reassignedAway").asLong()).isZero();
        assertThat(fire.at("/disposalRate/percent").asText()).isEqualTo("100.00%");
        assertThat(fire.at("/onTimeDisposalRate/percent").asText()).isEqualTo("100.00%");
        assertThat(fire.at("/overduePendingRate/percent").asText()).isEqualTo("0.00%");
    }

    @Test
    void the_csv_has_the_same_numbers() {
        var csv = http.get(PATH)
                .as(districtCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertThat(lines[0])
                .startsWith("department,due,done,doneOnTime,overduePending,returns,reassignedAway,"
                        + "disposalRate.numerator");
        assertThat(lines[1]).startsWith(FIRE_BRIGADE.value() + ",1,1,1,0,1,0,1,1,1.0,100.00%");
        assertThat(lines).hasSize(2);
    }

    @Test
    void a_bad_period_names_the_field() {
        var res = http.get("/api/v1/stats/departments?from=2026-04-01&to=2026-03-01")
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.body()).doesNotContain("Exception");
    }

    private static void at(int hour, int minute) {
        http.setTime(LocalDateTime.of(2026, 3, 30, hour, minute));
    }

    private static Report fire(GridCode grid, String what) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(grid)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("部门统计测试 " + what)
                .build();
    }
}
