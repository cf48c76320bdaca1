package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The departments, duty rules and time limits of a past day over a real socket ({@code ?on=} on
 * {@code /departments}, {@code /duty-rules} and {@code /calendar}): the fixture's directory is
 * recorded effective from 2026-01-01; the fire brigade is renamed, a duty rule added and a time
 * limit lengthened effective five days ago, and the brigade renamed again two days ago. Each day
 * answers the version then in force; bad, future and too early days get problems; only command
 * centers and the system may ask.
 */
@OnEveryStore
class DutiesOnADayOverHttpTest {

    static HttpFixture http;
    static LocalDate today;
    static String originalName;
    static int originalRules;

    static final DutyRule MAJOR_PRODUCTION =
            DutyRule.of(org.gridsafe.hazard.SafetyDomain.PRODUCTION, EMERGENCY).forGrade(HazardGrade.MAJOR);

    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        // the server's today is the real one, like the directory's, so that "after today" is tomorrow
        http.setTime(LocalDateTime.now(ZONE));
        today = LocalDate.now(ZONE);
        WritableGridDirectory directory = (WritableGridDirectory) http.gridSafe.directory();
        originalName =
                directory.dutyMatrix().department(FIRE_BRIGADE).orElseThrow().zhName();
        originalRules = directory.dutyMatrix().rules().size();
        List<DutyRule> rules = new ArrayList<>(directory.dutyMatrix().rules());
        rules.add(MAJOR_PRODUCTION);
        change(directory, "消防救援大队（二）", rules, 5, "职责调整", today.minusDays(5));
        change(directory, "消防救援大队（三）", rules, 5, "更名", today.minusDays(2));
    }

    private static void change(
            WritableGridDirectory directory,
            String fireName,
            List<DutyRule> rules,
            long rectifyDays,
            String reason,
            LocalDate effective) {
        GridDirectory d = directory;
        List<Department> departments = new ArrayList<>();
        for (Department dep : d.dutyMatrix().departments()) {
            departments.add(
                    dep.id().equals(FIRE_BRIGADE)
                            ? new Department(dep.id(), fireName, dep.enName(), dep.domains())
                            : dep);
        }
        directory.replace(
                d.grids(),
                DutyMatrix.builder().departments(departments).rules(rules).build(),
                d.timeLimits().toBuilder()
                        .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(rectifyDays))
                        .build(),
                d.workCalendar(),
                new DirectoryChange(districtCommandCenter(), reason, effective));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    private static HttpFixture.Res get(String route, String on, Actor actor) {
        return http.get("/api/v1/" + route + (on == null ? "" : "?on=" + on))
                .as(actor)
                .send();
    }

    private static String fireName(HttpFixture.Res res) {
        for (JsonNode d : res.json().get("items")) {
            if (d.get("id").asText().equals(FIRE_BRIGADE.value())) {
                return d.get("zhName").asText();
            }
        }
        throw new AssertionError("no fire brigade in " + res);
    }

    private static long rectifyGeneral(HttpFixture.Res res) {
        for (JsonNode l : res.json().get("timeLimits")) {
            if (l.get("step").asText().equals("RECTIFY")
                    && l.get("grade").asText().equals("GENERAL")) {
                return l.get("amount").asLong();
            }
        }
        throw new AssertionError("no RECTIFY/GENERAL limit in " + res);
    }

    @Test
    void eachDayAnswersTheDepartmentsOfTheVersionThenInForce() {
        HttpFixture.Res before = get("departments", today.minusDays(6).toString(), jinqiaoCommandCenter());
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(fireName(before)).isEqualTo(originalName);
        assertThat(before.json().get("version").asLong()).isEqualTo(1);
        assertThat(before.json().get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(before.json().get("on").asText())
                .isEqualTo(today.minusDays(6).toString());

        HttpFixture.Res v2 = get("departments", today.minusDays(3).toString(), districtCommandCenter());
        assertThat(fireName(v2)).isEqualTo("消防救援大队（二）");
        assertThat(v2.json().get("version").asLong()).isEqualTo(2);
        assertThat(v2.json().get("effectiveFrom").asText())
                .isEqualTo(today.minusDays(5).toString());

        assertThat(fireName(get("departments", today.toString(), Actor.SYSTEM))).isEqualTo("消防救援大队（三）");
        // without a day: today's departments, for every authenticated actor, as before
        HttpFixture.Res now = get("departments", null, jinqiaoGridManager());
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        assertThat(fireName(now)).isEqualTo("消防救援大队（三）");
        assertThat(now.json().has("version")).isFalse();
    }

    @Test
    void eachDayAnswersTheDutyRulesAndTimeLimitsOfTheVersionThenInForce() {
        HttpFixture.Res rulesBefore = get("duty-rules", today.minusDays(6).toString(), jinqiaoCommandCenter());
        assertThat(rulesBefore.status()).as(rulesBefore.toString()).isEqualTo(200);
        assertThat(rulesBefore.json().get("items").size()).isEqualTo(originalRules);
        HttpFixture.Res rulesAfter = get("duty-rules", today.minusDays(5).toString(), jinqiaoCommandCenter());
        assertThat(rulesAfter.json().get("items").size()).isEqualTo(originalRules + 1);
        JsonNode added = rulesAfter.json().get("items").get(originalRules);
        assertThat(added.get("domain").asText()).isEqualTo("PRODUCTION");
        assertThat(added.get("grade").asText()).isEqualTo("MAJOR");
        assertThat(added.get("department").asText()).isEqualTo(EMERGENCY.value());

        HttpFixture.Res limitsBefore = get("calendar", today.minusDays(6).toString(), jinqiaoCommandCenter());
        assertThat(limitsBefore.status()).as(limitsBefore.toString()).isEqualTo(200);
        assertThat(rectifyGeneral(limitsBefore)).isEqualTo(3);
        assertThat(limitsBefore.json().get("version").asLong()).isEqualTo(1);
        assertThat(limitsBefore.json().get("zone").asText()).isEqualTo(ZONE.getId());
        HttpFixture.Res limitsAfter = get("calendar", today.minusDays(5).toString(), jinqiaoCommandCenter());
        assertThat(rectifyGeneral(limitsAfter)).isEqualTo(5);
        assertThat(limitsAfter.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aBadDateAFutureDayAndADayBeforeTheFirstVersionAreProblems() {
        for (String route : List.of("departments", "duty-rules", "calendar")) {
            HttpFixture.Res bad = get(route, "2026-13-01", districtCommandCenter());
            assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
            assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("on");

            HttpFixture.Res future = get(route, today.plusDays(1).toString(), districtCommandCenter());
            assertThat(future.status()).as(future.toString()).isEqualTo(400);
            assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("on");
            assertThat(future.json().get("errors").get(0).get("message").asText())
                    .contains("must not be after today (" + today);

            HttpFixture.Res early = get(route, "2025-12-31", districtCommandCenter());
            assertThat(early.status()).as(early.toString()).isEqualTo(404);
            assertThat(early.json().get("detail").asText()).contains("2025-12-31");
        }
    }

    @Test
    void aPastDayIsForCommandCentersAndTheSystemAsTheResponsibilityOfADay() {
        for (String route : List.of("departments", "duty-rules", "calendar")) {
            for (Actor refused : List.of(jinqiaoGridManager(), fireOfficer(), citizen(), enterprise())) {
                HttpFixture.Res res = get(route, today.minusDays(1).toString(), refused);
                assertThat(res.status()).as(route + " " + refused + ": " + res).isEqualTo(403);
                assertThat(res.json().get("rule").asText()).isEqualTo("directory-history-within-home-grid-or-system");
            }
            assertThat(get(route, today.minusDays(1).toString(), shihuCommandCenter())
                            .status())
                    .isEqualTo(200);
        }
    }
}
