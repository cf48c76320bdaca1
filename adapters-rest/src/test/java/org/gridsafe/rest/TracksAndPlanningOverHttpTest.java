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
import org.gridsafe.SupervisedEntities;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Planning proposals and patrol tracks over a real socket on every store: a proposal with its shortfall
 * (and a capacity outside the subtree a 400 naming it, another street's center a 403), a track upload
 * retried without storing twice, reads by command centers only, bad points refused by field, and the
 * purge run keeping the days.
 */
@OnEveryStore
class TracksAndPlanningOverHttpTest {

    final HttpFixture http;

    TracksAndPlanningOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        http.tokens.register(HttpFixture.token(PATROLLER), PATROLLER);
        SupervisedEntities entities = service(http.store.entityRegistry(), http.clock);
        for (int i = 1; i <= 3; i++) {
            entities.execute(
                    jinqiaoCommandCenter(),
                    new EntityCommand.Register(
                            EntityId.of("PL-" + i),
                            shop("小商店" + i, POINT_IN_JINQIAO_MICRO_1, Optional.empty()),
                            "首次登记"));
        }
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
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void aProposalReportsTheShortfallPerGrid() {
        var res = http.post("/api/v1/patrol-proposals")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "grid",
                        JINQIAO_STREET.value(),
                        "period",
                        "QUARTERLY",
                        "day",
                        "2026-11-10",
                        "capacity",
                        List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "visits", 7))))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().get("period").asText()).isEqualTo("2026-Q4");
        assertThat(res.json().get("shortVisits").asInt()).isEqualTo(2);
        var grid = res.json().get("grids").get(0);
        assertThat(grid.get("shortVisits").asInt()).isEqualTo(2);
        assertThat(grid.get("shortStaffDays").asInt()).isEqualTo(1);
        assertThat(res.json().get("visits")).hasSize(3);

        var staffDays = http.post("/api/v1/patrol-proposals")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "grid",
                        JINQIAO_STREET.value(),
                        "period",
                        "QUARTERLY",
                        "day",
                        "2026-11-10",
                        "capacity",
                        List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "staffDays", 2))))
                .send();
        assertThat(staffDays.json().get("grids").get(0).get("capacity").asInt()).isEqualTo(16);
        assertThat(staffDays.json().get("shortVisits").asInt()).isZero();

        var outside = http.post("/api/v1/patrol-proposals")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "grid",
                        JINQIAO_STREET.value(),
                        "period",
                        "QUARTERLY",
                        "day",
                        "2026-11-10",
                        "capacity",
                        List.of(Map.of("grid", SHIHU_MICRO_1.value(), "visits", 7))))
                .send();
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("capacity." + SHIHU_MICRO_1.value());

        var other = http.post("/api/v1/patrol-proposals")
                .as(shihuCommandCenter())
                .json(Map.of(
                        "grid",
                        JINQIAO_STREET.value(),
                        "period",
                        "QUARTERLY",
                        "day",
                        "2026-11-10",
                        "capacity",
                        List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "visits", 7))))
                .send();
        assertThat(other.status()).isEqualTo(403);
    }

    private static List<Map<String, Object>> walk(int n) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(Map.of(
                    "time",
                    String.format("2026-11-10T09:%02d:00+08:00", i),
                    "lon",
                    120.003,
                    "lat",
                    31.395 + i * 0.0005,
                    "accuracyMeters",
                    8));
        }
        return points;
    }

    @Test
    void aTrackIsUploadedOnceAndReadByCommandCentersOnly() {
        var first = http.post("/api/v1/patrol-tracks/points")
                .as(PATROLLER)
                .json(Map.of("points", walk(11)))
                .send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("stored").asInt()).isEqualTo(11);
        var retry = http.post("/api/v1/patrol-tracks/points")
                .as(PATROLLER)
                .json(Map.of("points", walk(11)))
                .send();
        assertThat(retry.json().get("stored").asInt()).isZero();
        assertThat(retry.json().get("days").get(0).get("onlineSeconds").asInt()).isEqualTo(600);

        var days = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/days?from=2026-11-01&to=2026-11-30")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(days.status()).as(days.toString()).isEqualTo(200);
        assertThat(days.json().get("items")).hasSize(1);
        assertThat(days.json().get("items").get(0).get("meters").asDouble()).isBetween(550.0, 562.0);
        var points = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/points?day=2026-11-10")
                .as(districtCommandCenter())
                .send();
        assertThat(points.json().get("items")).hasSize(11);

        for (var actor : List.of(PATROLLER, shihuCommandCenter(), citizen(), fireOfficer())) {
            var refused = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/days?from=2026-11-01&to=2026-11-30")
                    .as(actor)
                    .send();
            assertThat(refused.status()).as("%s", actor).isEqualTo(403);
        }
        var byCenter = http.post("/api/v1/patrol-tracks/points")
                .as(jinqiaoCommandCenter())
                .json(Map.of("points", walk(2)))
                .send();
        assertThat(byCenter.status()).isEqualTo(403);
    }

    @Test
    void badPointsAreRefusedByFieldAndNothingIsStored() {
        List<Map<String, Object>> points = new ArrayList<>(walk(2));
        points.add(Map.of("time", "2026-11-10T09:05:00+08:00", "lon", 200.0, "lat", 31.0, "accuracyMeters", 5));
        points.add(Map.of("time", "2026-11-11T09:05:00+08:00", "lon", 120.0, "lat", 31.0, "accuracyMeters", 5));
        var res = http.post("/api/v1/patrol-tracks/points")
                .as(PATROLLER)
                .json(Map.of("points", points))
                .send();
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body()).contains("points[2]");
        var future = http.post("/api/v1/patrol-tracks/points")
                .as(PATROLLER)
                .json(Map.of("points", List.of(points.get(0), points.get(3))))
                .send();
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("points[1].time");
        var none = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/points?day=2026-11-10")
                .as(districtCommandCenter())
                .send();
        assertThat(none.json().get("items")).isEmpty();
    }

    @Test
    void thePurgeRunDeletesOldPointsAndKeepsTheDays() {
        http.post("/api/v1/patrol-tracks/points")
                .as(PATROLLER)
                .json(Map.of("points", walk(11)))
                .send();
        http.setTime(LocalDateTime.of(2027, 6, 1, 10, 0));
        var street = http.post("/api/v1/patrol-runs/track-purge")
                .as(jinqiaoCommandCenter())
                .json(Map.of())
                .send();
        assertThat(street.status()).isEqualTo(403);
        var run = http.post("/api/v1/patrol-runs/track-purge")
                .as(districtCommandCenter())
                .json(Map.of())
                .send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("purgedPoints").asInt()).isEqualTo(11);
        assertThat(run.json().get("retentionDays").asInt()).isEqualTo(180);
        var points = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/points?day=2026-11-10")
                .as(districtCommandCenter())
                .send();
        assertThat(points.json().get("items")).isEmpty();
        var days = http.get("/api/v1/patrol-tracks/" + PATROLLER.id() + "/days?from=2026-11-10&to=2026-11-10")
                .as(districtCommandCenter())
                .send();
        assertThat(days.json().get("items").get(0).get("onlineSeconds").asInt()).isEqualTo(600);
    }
}
