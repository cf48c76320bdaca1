package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.gridsafe.media.MediaHash;
import org.gridsafe.testkit.MediaSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence files over HTTP on every store: multipart upload with its limits (type from the bytes,
 * size, count), references in a report and a rectification, the case's file list and downloads
 * by case access.
 */
@OnEveryStore
class MediaOverHttpTest {

    static final String BOUNDARY = "----gridsafe-test-7f3a";

    final HttpFixture http;

    MediaOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    /** One part per file, named file, with a misleading file name and Content-Type where the test wants one. */
    static byte[] multipart(List<byte[]> files, String partContentType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < files.size(); i++) {
            String head = "--" + BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"photo-" + i + ".jpg\"\r\n"
                    + "Content-Type: " + partContentType + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(files.get(i));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private HttpFixture.Res upload(Actor actor, List<byte[]> files) {
        return http.post("/api/v1/media")
                .as(actor)
                .bytes(multipart(files, "image/jpeg"), "multipart/form-data; boundary=" + BOUNDARY)
                .send();
    }

    private String uploadOne(Actor actor, byte[] file) {
        var res = upload(actor, List.of(file));
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        return res.json().get("media").get(0).get("hash").asText();
    }

    private HttpResponse<byte[]> download(Actor actor, String path) throws Exception {
        return http.client.send(
                HttpRequest.newBuilder(URI.create(http.base + path))
                        .header("Authorization", "Bearer " + HttpFixture.token(actor))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private boolean stored(byte[] file) {
        return http.gridSafe.mediaStore().find(MediaHash.of(file)).isPresent();
    }

    @Test
    void anUploadAnswersEachFilesHashTypeAndSizeAndTheSameBytesAreTheSameFile() {
        byte[] jpeg = MediaSamples.jpeg(1);
        byte[] png = MediaSamples.png(1);
        var res = upload(jinqiaoGridManager(), List.of(jpeg, png));

        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        var media = res.json().get("media");
        assertThat(media.get(0).get("hash").asText())
                .isEqualTo(MediaHash.of(jpeg).value());
        assertThat(media.get(0).get("type").asText()).isEqualTo("image/jpeg");
        assertThat(media.get(0).get("size").asLong()).isEqualTo(jpeg.length);
        // The part said image/jpeg and photo-1.jpg; the bytes say PNG, and the bytes win.
        assertThat(media.get(1).get("type").asText()).isEqualTo("image/png");

        var again = upload(citizen(), List.of(jpeg));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("media").get(0).get("hash").asText())
                .isEqualTo(MediaHash.of(jpeg).value());
    }

    @Test
    void aFileWhoseContentIsNotAnAcceptedTypeIsRefusedAndNothingOfTheUploadIsStored() {
        byte[] good = MediaSamples.jpeg(2);
        byte[] exe = MediaSamples.executable(2);
        byte[] video = MediaSamples.mp4(2);
        var res = upload(jinqiaoGridManager(), List.of(good, exe, video));

        assertThat(res.status()).as(res.toString()).isEqualTo(415);
        assertThat(res.json().get("type").asText()).endsWith("/unsupported-media-type");
        assertThat(res.json().get("errors").findValuesAsText("field")).containsExactly("file[1]", "file[2]");
        assertThat(res.body()).contains("not from the name").contains("video/mp4");
        assertThat(stored(good)).isFalse();
    }

    @Test
    void aFileLargerThanTheStoresLimitIsRefusedWith413NamingIt() {
        long max = http.gridSafe.mediaStore().limits().maxBytes();
        byte[] small = MediaSamples.jpeg(3);
        byte[] huge = MediaSamples.jpeg((int) max + 1, 3);
        var res = upload(jinqiaoGridManager(), List.of(small, huge));

        assertThat(res.status()).as(res.toString()).isEqualTo(413);
        assertThat(res.json().get("errors").get(0).get("field").asText()).isEqualTo("file[1]");
        assertThat(res.body()).contains("larger than " + max + " bytes");
        assertThat(stored(small)).isFalse();

        byte[] exactly = MediaSamples.jpeg((int) max, 4);
        assertThat(upload(jinqiaoGridManager(), List.of(exactly)).status()).isEqualTo(201);
    }

    @Test
    void moreFilesThanOneUploadMayCarryAreRefusedBeforeAnyIsStored() {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i <= GridSafeHttpApi.DEFAULT_MAX_FILES_PER_UPLOAD; i++) {
            files.add(MediaSamples.jpeg(100 + i));
        }
        var res = upload(jinqiaoGridManager(), files);

        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(res.body()).contains("at most " + GridSafeHttpApi.DEFAULT_MAX_FILES_PER_UPLOAD);
        assertThat(files).noneMatch(this::stored);
    }

    @Test
    void anUploadMustBeMultipartWithFilePartsAndAnAuthenticatedActor() {
        var json =
                http.post("/api/v1/media").as(jinqiaoGridManager()).json("{}").send();
        assertThat(json.status()).isEqualTo(415);

        var noFile = http.post("/api/v1/media")
                .as(jinqiaoGridManager())
                .bytes(
                        ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII),
                        "multipart/form-data; boundary=" + BOUNDARY)
                .send();
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);

