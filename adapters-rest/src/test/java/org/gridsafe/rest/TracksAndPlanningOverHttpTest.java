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

    private static Map<String, Object> quarter(int visits) {
        return Map.of(
                "grid",
                JINQIAO_STREET.value(),
                "period",
                "QUARTERLY",
                "day",
                "2026-11-10",
                "capacity",
                List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "visits", visits)));
    }

    @Test
    void anAcceptedProposalSchedulesItsVisitsOnceAndKeepsItsInputs() {
        var proposed = http.post("/api/v1/patrol-proposals")
                .as(jinqiaoCommandCenter())
                .json(quarter(7))
                .send();
        String fingerprint = proposed.json().get("fingerprint").asText();
        assertThat(fingerprint).hasSize(64);
        Map<String, Object> body = new java.util.HashMap<>(quarter(7));
        body.put("fingerprint", fingerprint);

        var accepted = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .header("Idempotency-Key", "accept-1")
                .json(body)
                .send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String id = JINQIAO_STREET.value() + "-2026-Q4";
        assertThat(accepted.json().get("id").asText()).isEqualTo(id);
        assertThat(accepted.json().get("acceptedBy").asText())
                .isEqualTo(jinqiaoCommandCenter().id());
        assertThat(accepted.json().get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(accepted.json().get("created")).hasSize(7);
        assertThat(accepted.json().get("capacity").get(0).get("visits").asInt()).isEqualTo(7);
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/patrol-acceptances/" + id);
        String occurrence = accepted.json().get("created").get(0).asText();
        var patrol = http.get("/api/v1/patrols/" + occurrence).as(PATROLLER).send();
        assertThat(patrol.status()).as(patrol.toString()).isEqualTo(200);
        assertThat(patrol.body()).contains("proposal-" + id);

        // a terminal's retry with the same key gets the same answer; without a key, nothing is made twice
        var replay = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .header("Idempotency-Key", "accept-1")
                .json(body)
                .send();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(accepted.body());
        var again = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .json(body)
                .send();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created")).isEmpty();
        assertThat(again.json().get("existing")).hasSize(7);
        var all = http.get("/api/v1/patrols?plan=proposal-" + id)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(all.json().get("items")).hasSize(7);

        var read = http.get("/api/v1/patrol-acceptances/" + id)
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("occurrences")).hasSize(7);
        assertThat(read.json().get("acceptedAt").asText())
                .isEqualTo(accepted.json().get("acceptedAt").asText());

        var other = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .json(quarter(9))
                .send();
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("other inputs");
        var stale = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "grid",
                        JINQIAO_STREET.value(),
                        "period",
                        "MONTHLY",
                        "day",
                        "2026-12-01",
                        "capacity",
                        List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "visits", 7)),
                        "fingerprint",
                        fingerprint))
                .send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("stale-version", "propose again");
        var foreign = http.post("/api/v1/patrol-proposals/acceptance")
                .as(shihuCommandCenter())
                .json(quarter(7))
                .send();
        assertThat(foreign.status()).isEqualTo(403);
        var staff = http.post("/api/v1/patrol-proposals/acceptance")
                .as(PATROLLER)
                .json(quarter(7))
                .send();
        assertThat(staff.status()).isEqualTo(403);
        var badChecklist = http.post("/api/v1/patrol-proposals/acceptance")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "grid", JINQIAO_STREET.value(),
                        "period", "MONTHLY",
                        "day", "2026-12-01",
                        "capacity", List.of(Map.of("grid", JINQIAO_MICRO_1.value(), "visits", 7)),
                        "checklist", "NOPE@1"))
                .send();
        assertThat(badChecklist.status()).isEqualTo(400);
        assertThat(badChecklist.body()).contains("checklist");
        assertThat(http.get("/api/v1/patrol-acceptances/" + JINQIAO_STREET.value() + "-2026-12")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(404);
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
