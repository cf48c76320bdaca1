package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.InspectionWorld;
import org.gridsafe.testkit.MediaSamples;
import org.gridsafe.testkit.SelfCheckSamples;
import org.gridsafe.testkit.SelfCheckWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photos on the checklist answers of inspections and self-inspections over a real socket on every store
 * (patrols: {@code PatrolsOverHttpTest}): an answer to a photo-required item without a photo is a 400
 * naming the item, an unknown hash a 400 naming the photo, a stored one is kept with the answer, and its
 * download goes only to whom may read the inspection or run (404 to anyone else and for a hash the
 * answers do not name).
 */
@OnEveryStore
class ChecklistPhotosOverHttpTest {

    /** One item that requires a photo (P01) and one that does not (the host's own template). */
    static final ChecklistCatalog PHOTO_CHECK = ChecklistCatalog.shipped()
            .plus(ChecklistCatalog.load(
                    "photo-check.tsv",
                    new StringReader("checklist\tPHOTO_CHECK\t1\t2026-01-01\t拍照检查\thost\tproject test\n"
                            + "section\tPHOTO_CHECK\t1\tA\t现场\n"
                            + "item\tPHOTO_CHECK\t1\tA\tP01\tPASS_FAIL_NA\tyes\t-\t-\tFIX_BY_DEADLINE\t-\t-\thost\t-"
                            + "\t配电箱前无堆放物，拍照留存\n"
                            + "item\tPHOTO_CHECK\t1\tA\tP02\tPASS_FAIL_NA\tno\t-\t-\tFIX_BY_DEADLINE\t-\t-\thost\t-"
                            + "\t安全出口畅通\n")));

    private static final Actor UNIT = SelfCheckSamples.enterpriseOf(SelfCheckSamples.UNIT);
    private static final Actor OTHER = SelfCheckSamples.enterpriseOf(SelfCheckWorld.OTHER_UNIT);
    private static final Actor OFFICER_1 = InspectionWorld.OFFICER_1;
    private static final Actor OFFICER_2 = InspectionWorld.OFFICER_2;

    final HttpFixture http;

    ChecklistPhotosOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store, PHOTO_CHECK);
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        for (Actor a : List.of(UNIT, OTHER, OFFICER_1, OFFICER_2)) {
            http.tokens.register(HttpFixture.token(a), a);
        }
        var entities = service(http.store.entityRegistry(), http.clock);
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(SelfCheckSamples.UNIT, SelfCheckWorld.unitWithPrincipal(), "首次登记"));
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        SelfCheckWorld.OTHER_UNIT, unit("金桥机械厂", code(2), POINT_IN_JINQIAO_MICRO_1), "首次登记"));
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("E-1"), unit("金桥纺织厂", code(3), POINT_IN_JINQIAO_MICRO_1), "首次登记"));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String upload(Actor as, byte[] photo) {
        var res = http.post("/api/v1/media")
                .as(as)
                .bytes(
                        MediaOverHttpTest.multipart(List.of(photo), "image/jpeg"),
                        "multipart/form-data; boundary=" + MediaOverHttpTest.BOUNDARY)
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        return res.json().get("media").get(0).get("hash").asText();
    }

    private static List<Map<String, Object>> answers(List<String> photos) {
        Map<String, Object> p01 = new HashMap<>();
        p01.put("item", "P01");
        p01.put("verdict", "PASS");
        if (photos != null) {
            p01.put("photos", photos);
        }
        return List.of(p01, Map.of("item", "P02", "verdict", "PASS"));
    }

    private static final String NEVER_UPLOADED = "ab".repeat(32);

    @Test
    void aSelfInspectionCarriesItsPhotosAndServesThemToWhomMayReadTheRun() {
        var plan = http.post("/api/v1/self-check/plans")
                .as(UNIT)
                .json(Map.of(
                        "id", "PU-1-PHOTO",
                        "entity", SelfCheckSamples.UNIT.value(),
                        "kind", "DAILY",
                        "checklist", "PHOTO_CHECK@1",
                        "title", "每日拍照自查",
                        "expectedVersion", 0))
                .send();
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);

        var missing = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(Map.of("id", "R-1", "plan", "PU-1-PHOTO", "answers", answers(null)))
                .send();
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("answers[0].photos");
        assertThat(missing.json().get("errors").get(0).get("message").asText()).contains("P01", "requires a photo");

        var unknown = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(Map.of("id", "R-1", "plan", "PU-1-PHOTO", "answers", answers(List.of(NEVER_UPLOADED))))
                .send();
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("answers[0].photos[0]");
        assertThat(unknown.body()).contains("P01", "upload it first");
        assertThat(http.get("/api/v1/self-check/runs/R-1").as(UNIT).send().status())
                .isEqualTo(404);

        byte[] bytes = MediaSamples.jpeg(31);
        String photo = upload(UNIT, bytes);
        var run = http.post("/api/v1/self-check/runs")
                .as(UNIT)
                .json(Map.of("id", "R-1", "plan", "PU-1-PHOTO", "answers", answers(List.of(photo))))
                .send();
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        assertThat(run.json().get("answers").get(0).get("photos").get(0).asText())
                .isEqualTo(photo);

        var download =
                http.get("/api/v1/self-check/runs/R-1/media/" + photo).as(UNIT).send();
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("image/jpeg");
        assertThat(download.header("Cache-Control")).isEqualTo("private, max-age=86400");
        assertThat(download.header("ETag")).isEqualTo("\"" + photo + "\"");
        assertThat(http.get("/api/v1/self-check/runs/R-1/media/" + photo)
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/self-check/runs/R-1/media/" + photo)
                        .as(OTHER)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/self-check/runs/R-1/media/" + photo)
                        .as(shihuCommandCenter())
                        .send()
                        .status())
                .isEqualTo(404);
        String unrelated = upload(UNIT, MediaSamples.jpeg(32));
        assertThat(http.get("/api/v1/self-check/runs/R-1/media/" + unrelated)
                        .as(UNIT)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/self-check/runs/R-1/media/not-a-hash")
                        .as(UNIT)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    private void credential(String number, Actor holder) {
        var res = http.post("/api/v1/enforcement-credentials")
                .as(districtCommandCenter())
                .json(Map.of(
                        "number",
                        number,
                        "issuingBody",
                        "江苏省人民政府",
                        "holderId",
                        holder.id(),
                        "holderName",
                        holder.displayName(),
                        "validFrom",
                        "2024-01-01",
                        "validUntil",
                        "2030-12-31"))
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
    }

    @Test
    void anInspectionCarriesItsPhotosAndServesThemToWhomMayReadIt() {
        credential("ZF-001", OFFICER_1);
        credential("ZF-002", OFFICER_2);
        var opened = http.post("/api/v1/inspections")
                .as(OFFICER_1)
                .json(Map.of(
                        "id", "I-1",
                        "entity", "E-1",
                        "origin", "PLAN",
                        "basis", "2026 年度监督检查计划第 3 项",
                        "day", "2026-11-10",
                        "inspectors",
                                List.of(
                                        Map.of("personId", OFFICER_1.id(), "credentialNumber", "ZF-001"),
                                        Map.of("personId", OFFICER_2.id(), "credentialNumber", "ZF-002")),
                        "checklist", "PHOTO_CHECK@1"))
                .send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        var missing = http.post("/api/v1/inspections/I-1/checklist")
                .as(OFFICER_2)
                .json(Map.of("answers", answers(null)))
                .send();
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("answers[0].photos");
        assertThat(missing.json().get("errors").get(0).get("message").asText()).contains("P01");
        var unknown = http.post("/api/v1/inspections/I-1/checklist")
                .as(OFFICER_2)
                .json(Map.of("answers", answers(List.of(NEVER_UPLOADED))))
                .send();
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("answers[0].photos[0]");
        assertThat(http.get("/api/v1/inspections/I-1")
                        .as(OFFICER_1)
                        .send()
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("OPEN");

        String photo = upload(OFFICER_2, MediaSamples.jpeg(41));
        var checked = http.post("/api/v1/inspections/I-1/checklist")
                .as(OFFICER_2)
                .json(Map.of("answers", answers(List.of(photo))))
                .send();
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().get("state").asText()).isEqualTo("CHECKED");

        var download =
                http.get("/api/v1/inspections/I-1/media/" + photo).as(OFFICER_1).send();
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/api/v1/inspections/I-1/media/" + photo)
                        .as(jinqiaoGridManager())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/inspections/I-1/media/" + photo)
                        .as(enterprise())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/inspections/I-1/media/" + NEVER_UPLOADED)
                        .as(OFFICER_1)
                        .send()
                        .status())
                .isEqualTo(404);
    }
}
