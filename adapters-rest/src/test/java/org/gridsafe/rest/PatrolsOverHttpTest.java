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
 * Patrols over HTTP on every store: a plan, a run, a check-in far from the premises (flagged), an answer
 * for an item not in the template (400, nothing written), a submission whose failed item becomes a
 * GRID_PATROL case (with the uploaded photo as its media, an unknown photo a 400 naming the answer) and
 * that a terminal's retry with the same Idempotency-Key, or without one, does not repeat, the
 * wrong staff member refused, and the missed run.
 */
@OnEveryStore
class PatrolsOverHttpTest {

    private static final String OCCURRENCE = "NINE-SMALL-M:2026-11:PL-1";
    private static final String BASE = "/api/v1/patrols/" + OCCURRENCE;

    final HttpFixture http;

    PatrolsOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
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
        assertThat(run.json().get("created").get(0).asText()).isEqualTo(OCCURRENCE);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpFixture.Res checkIn(org.gridsafe.access.Actor actor, double lon) {
        return http.post(BASE + "/check-in")
                .as(actor)
                .json(Map.of(
                        "at",
                        "2026-11-10T10:00:00+08:00",
                        "method",
                        "GPS",
                        "location",
                        Map.of("lon", lon, "lat", 31.02),
                        "accuracyMeters",
                        8.5))
                .send();
    }

    /** The hash {@code POST /api/v1/media} answers for a photo the patroller uploads. */
    private String upload(byte[] photo) {
        var res = http.post("/api/v1/media")
                .as(PATROLLER)
                .bytes(
                        MediaOverHttpTest.multipart(List.of(photo), "image/jpeg"),
                        "multipart/form-data; boundary=" + MediaOverHttpTest.BOUNDARY)
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        return res.json().get("media").get(0).get("hash").asText();
    }

    private static List<Map<String, Object>> answers(String failed, String extra) {
        return answers(failed, extra, "ab".repeat(32));
    }

