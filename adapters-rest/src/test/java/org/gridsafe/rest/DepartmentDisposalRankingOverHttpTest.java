package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * {@code GET /api/v1/stats/rankings/department-disposal} over a real socket: the fire brigade
 * rectifies its case on time, the emergency bureau leaves its own overdue, so the brigade ranks
 * first although "emergency" comes first by code (the order of {@code /stats/departments}).
 */
@OnEveryStore
class DepartmentDisposalRankingOverHttpTest {

    static HttpFixture http;

    @Parameter
    FixtureStorage.Store store;

    static final String QUERY = "?from=2026-03-01&to=2026-05-01&asOf=2026-04-20";

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        Casework casework = http.gridSafe.casework();
        Actor center = jinqiaoCommandCenter();
        http.setTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        Case fire = casework.report(jinqiaoGridManager(), report(SafetyDomain.FIRE, "消防通道堆物"));
        Case production = casework.report(jinqiaoGridManager(), report(SafetyDomain.PRODUCTION, "设备防护缺失"));
        http.setTime(LocalDateTime.of(2026, 3, 30, 10, 0));
        fire = casework.register(center, Register.of(fire.id()).build());
        production = casework.register(center, Register.of(production.id()).build());
        casework.dispatch(center, Dispatch.of(fire.id()).build());
        casework.dispatch(center, Dispatch.of(production.id()).build());
        http.setTime(LocalDateTime.of(2026, 3, 30, 11, 0));
        casework.submitRectification(
                fireOfficer(), SubmitRectification.of(fire.id()).evidence("已整改").build());
    }

    private static Report report(SafetyDomain domain, String what) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(domain)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(what)
                .build();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    private static List<String> departments(HttpFixture.Res res) {
        List<String> ids = new ArrayList<>();
        res.json().get("items").forEach(i -> ids.add(i.get("department").asText()));
        return ids;
    }

    @Test
    void the_department_on_time_ranks_first_whatever_its_code() {
        var byCode = http.get("/api/v1/stats/departments" + QUERY)
                .as(districtCommandCenter())
                .send();
        assertThat(byCode.status()).as(byCode.toString()).isEqualTo(200);
        assertThat(departments(byCode)).containsExactly(EMERGENCY.value(), FIRE_BRIGADE.value());
        var ranked = http.get("/api/v1/stats/rankings/department-disposal" + QUERY)
                .as(districtCommandCenter())
                .send();
        assertThat(ranked.status()).as(ranked.toString()).isEqualTo(200);
        assertThat(departments(ranked)).containsExactly(FIRE_BRIGADE.value(), EMERGENCY.value());
        assertThat(ranked.json()
                        .get("items")
                        .get(1)
                        .at("/overduePendingRate/percent")
                        .asText())
                .isEqualTo("100.00%");
    }

    @Test
    void the_csv_ranks_the_same_and_an_officer_sees_only_its_own_row() {
        var csv = http.get("/api/v1/stats/rankings/department-disposal" + QUERY)
                .as(districtCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(FIRE_BRIGADE.value() + ",1,1,1,0,");
        assertThat(lines[2]).startsWith(EMERGENCY.value() + ",1,0,0,1,");
        var officer = http.get("/api/v1/stats/rankings/department-disposal" + QUERY)
                .as(emergencyOfficer())
                .send();
        assertThat(departments(officer)).containsExactly(EMERGENCY.value());
        var citizen = http.get("/api/v1/stats/rankings/department-disposal" + QUERY)
                .as(citizen())
                .send();
        assertThat(citizen.status()).isEqualTo(403);
    }
}