        var truncated = http.post("/api/v1/media")
                .as(jinqiaoGridManager())
                .bytes(
                        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                                .getBytes(StandardCharsets.US_ASCII),
                        "multipart/form-data; boundary=" + BOUNDARY)
                .send();
        assertThat(truncated.status()).as(truncated.toString()).isEqualTo(400);
        assertThat(truncated.json().get("type").asText()).endsWith("/malformed-multipart");

        var anonymous = http.post("/api/v1/media")
                .bytes(
                        multipart(List.of(MediaSamples.jpeg(5)), "image/jpeg"),
                        "multipart/form-data; boundary=" + BOUNDARY)
                .send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(stored(MediaSamples.jpeg(5))).isFalse();
    }

    @Test
    void photosBeforeAndAfterAreReferencedByHashListedAndDownloadedByWhoMayReadTheCase() throws Exception {
        byte[] before = MediaSamples.jpeg(6);
        byte[] after = MediaSamples.heic(6);
        String beforeHash = uploadOne(citizen(), before);
        String afterHash = uploadOne(fireOfficer(), after);

        var reported = http.post("/api/v1/cases")
                .as(citizen())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "楼道堆放电动车",
                        "media", List.of(beforeHash)))
                .send();
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        for (var step : List.of("register", "dispatch")) {
            long version = step.equals("register") ? 1 : 2;
            var res = http.post("/api/v1/cases/" + id + "/" + step)
                    .as(jinqiaoCommandCenter())
                    .ifMatch(version)
                    .json(Map.of())
                    .send();
            assertThat(res.status()).as(res.toString()).isEqualTo(200);
        }
        var rectified = http.post("/api/v1/cases/" + id + "/rectification")
                .as(fireOfficer())
                .ifMatch(3)
                .json(Map.of("evidence", "电动车已清走", "media", List.of(afterHash)))
                .send();
        assertThat(rectified.status()).as(rectified.toString()).isEqualTo(200);
        String siteHash = uploadOne(jinqiaoGridManager(), MediaSamples.png(6));
        var verified = http.post("/api/v1/cases/" + id + "/verification")
                .as(jinqiaoGridManager())
                .ifMatch(4)
                .json(Map.of("passed", true, "remarks", "现场核查通过", "media", List.of(siteHash)))
                .send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        // The log carries the references, and its chain (which covers them) verifies.
        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
        var reportedMedia =
                history.json().get("events").get(0).get("data").get("media").get(0);
        assertThat(reportedMedia.get("hash").asText()).isEqualTo(beforeHash);
        assertThat(reportedMedia.get("type").asText()).isEqualTo("image/jpeg");
        assertThat(reportedMedia.get("size").asLong()).isEqualTo(before.length);

        var list = http.get("/api/v1/cases/" + id + "/media")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsText("eventType"))
                .containsExactly("case.reported", "case.rectification-submitted", "case.verification-passed");

        var photo = download(fireOfficer(), "/api/v1/cases/" + id + "/media/" + afterHash);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.body()).isEqualTo(after);
        assertThat(photo.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/heic"));
        assertThat(photo.headers().firstValue("ETag")).contains("\"" + afterHash + "\"");
        assertThat(photo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // The citizen sees the photo of their own report, not the department's evidence.
        var citizensList =
                http.get("/api/v1/cases/" + id + "/media").as(citizen()).send();
        assertThat(citizensList.json().get("items").findValuesAsText("hash")).containsExactly(beforeHash);
        assertThat(download(citizen(), "/api/v1/cases/" + id + "/media/" + beforeHash)
                        .body())
                .isEqualTo(before);
        assertThat(download(citizen(), "/api/v1/cases/" + id + "/media/" + afterHash)
                        .statusCode())
                .isEqualTo(404);

        // No access: another citizen, grid staff of another street.
        assertThat(http.get("/api/v1/cases/" + id + "/media")
                        .as(otherCitizen())
                        .send()
                        .status())
                .isEqualTo(403);
        var foreign = download(shihuGridManager(), "/api/v1/cases/" + id + "/media/" + beforeHash);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).contains("access-denied");

        // Unknown and malformed hashes.
        String unknown = MediaHash.of(MediaSamples.pdf(6)).value();
        assertThat(download(jinqiaoCommandCenter(), "/api/v1/cases/" + id + "/media/" + unknown)
                        .statusCode())
                .isEqualTo(404);
        assertThat(download(jinqiaoCommandCenter(), "/api/v1/cases/" + id + "/media/not-a-hash")
                        .statusCode())
                .isEqualTo(400);
        assertThat(download(jinqiaoCommandCenter(), "/api/v1/cases/YH20260330-999999/media/" + beforeHash)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCommandNamingAFileThatWasNeverUploadedIsRefusedWithTheField() {
        String unknown = MediaHash.of(MediaSamples.jpeg(7)).value();
        var res = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "location", Map.of("lon", 120.02, "lat", 31.02),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "消防通道堆放杂物",
                        "media", List.of(unknown, "xyz")))
                .send();

        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(res.json().get("errors").findValuesAsText("field")).containsExactly("media[0]", "media[1]");
        assertThat(res.body()).contains("upload it first");
        assertThat(http.store.size()).isZero();
    }
}
