package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.PatrolStatistics;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Patrol indicators and the patrol ranking over HTTP on every store: a plan run for November, one shop
 * patrolled on time with one failed item (a grid patrol case), another left undone; then the figures as
 * JSON and CSV, the streets ranked, and who may read them.
 */
@OnEveryStore
class PatrolIndicatorsOverHttpTest {

    final HttpFixture http;

    PatrolIndicatorsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void tearDown() {
        http.close();
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        http.tokens.register(HttpFixture.token(PATROLLER), PATROLLER);
        SupervisedEntities entities = service(http.store.entityRegistry(), http.clock);
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PL-1"), shop("银桥小商店", POINT_IN_JINQIAO_MICRO_1, Optional.empty()), "首次登记"));
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PL-2"), shop("金桥小饭馆", POINT_IN_JINQIAO_MICRO_1, Optional.empty()), "首次登记"));
        var plan = http.post("/api/v1/patrol-plans")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "id", "NINE-SMALL-M",
                        "name", "九小场所月度巡查",
                        "grid", JINQIAO_STREET.value(),
                        "kinds", List.of("NINE_SMALL"),
                        "frequency", "MONTHLY",
                        "checklist", "NINE_SMALL_FIRE_TEN_POINT@1",
                        "basis", "project's own"))
                .send();
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        var run = http.post("/api/v1/patrol-plans/NINE-SMALL-M/schedule")
                .as(jinqiaoCommandCenter())
                .json(Map.of("day", "2026-11-10"))
                .send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        String base = "/api/v1/patrols/NINE-SMALL-M:2026-11:PL-1";
        var checkIn = http.post(base + "/check-in")
                .as(PATROLLER)
                .json(Map.of(
                        "at",
                        "2026-11-10T10:00:00+08:00",
                        "method",
                        "GPS",
                        "location",
                        Map.of("lon", 120.02, "lat", 31.02),
                        "accuracyMeters",
                        8.5))
                .send();
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String item : TEN_ITEMS) {
            answers.add(
                    item.equals("T07")
                            ? Map.of("item", item, "verdict", "FAIL", "note", "通道堆放纸箱")
                            : Map.of("item", item, "verdict", "PASS"));
        }
        var submitted = http.post(base + "/submission")
                .as(PATROLLER)
                .json(Map.of(
                        "answers",
                        answers,
                        "findings",
                        List.of(Map.of("item", "T07", "domain", "FIRE", "hazard", "2102", "grade", "GENERAL"))))
                .send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    @Test
    void the_month_s_patrol_figures_as_json_and_csv() {
        // As of 1 December the window has closed: PL-1 done on time, PL-2 due and not done.
        var res = http.get("/api/v1/stats/patrol-indicators?grid=320599001&from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var i = res.json().get("indicators");
        assertThat(res.json().get("scope").get("grid").asText()).isEqualTo("320599001");
        assertThat(i.get("occurrences").asLong()).isEqualTo(2);
        assertThat(i.get("due").asLong()).isEqualTo(2);
        assertThat(i.get("done").asLong()).isEqualTo(1);
        assertThat(i.get("doneOnTime").asLong()).isEqualTo(1);
        assertThat(i.get("coverage").get("percent").asText()).isEqualTo("50.00%");
        assertThat(i.get("onTimeRate").get("percent").asText()).isEqualTo("50.00%");
        assertThat(i.get("patrolCases").asLong()).isEqualTo(1);
        assertThat(i.get("validReportRate").get("percent").asText()).isEqualTo("100.00%");
        assertThat(i.get("hazardsPer100Entities").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(i.get("staff")).isEmpty();

        // Before the window closed only the done occurrence is due; the home grid is the default scope.
        var midMonth = http.get("/api/v1/stats/patrol-indicators?from=2026-11-01&to=2026-12-01")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(midMonth.status()).as(midMonth.toString()).isEqualTo(200);
        assertThat(midMonth.json().get("scope").get("grid").asText()).isEqualTo(JINQIAO_STREET.value());
        assertThat(midMonth.json().get("indicators").get("due").asLong()).isEqualTo(1);
        assertThat(midMonth.json()
                        .get("indicators")
                        .get("coverage")
                        .get("percent")
                        .asText())
                .isEqualTo("100.00%");

        var csv = http.get("/api/v1/stats/patrol-indicators?grid=320599001&from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("grid,from,to,asOf,occurrences,due,done,doneOnTime");
        assertThat(lines.get(1))
                .startsWith("320599001,")
                .contains(",2,2,1,1,")
                .endsWith(",50.00%,50.00%,100.00%,50.00");
    }

    @Test
    void streets_are_ranked_by_the_weighted_score() {
        var res = http.get("/api/v1/stats/rankings/patrol?parent=320599&from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var items = res.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("grid").get("code").asText()).isEqualTo(JINQIAO_STREET.value());
        // 0.4 × 50% coverage + 0.4 × 50% on time + 0.2 × 100% valid reports
        assertThat(items.get(0).get("score").asDouble()).isEqualTo(0.6);
        assertThat(items.get(1).get("grid").get("code").asText()).isEqualTo(SHIHU_STREET.value());
        assertThat(items.get(1).get("counted").asBoolean()).isFalse();
        assertThat(res.json().get("weights").get("coverage").asDouble()).isEqualTo(0.4);

        var csv = http.get("/api/v1/stats/rankings/patrol?from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(districtCommandCenter())
                .header("Accept", "text/csv")
                .send();
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("rank,grid.code,grid.name,grid.level,score,occurrences");
        assertThat(lines.get(1)).startsWith("1,320599001,金桥街道,STREET,0.6000,2,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void staff_and_grids_by_level_are_ranked_as_json_and_csv() {
        var res = http.get("/api/v1/stats/rankings/patrol/staff?grid=320599001&from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().get("scope").get("grid").asText()).isEqualTo("320599001");
        assertThat(res.json().get("weights").get("mileage").asDouble()).isEqualTo(0.1);
        var items = res.json().get("items");
        // The patroller: both occurrences assigned, one done on time, the case found on it.
        var first = items.get(0);
        assertThat(first.get("staff").get("id").asText()).isEqualTo("so-m111");
        assertThat(first.get("staff").get("name").asText()).isNotBlank();
        assertThat(first.get("counted").asBoolean()).isTrue();
        assertThat(first.get("indicators").get("due").asLong()).isEqualTo(2);
        assertThat(first.get("indicators").get("patrolCases").asLong()).isEqualTo(1);
        // 0.3 × 50% on time + 0.2 × none missed + 0.15 × 100% valid + 0.15 × the most hazards found
        assertThat(first.get("score").asDouble()).isEqualTo(0.65);
        assertThat(items.size()).isGreaterThan(1);
        for (int n = 1; n < items.size(); n++) {
            assertThat(items.get(n).get("counted").asBoolean()).isFalse();
        }

        var csv = http.get("/api/v1/stats/rankings/patrol/staff?from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0))
                .startsWith("rank,staff.id,staff.name,score,occurrences")
                .endsWith(",days,onlineSeconds,meters");
        assertThat(lines.get(1)).startsWith("1,so-m111,").contains(",0.6500,2,2,1,1,");

        // Every community of the district, not only a grid's children; 金桥社区 holds both shops.
        var communities = http.get("/api/v1/stats/rankings/patrol?level=COMMUNITY&from=2026-11-01&to=2026-12-01"
                        + "&asOf=2026-12-01T12:00:00%2B08:00")
                .as(districtCommandCenter())
                .send();
        assertThat(communities.status()).as(communities.toString()).isEqualTo(200);
        assertThat(communities.json().get("scope").get("level").asText()).isEqualTo("COMMUNITY");
        var ranked = communities.json().get("items");
        assertThat(ranked.size()).isGreaterThanOrEqualTo(3);
        assertThat(ranked.get(0).get("grid").get("code").asText()).isEqualTo("320599001001");
        for (var item : ranked) {
            assertThat(item.get("grid").get("level").asText()).isEqualTo("COMMUNITY");
        }
        var badLevel = http.get("/api/v1/stats/rankings/patrol?level=PROVINCE")
                .as(districtCommandCenter())
                .send();
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().get("errors").get(0).get("field").asText()).isEqualTo("level");
        var badGrid = http.get("/api/v1/stats/rankings/patrol/staff?grid=abc")
                .as(districtCommandCenter())
                .send();
        assertThat(badGrid.status()).isEqualTo(400);
        assertThat(badGrid.json().get("errors").get(0).get("field").asText()).isEqualTo("grid");
        var outside = http.get("/api/v1/stats/rankings/patrol/staff?grid=320599002")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(outside.status()).isEqualTo(403);
        var officer = http.get("/api/v1/stats/rankings/patrol/staff")
                .as(fireOfficer())
                .send();
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().get("rule").asText()).isEqualTo(PatrolStatistics.GRIDS_ONLY);
    }

    @Test
    void only_command_centers_over_their_subtree_read_them_and_bad_input_names_its_field() {
        var officer =
                http.get("/api/v1/stats/patrol-indicators").as(fireOfficer()).send();
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().get("rule").asText()).isEqualTo(PatrolStatistics.GRIDS_ONLY);
        var staff = http.get("/api/v1/stats/rankings/patrol").as(PATROLLER).send();
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.json().get("rule").asText()).isEqualTo("statistics-command-center-or-department");
        var outside = http.get("/api/v1/stats/patrol-indicators?grid=320599002")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("rule").asText()).isEqualTo("statistics-within-home-grid");
        var above = http.get("/api/v1/stats/rankings/patrol?parent=320599")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(above.status()).isEqualTo(403);

        var badDate = http.get("/api/v1/stats/patrol-indicators?from=November")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        var badGrid = http.get("/api/v1/stats/rankings/patrol?parent=320599009")
                .as(districtCommandCenter())
                .send();
        assertThat(badGrid.status()).isEqualTo(400);
        assertThat(badGrid.json().get("errors").get(0).get("field").asText()).isEqualTo("parent");
        var backwards = http.get("/api/v1/stats/patrol-indicators?from=2026-12-01&to=2026-11-01")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(backwards.status()).isEqualTo(400);
    }
}
