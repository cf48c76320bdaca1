package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Map;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The case view and the case list say when a case's deadline lies beyond the years the district's
 * calendar covers, and which year that is, over a real socket on every store; a new calendar shows
 * at once.
 */
@OnEveryStore
class DeadlineCoverageOverHttpTest {

    final HttpFixture http;

    DeadlineCoverageOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private void useCalendarCovering(int first, int last) {
        WritableGridDirectory directory = http.store.writableDirectory();
        GridDirectory current = http.gridSafe.directory();
        WorkCalendar calendar = WorkCalendar.builder()
                .zone(ZONE)
                .covers(Year.of(first), Year.of(last))
                .notice(Year.of(first), "测试通知")
                .build();
        directory.replace(current.grids(), current.dutyMatrix(), current.timeLimits(), calendar);
    }

    private String report() {
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "消防通道堆放杂物"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        return res.json().get("id").asText();
    }

    private JsonNode read(String id) {
        var res = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        return res.json();
    }

    private JsonNode listed(String id) {
        var res = http.get("/api/v1/cases").as(jinqiaoCommandCenter()).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        for (JsonNode item : res.json().get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the list: " + res);
    }

    @Test
    void aDeadlinePastTheLastCoveredYearIsFlaggedWithThatYear() {
        useCalendarCovering(2026, 2026);
        http.setTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        String inside = report();
        // Thursday 31 December 16:30: two working hours end on 1 January 2027, whose notice is missing.
        http.setTime(LocalDateTime.of(2026, 12, 31, 16, 30));
        String beyond = report();

        JsonNode a = read(inside);
        assertThat(a.get("deadline").asText()).startsWith("2026-03-30T11:00");
        assertThat(a.get("deadlineBeyondCoverage").asBoolean()).isFalse();
        assertThat(a.get("calendarCoveredUntil").asInt()).isEqualTo(2026);
        JsonNode b = read(beyond);
        assertThat(b.get("deadline").asText()).startsWith("2027-01-01");
        assertThat(b.get("deadlineBeyondCoverage").asBoolean()).isTrue();
        assertThat(b.get("calendarCoveredUntil").asInt()).isEqualTo(2026);
        assertThat(listed(beyond).get("deadlineBeyondCoverage").asBoolean()).isTrue();
        assertThat(listed(inside).get("deadlineBeyondCoverage").asBoolean()).isFalse();

        // Once the 2027 notice is loaded the same deadline is no longer provisional.
        useCalendarCovering(2026, 2027);
        assertThat(read(beyond).get("deadlineBeyondCoverage").asBoolean()).isFalse();
        assertThat(read(beyond).get("calendarCoveredUntil").asInt()).isEqualTo(2027);
    }

    @Test
    void aCalendarThatClaimsNoYearsNeverFlagsAndNamesNoYear() {
        String id = report();
        JsonNode c = read(id);
        assertThat(c.has("deadline")).isTrue();
        assertThat(c.get("deadlineBeyondCoverage").asBoolean()).isFalse();
        assertThat(c.has("calendarCoveredUntil")).isFalse();
    }
}