    private static List<Map<String, Object>> answers(String failed, String extra, String photo) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String item : TEN_ITEMS) {
            list.add(
                    item.equals(failed)
                            ? Map.of("item", item, "verdict", "FAIL", "photos", List.of(photo), "note", "通道堆放纸箱")
                            : Map.of("item", item, "verdict", "PASS"));
        }
        if (extra != null) {
            list.add(Map.of("item", extra, "verdict", "PASS"));
        }
        return list;
    }

    @Test
    void a_patrol_runs_from_plan_to_a_grid_patrol_case_and_a_retry_does_not_repeat_it() {
        assertThat(http.get("/api/v1/checklists").as(PATROLLER).send().json().get("items"))
                .hasSize(5);
        assertThat(http.get("/api/v1/checklists/NINE_SMALL_FIRE_TEN_POINT@1")
                        .as(PATROLLER)
                        .send()
                        .status())
                .isEqualTo(200);
        var mine = http.get("/api/v1/patrols?state=SCHEDULED").as(PATROLLER).send();
        assertThat(mine.json().get("items")).hasSize(1);

        var other = checkIn(jinqiaoGridManager(), 120.02);
        assertThat(other.status()).as(other.toString()).isEqualTo(403);

        var far = checkIn(PATROLLER, 120.04);
        assertThat(far.status()).as(far.toString()).isEqualTo(200);
        assertThat(far.json().get("checkIn").get("flags").get(0).asText()).isEqualTo("FAR_FROM_PREMISES");
        assertThat(far.json().get("state").asText()).isEqualTo("CHECKED_IN");

        int casesBefore = http.store.size();
        String photo = upload(org.gridsafe.testkit.MediaSamples.jpeg(21));
        var bad = http.post(BASE + "/submission")
                .as(PATROLLER)
                .json(Map.of(
                        "answers", answers("T07", "X99", photo),
                        "findings",
                                List.of(Map.of("item", "T07", "domain", "FIRE", "hazard", "2102", "grade", "GENERAL"))))
                .send();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("answers[10].item");
        assertThat(http.store.size()).isEqualTo(casesBefore);

        // A photo that was never uploaded: refused, naming the answer and its item.
        var unknownPhoto = http.post(BASE + "/submission")
                .as(PATROLLER)
                .json(Map.of(
                        "answers", answers("T07", null),
                        "findings",
                                List.of(Map.of("item", "T07", "domain", "FIRE", "hazard", "2102", "grade", "GENERAL"))))
                .send();
        assertThat(unknownPhoto.status()).as(unknownPhoto.toString()).isEqualTo(400);
        assertThat(unknownPhoto.json().get("errors").get(0).get("field").asText())
                .isEqualTo("answers[6].photos[0]");
        assertThat(unknownPhoto.json().get("errors").get(0).get("message").asText())
                .contains("item T07")
                .contains("upload it first");
        assertThat(http.store.size()).isEqualTo(casesBefore);

        Map<String, Object> submission = Map.of(
                "answers", answers("T07", null, photo),
                "advice", List.of(Map.of("kind", "PERSUASION", "text", "劝导店主清理通道")),
                "findings", List.of(Map.of("item", "T07", "domain", "FIRE", "hazard", "2102", "grade", "GENERAL")));
        var done = http.post(BASE + "/submission")
                .as(PATROLLER)
                .header("Idempotency-Key", "pda-1")
                .json(submission)
                .send();
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("state").asText()).isEqualTo("DONE");
        String caseId = done.json().get("findings").get(0).get("case").asText();
        var retry = http.post(BASE + "/submission")
                .as(PATROLLER)
                .header("Idempotency-Key", "pda-1")
                .json(submission)
                .send();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(http.store.size()).isEqualTo(casesBefore + 1);

        var theCase =
                http.get("/api/v1/cases/" + caseId).as(jinqiaoCommandCenter()).send();
        assertThat(theCase.json().get("source").asText()).isEqualTo("GRID_PATROL");
        assertThat(theCase.json().get("description").asText()).contains("检查项 T07");
        assertThat(theCase.json().get("origin").get("occurrence").asText()).isEqualTo(OCCURRENCE);
        assertThat(theCase.json().get("origin").get("item").asText()).isEqualTo("T07");
        assertThat(theCase.json().get("origin").get("occurrenceLink").asText()).isEqualTo(BASE);
        var media = http.get("/api/v1/cases/" + caseId + "/media")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(media.status()).as(media.toString()).isEqualTo(200);
        assertThat(media.json().toString()).contains(photo);

        // The same submission again without the key (the terminal lost it): the same case, no second.
        var again =
                http.post(BASE + "/submission").as(PATROLLER).json(submission).send();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("findings").get(0).get("case").asText()).isEqualTo(caseId);
        assertThat(http.store.size()).isEqualTo(casesBefore + 1);
        var cases = http.get(BASE + "/cases").as(jinqiaoCommandCenter()).send();
        assertThat(cases.status()).as(cases.toString()).isEqualTo(200);
        assertThat(cases.json().get("items")).hasSize(1);
        assertThat(cases.json().get("items").get(0).get("id").asText()).isEqualTo(caseId);
        // A different submission for the done occurrence is still a wrong state.
        var changed = http.post(BASE + "/submission")
                .as(PATROLLER)
                .json(Map.of("answers", answers(null, null), "findings", List.of()))
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(http.get(BASE + "/history")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .json()
                        .get("items"))
                .hasSize(4);
    }

    @Test
    void a_skip_needs_a_reason_and_the_missed_run_records_what_is_left() {
        var noReason = http.post(BASE + "/skip")
                .as(PATROLLER)
                .json(Map.of("reason", " "))
                .send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(http.post("/api/v1/patrol-runs/missed")
                        .as(PATROLLER)
                        .json(Map.of())
                        .send()
                        .json()
                        .get("marked")
                        .asInt())
                .isZero();
        http.setTime(LocalDateTime.of(2026, 12, 1, 0, 5));
        var run = http.post("/api/v1/patrol-runs/missed")
                .as(org.gridsafe.access.Actor.SYSTEM)
                .json(Map.of())
                .send();
        assertThat(run.json().get("marked").asInt()).isEqualTo(1);
        assertThat(http.get(BASE).as(PATROLLER).send().json().get("state").asText())
                .isEqualTo("MISSED");
        assertThat(http.get("/api/v1/patrols/nope").as(PATROLLER).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/patrol-plans").as(PATROLLER).send().json().get("items"))
                .hasSize(1);
    }
}
