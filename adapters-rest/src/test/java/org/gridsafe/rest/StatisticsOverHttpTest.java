package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Statistics over HTTP, checked by hand on one Monday (2026-03-30, working hours 09:00-17:00):
 *
 * <pre>
 * 09:00 A and B reported in 金桥一号微网格 (fire, general)
 * 10:00 A registered                 11:00 B registered (dispatch due 13:00), A dispatched to the fire brigade
 * 13:00 A rectified   14:00 A verified   15:00 A closed (every step in time)
 * 15:30 C reported in 石湖 (register due the next morning)   16:00 the command center looks
 * </pre>
 *
 * So over March: 3 reported, 2 registered, 1 dispatched, 1 closed on time; due to close = A + B
 * (open, overdue since 13:00) = 2, closure and on-time rate 1/2; B is the one overdue case, not
 * escalated; register took 1 h and 2 h (mean 1 h 30 min, p90 by nearest rank 2 h).
 */
@OnEveryStore
class StatisticsOverHttpTest {

    static HttpFixture http;

    /** The store of this run; {@link OnEveryStore} injects it, and the fixture below is built on it. */
    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        oneMonday();
    }

    static final String MARCH = "from=2026-03-01&to=2026-04-01";

    static void oneMonday() {
        Casework casework = http.gridSafe.casework();
        Actor center = jinqiaoCommandCenter();
        at(9, 0);
        Case a = casework.report(jinqiaoGridManager(), fire(JINQIAO_MICRO_1, "A"));
        Case b = casework.report(jinqiaoGridManager(), fire(JINQIAO_MICRO_1, "B"));
        at(10, 0);
        a = casework.register(center, register(a));
        at(11, 0);
        b = casework.register(center, register(b));
        a = casework.dispatch(
                center, Dispatch.of(a.id()).expectedVersion(a.version()).build());
        at(13, 0);
        a = casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(a.id())
                        .expectedVersion(a.version())
                        .evidence("已整改")
                        .build());
        at(14, 0);
        a = casework.verify(
                jinqiaoGridManager(),
                Verify.of(a.id()).expectedVersion(a.version()).passed(true).build());
        at(15, 0);
        casework.close(
                center,
                Close.of(a.id()).expectedVersion(a.version()).satisfaction(5).build());
        at(15, 30);
        casework.report(shihuGridManager(), fire(SHIHU_MICRO_1, "C"));
        at(16, 0);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    @Test
    void the_district_sees_the_hand_counted_indicators_of_march() {
        var res = http.get("/api/v1/stats/indicators?" + MARCH)
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().at("/scope/grid").asText()).isEqualTo("320599");
        assertThat(res.json().at("/period/from").asText()).isEqualTo("2026-03-01T00:00:00+08:00");
        assertThat(res.json().at("/period/to").asText()).isEqualTo("2026-04-01T00:00:00+08:00");
        assertThat(res.json().at("/asOf").asText()).isEqualTo("2026-03-30T16:00:00+08:00");
        JsonNode i = res.json().get("indicators");
        assertThat(counts(i)).containsExactly(3L, 2L, 1L, 1L, 1L, 2L, 0L, 0L);
        assertThat(rate(i, "closureRate")).isEqualTo("1/2=0.5 50.00%");
        assertThat(rate(i, "onTimeRate")).isEqualTo("1/2=0.5 50.00%");
        assertThat(rate(i, "reworkRate")).isEqualTo("0/1=0.0 0.00%");
        assertThat(rate(i, "extensionRate")).isEqualTo("0/1=0.0 0.00%");
        assertThat(i.get("overdueNow").asLong()).isEqualTo(1);
        assertThat(i.at("/overdueByRung/NONE").asLong()).isEqualTo(1);
        assertThat(i.at("/overdueByRung/SPECIFIC").asLong()).isZero();
        assertThat(step(i, "REGISTER")).isEqualTo("2 PT1H30M 5400 PT2H 7200");
        assertThat(step(i, "DISPATCH")).isEqualTo("1 PT1H 3600 PT1H 3600");
        assertThat(step(i, "RECTIFY")).isEqualTo("1 PT2H 7200 PT2H 7200");
        assertThat(step(i, "VERIFY")).isEqualTo("1 PT1H 3600 PT1H 3600");
        assertThat(step(i, "CLOSE")).isEqualTo("1 PT1H 3600 PT1H 3600");
    }

    @Test
    void an_empty_denominator_is_null_and_a_dash_never_zero_percent() {
        var res = http.get("/api/v1/stats/indicators?" + MARCH)
                .as(shihuCommandCenter())
                .send();
        assertThat(res.status()).isEqualTo(200);
        JsonNode i = res.json().get("indicators");
        assertThat(counts(i)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(i.at("/closureRate/value").isNull()).isTrue();
        assertThat(i.at("/closureRate/percent").asText()).isEqualTo("—");
        assertThat(i.at("/timePerStep/REGISTER/mean").isNull()).isTrue();
        assertThat(i.at("/timePerStep/REGISTER/p90Seconds").isNull()).isTrue();
    }

    @Test
    void the_default_period_is_this_month_and_as_of_decides_what_is_overdue() {
        var month =
                http.get("/api/v1/stats/indicators").as(districtCommandCenter()).send();
        assertThat(month.json().at("/period/from").asText()).isEqualTo("2026-03-01T00:00:00+08:00");
        assertThat(month.json().at("/indicators/reported").asLong()).isEqualTo(3);
        var before = http.get("/api/v1/stats/indicators?asOf=2026-03-30T08:59:59%2B08:00")
                .as(districtCommandCenter())
                .send();
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        // as-of moves "overdue", not the events: B was not yet late at 08:59:59
        JsonNode early = before.json().get("indicators");
        assertThat(early.get("reported").asLong()).isEqualTo(3);
        assertThat(early.get("dueToClose").asLong()).isEqualTo(1);
        assertThat(early.get("overdueNow").asLong()).isZero();
        var sunday = http.get("/api/v1/stats/indicators?from=2026-03-29&to=2026-03-30")
                .as(districtCommandCenter())
                .send();
        assertThat(sunday.json().at("/indicators/reported").asLong()).isZero();
    }

    @Test
    void the_streets_rank_jinqiao_first_and_shihu_with_nothing_due_last() {
        var res = http.get("/api/v1/stats/rankings/grids?parent=320599&" + MARCH)
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().at("/parent/code").asText()).isEqualTo("320599");
        JsonNode items = res.json().get("items");
        assertThat(items.findValuesAsText("code")).containsExactly("320599001", "320599002");
        assertThat(items.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(rate(items.get(0).get("indicators"), "onTimeRate")).isEqualTo("1/2=0.5 50.00%");
        assertThat(items.get(1).at("/indicators/reported").asLong()).isEqualTo(1);
        assertThat(items.get(1).at("/indicators/onTimeRate/percent").asText()).isEqualTo("—");
        // a street command center ranks its communities by default
        var street = http.get("/api/v1/stats/rankings/grids?" + MARCH)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(street.json().at("/parent/code").asText()).isEqualTo("320599001");
        assertThat(street.json().get("items").findValuesAsText("code")).containsExactly("320599001001", "320599001002");
    }

    @Test
    void open_work_per_street_counts_b_open_and_overdue_in_jinqiao_and_c_open_in_shihu() {
        var res = http.get("/api/v1/stats/open/grids?parent=320599")
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().at("/parent/code").asText()).isEqualTo("320599");
        assertThat(res.json().at("/asOf").asText()).isEqualTo("2026-03-30T16:00:00+08:00");
        assertThat(res.json().has("period")).isFalse();
        JsonNode items = res.json().get("items");
        assertThat(items.findValuesAsText("code")).containsExactly("320599001", "320599002");
        assertThat(openCounts(items.get(0))).isEqualTo("1 0 1 GENERAL");
        assertThat(openCounts(items.get(1))).isEqualTo("1 0 0 GENERAL");
        // Before B's dispatch deadline (13:00) nothing was overdue; asOf moves only the overdue count.
        var noon = http.get("/api/v1/stats/open/grids?parent=320599&asOf=2026-03-30T12:00:00%2B08:00")
                .as(districtCommandCenter())
                .send();
        assertThat(openCounts(noon.json().at("/items/0"))).isEqualTo("1 0 0 GENERAL");
        // A street command center gets its communities by default and nothing above its street.
        var street =
                http.get("/api/v1/stats/open/grids").as(jinqiaoCommandCenter()).send();
        assertThat(street.json().at("/parent/code").asText()).isEqualTo("320599001");
        assertThat(street.json().get("items").findValuesAsText("code")).containsExactly("320599001001", "320599001002");
        assertThat(openCounts(street.json().at("/items/0"))).isEqualTo("1 0 1 GENERAL");
        assertThat(openCounts(street.json().at("/items/1"))).isEqualTo("0 0 0 null");
        var above = http.get("/api/v1/stats/open/grids?parent=320599")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(above.status()).isEqualTo(403);
        assertThat(above.json().get("rule").asText()).isEqualTo("statistics-within-home-grid");
        // A micro-grid has no children: it answers for itself.
        var micro = http.get("/api/v1/stats/open/grids?parent=" + JINQIAO_MICRO_1.value())
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(micro.json().get("items").findValuesAsText("code")).containsExactly(JINQIAO_MICRO_1.value());
        var grade = http.get("/api/v1/stats/open/grids?parent=320599&grade=MAJOR")
                .as(districtCommandCenter())
                .send();
        assertThat(openCounts(grade.json().at("/items/0"))).isEqualTo("0 0 0 null");
        var bad = http.get("/api/v1/stats/open/grids?parent=320599009")
                .as(districtCommandCenter())
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("parent");
        assertThat(http.get("/api/v1/stats/open/grids")
                        .as(jinqiaoGridManager())
                        .send()
                        .status())
                .isEqualTo(403);
    }

    private static String openCounts(JsonNode item) {
        return item.get("open").asLong() + " " + item.get("openMajor").asLong() + " "
                + item.get("overdue").asLong() + " " + item.get("worstGrade").asText();
    }

    @Test
    void the_fire_brigade_ranks_first_and_its_officer_sees_only_its_own_row() {
        var res = http.get("/api/v1/stats/rankings/departments?" + MARCH)
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        JsonNode items = res.json().get("items");
        assertThat(items).hasSize(6);
        assertThat(items.get(0).at("/department/id").asText()).isEqualTo("fire-brigade");
        assertThat(rate(items.get(0).get("indicators"), "onTimeRate")).isEqualTo("1/1=1.0 100.00%");
        assertThat(items.get(1).at("/department/id").asText()).isEqualTo("emergency");
        var officer = http.get("/api/v1/stats/rankings/departments?" + MARCH)
                .as(fireOfficer())
                .send();
        assertThat(officer.json().get("items").findValuesAsText("id")).containsExactly("fire-brigade");
        var own =
                http.get("/api/v1/stats/indicators?" + MARCH).as(fireOfficer()).send();
        assertThat(own.json().at("/scope/department").asText()).isEqualTo("fire-brigade");
        assertThat(counts(own.json().get("indicators"))).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 0L, 0L);
    }

    @Test
    void the_csv_of_each_table_parses_into_the_same_numbers() {
        Actor district = districtCommandCenter();
        for (String path : List.of(
                "/api/v1/stats/indicators?" + MARCH,
                "/api/v1/stats/rankings/grids?parent=320599&" + MARCH,
                "/api/v1/stats/rankings/departments?" + MARCH)) {
            JsonNode json = http.get(path).as(district).send().json();
            var csv = http.get(path).as(district).header("Accept", "text/csv").send();
            assertThat(csv.status()).as(path + " " + csv).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv").contains("charset=utf-8");
            assertThat(csv.body()).as("UTF-8 byte-order mark, for Excel").startsWith("\uFEFF");
            assertThat(csv.body()).contains("\r\n");
            List<Map<String, String>> rows = parse(csv.body().substring(1));
            List<JsonNode> expected = new ArrayList<>();
            if (json.has("items")) {
                json.get("items").forEach(expected::add);
            } else {
                expected.add(json);
            }
            assertThat(rows).as(path).hasSameSizeAs(expected);
            for (int r = 0; r < rows.size(); r++) {
                Map<String, String> row = rows.get(r);
                JsonNode indicators = expected.get(r).get("indicators");
                int figures = 0;
                for (var cell : row.entrySet()) {
                    JsonNode value = indicators.at("/" + cell.getKey().replace('.', '/'));
                    if (value.isMissingNode()) {
                        continue;
                    }
                    figures++;
                    assertThat(cell.getValue())
                            .as(path + " row " + r + " " + cell.getKey())
                            .isEqualTo(value.isNull() ? "" : value.asText());
                }
                assertThat(figures).as("figure columns").isEqualTo(8 + 4 * 4 + 1 + 6 + 5 * 5);
            }
        }
        var indicators = parse(http.get("/api/v1/stats/indicators?" + MARCH)
                        .as(district)
                        .header("Accept", "text/csv")
                        .send()
                        .body()
                        .substring(1))
                .get(0);
        assertThat(indicators).containsEntry("grid", "320599").containsEntry("closureRate.percent", "50.00%");
        assertThat(indicators).containsEntry("timePerStep.REGISTER.meanSeconds", "5400");
        var streets = parse(http.get("/api/v1/stats/rankings/grids?parent=320599&" + MARCH)
                .as(district)
                .header("Accept", "text/csv")
                .send()
                .body()
                .substring(1));
        assertThat(streets.get(0)).containsEntry("rank", "1").containsEntry("name", grid(JINQIAO_STREET));
        assertThat(streets.get(1)).containsEntry("onTimeRate.percent", "—").containsEntry("onTimeRate.value", "");
    }

    @Test
    void json_stays_the_default_and_wins_when_preferred() {
        var res = http.get("/api/v1/stats/indicators")
                .as(districtCommandCenter())
                .header("Accept", "text/csv;q=0.5, application/json")
                .send();
        assertThat(res.contentType()).startsWith("application/json");
        assertThat(http.get("/api/v1/stats/indicators")
                        .as(districtCommandCenter())
                        .header("Accept", "*/*")
                        .send()
                        .contentType())
                .startsWith("application/json");
    }

    // ---- helpers

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
                .description("统计测试 " + what)
                .build();
    }

    private static Register register(Case c) {
        return Register.of(c.id()).expectedVersion(c.version()).build();
    }

    private static String grid(GridCode code) {
        return http.gridSafe.directory().grids().get(code).name();
    }

    private static List<Long> counts(JsonNode i) {
        List<Long> counts = new ArrayList<>();
        for (String name : List.of(
                "reported",
                "registered",
                "dispatched",
                "closed",
                "closedOnTime",
                "dueToClose",
                "closedWithRework",
                "dispatchedWithExtension")) {
            counts.add(i.get(name).asLong());
        }
        return counts;
    }

    private static String rate(JsonNode i, String name) {
        JsonNode r = i.get(name);
        return r.get("numerator").asLong() + "/" + r.get("denominator").asLong() + "="
                + r.get("value").asText() + " " + r.get("percent").asText();
    }

    private static String step(JsonNode i, String name) {
        JsonNode s = i.at("/timePerStep/" + name);
        return s.get("count").asLong() + " " + s.get("mean").asText() + " "
                + s.get("meanSeconds").asText() + " " + s.get("p90").asText() + " "
                + s.get("p90Seconds").asText();
    }

    /** RFC 4180 with a header row, as a spreadsheet would read it. */
    static List<Map<String, String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (quoted) {
                if (ch == '"' && k + 1 < text.length() && text.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                k++;
            } else {
                cell.append(ch);
            }
        }
        assertThat(cell.length() + line.size())
                .as("the last line ends with CRLF")
                .isZero();
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : lines.subList(1, lines.size())) {
            assertThat(values).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            rows.add(row);
        }
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(text);
        return rows;
    }
}
