package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The work calendar of a past day over a real socket ({@code GET /api/v1/calendar?on=}): the
 * fixture's directory is recorded effective from 2026-01-01 with the sample calendar; a lunch
 * break is loaded by the district command center effective five days ago, the next year's notice
 * by the system two days ago, and a change that keeps the calendar is recorded yesterday. Each day
 * answers the calendar then in force and the version that loaded it.
 */
@OnEveryStore
class CalendarOnADayOverHttpTest {

    static HttpFixture http;
    static LocalDate today;
    static WorkCalendar original;

    static final WorkCalendar LUNCH = WorkCalendar.builder()
            .zone(ZONE)
            .windows(
                    new WorkCalendar.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkCalendar.Window(LocalTime.of(14, 0), LocalTime.of(17, 30)))
            .holiday(HOLIDAY, "测试假日")
            .build();

    static final WorkCalendar NEXT_YEAR = WorkCalendar.builder()
            .zone(ZONE)
            .windows(
                    new WorkCalendar.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkCalendar.Window(LocalTime.of(14, 0), LocalTime.of(17, 30)))
            .covers(Year.of(2026), Year.of(2027))
            .notice(Year.of(2027), "国办发明电〔2026〕N号")
            .holiday(HOLIDAY, "测试假日")
            .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), "元旦")
            .workday(LocalDate.of(2027, 1, 4), "元旦调休")
            .build();

    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        http.setTime(LocalDateTime.now(ZONE));
        today = LocalDate.now(ZONE);
        WritableGridDirectory d = (WritableGridDirectory) http.gridSafe.directory();
        original = d.workCalendar();
        d.replace(
                d.grids(),
                d.dutyMatrix(),
                d.timeLimits(),
                LUNCH,
                new DirectoryChange(districtCommandCenter(), "午休时段", today.minusDays(5)));
        d.replace(
                d.grids(),
                d.dutyMatrix(),
                d.timeLimits(),
                NEXT_YEAR,
                new DirectoryChange(Actor.SYSTEM, "2027年节假日安排", today.minusDays(2)));
        // a change that keeps the calendar: the calendar's loader stays the version before
        d.replace(
                d.grids(),
                d.dutyMatrix(),
                d.timeLimits().toBuilder()
                        .limit(
                                org.gridsafe.duty.WorkflowStep.RECTIFY,
                                org.gridsafe.hazard.HazardGrade.GENERAL,
                                org.gridsafe.duty.TimeLimit.workingDays(4))
                        .build(),
                NEXT_YEAR,
                new DirectoryChange(districtCommandCenter(), "时限调整", today.minusDays(1)));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    private static HttpFixture.Res calendar(String on, Actor actor) {
        return http.get("/api/v1/calendar" + (on == null ? "" : "?on=" + on))
                .as(actor)
                .send();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void eachDayAnswersTheCalendarOfTheVersionThenInForceAndWhoLoadedIt() {
        HttpFixture.Res first = calendar(today.minusDays(6).toString(), jinqiaoCommandCenter());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(first.json().get("calendarLoadedIn").asLong()).isEqualTo(1);
        assertThat(first.json().get("calendarLoadedFrom").asText()).isEqualTo("2026-01-01");
        assertThat(texts(first.json().get("windows")))
                .containsExactlyElementsOf(original.windows().stream()
                        .map(WorkCalendar.Window::toString)
                        .toList());
        assertThat(first.json().get("holidays").get(0).get("date").asText()).isEqualTo(HOLIDAY.toString());

        HttpFixture.Res lunch = calendar(today.minusDays(3).toString(), districtCommandCenter());
        assertThat(lunch.status()).as(lunch.toString()).isEqualTo(200);
        assertThat(lunch.json().get("version").asLong()).isEqualTo(2);
        assertThat(texts(lunch.json().get("windows"))).containsExactly("08:30-12:00", "14:00-17:30");
        assertThat(lunch.json().get("opening").asText()).isEqualTo("08:30");
        assertThat(lunch.json().get("closing").asText()).isEqualTo("17:30");
        assertThat(lunch.json().has("coversUntil")).isFalse();
        assertThat(lunch.json().get("calendarLoadedIn").asLong()).isEqualTo(2);
        assertThat(lunch.json().get("calendarLoadedFrom").asText())
                .isEqualTo(today.minusDays(5).toString());
        assertThat(lunch.json().get("calendarLoadedBy").get("id").asText())
                .isEqualTo(districtCommandCenter().id());
        assertThat(lunch.json().get("calendarLoadedBy").get("displayName").asText())
                .isEqualTo(districtCommandCenter().displayName());

        HttpFixture.Res now = calendar(today.toString(), Actor.SYSTEM);
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        assertThat(now.json().get("version").asLong()).isEqualTo(4);
        assertThat(now.json().get("effectiveFrom").asText())
                .isEqualTo(today.minusDays(1).toString());
        assertThat(now.json().get("calendarLoadedIn").asLong()).isEqualTo(3);
        assertThat(now.json().get("calendarLoadedBy").get("id").asText()).isEqualTo(Actor.SYSTEM.id());
        assertThat(now.json().get("coversFrom").asInt()).isEqualTo(2026);
        assertThat(now.json().get("coversUntil").asInt()).isEqualTo(2027);
        assertThat(now.json().get("notices").get(0).get("year").asInt()).isEqualTo(2027);
        assertThat(now.json().get("notices").get(0).get("source").asText()).isEqualTo("国办发明电〔2026〕N号");
        assertThat(now.json().get("swappedWorkdays").get(0).get("date").asText())
                .isEqualTo("2027-01-04");
        // the time limits of that day come with it
        JsonNode limits = now.json().get("timeLimits");
        boolean four = false;
        for (JsonNode l : limits) {
            four |= l.get("step").asText().equals("RECTIFY")
                    && l.get("grade").asText().equals("GENERAL")
                    && l.get("amount").asLong() == 4;
        }
        assertThat(four).as(limits.toString()).isTrue();
        HttpFixture.Res before = calendar(today.minusDays(2).toString(), Actor.SYSTEM);
        assertThat(before.json().get("version").asLong()).isEqualTo(3);
        for (JsonNode l : before.json().get("timeLimits")) {
            if (l.get("step").asText().equals("RECTIFY")
                    && l.get("grade").asText().equals("GENERAL")) {
                assertThat(l.get("amount").asLong()).isNotEqualTo(4);
            }
        }
    }

    @Test
    void withoutADayEveryActorReadsTodaysCalendarWithItsWindowsAndCoverage() {
        HttpFixture.Res res = calendar(null, jinqiaoGridManager());
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().has("version")).isFalse();
        assertThat(res.json().has("calendarLoadedIn")).isFalse();
        assertThat(texts(res.json().get("windows"))).containsExactly("08:30-12:00", "14:00-17:30");
        assertThat(res.json().get("coversUntil").asInt()).isEqualTo(2027);
        assertThat(res.json().get("holidays").size()).isEqualTo(4);
    }

    @Test
    void aDayBeforeTheFirstVersionIsNotFoundAndAFutureDayIsRefusedNamingOn() {
        HttpFixture.Res early = calendar("2025-12-31", districtCommandCenter());
        assertThat(early.status()).as(early.toString()).isEqualTo(404);
        assertThat(early.json().get("detail").asText())
                .contains("work calendar")
                .contains("2025-12-31");
        HttpFixture.Res future = calendar(today.plusDays(1).toString(), districtCommandCenter());
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("on");
        HttpFixture.Res refused = calendar(today.toString(), jinqiaoGridManager());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }
}
