package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gridsafe.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Import jobs live in the serving process's memory: after a restart (a new API over the same
 * store) the job of an import the earlier start ran answers 404 with a problem that says its status
 * was lost and its data was not, and the import's change is in the directory's history.
 */
@OnEveryStore
class ImportJobAfterRestartOverHttpTest {

    private final HttpFixture http;
    private final Actor admin = districtAdministrator();
    private GridSafeHttpApi restarted;

    ImportJobAfterRestartOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void close() {
        if (restarted != null) {
            restarted.stop();
        }
        http.close();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** GET {@code path} on the server at {@code base} as {@code actor}; its status and JSON body. */
    private Map.Entry<Integer, JsonNode> get(String base, String path, Actor actor, String accept) {
        // a JSON answer (problems included) in both cases here
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + HttpFixture.token(actor))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<byte[]> res = http.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = accept.equals("application/zip") ? null : JSON.readTree(res.body());
            return Map.entry(res.statusCode(), body == null ? JSON.createObjectNode() : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, byte[]> exportedCsv() {
        return exportedFrom(http.base);
    }

    private Map<String, byte[]> exportedFrom(String base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/district/export?format=csv"))
                .header("Authorization", "Bearer " + HttpFixture.token(admin))
                .timeout(Duration.ofSeconds(20))
                .build();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            HttpResponse<byte[]> res = http.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).isEqualTo(200);
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(res.body()))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static byte[] multipart(Map<String, byte[]> files, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--b7\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                                + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (var f : files.entrySet()) {
                out.write(("--b7\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(f.getValue());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write("--b7--\r\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JsonNode awaitJob(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            HttpFixture.Res res = http.get(location).as(admin).send();
            assertThat(res.status()).as(res.toString()).isEqualTo(200);
            String phase = res.json().get("phase").asText();
            if (phase.equals("DONE") || phase.equals("REFUSED") || phase.equals("FAILED")) {
                return res.json();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not finish in 30 s");
    }

    @Test
    void afterARestartAnEarlierJobIs404SayingItsStatusWasLostAndItsDataWasNot() throws Exception {
        Map<String, byte[]> files = exportedCsv();
        String staff = new String(files.get("staff.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(staff.lines().toList());
        lines.remove(lines.size() - 1);
        files.put("staff.csv", (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        HttpFixture.Res started = http.post("/api/v1/district/imports")
                .as(admin)
                .bytes(
                        multipart(files, Map.of("reason", "重启前的导入", "effectiveFrom", "2026-04-01", "dryRun", "false")),
                        "multipart/form-data; boundary=b7")
                .send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        JsonNode done = awaitJob(location);
        assertThat(done.get("phase").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("report").get("applied").asBoolean()).isTrue();

        // the restart: a new API over the same store (the same GridSafe, tokens and directory)
        http.api.stop();
        restarted = GridSafeHttpApi.builder(http.gridSafe)
                .tokens(http.tokens)
                .idempotencyKeys(http.store.idempotencyKeys())
                .clock(http.clock)
                .administration(http.store.writableDirectory())
                .build()
                .start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + restarted.port();

        Map.Entry<Integer, JsonNode> lost = get(base, location, admin, "application/json");
        assertThat(lost.getKey()).as(lost.getValue().toString()).isEqualTo(404);
        String detail = lost.getValue().get("detail").asText();
        assertThat(detail)
                .contains(location.substring(location.lastIndexOf('/') + 1))
                .contains("since this server started")
                .contains("a restart loses a job's status, never its data")
                .contains("/api/v1/directory/changes");

        // the data was kept: the import is the latest recorded change
        Map.Entry<Integer, JsonNode> changes =
                get(base, "/api/v1/directory/changes?limit=1", Actor.SYSTEM, "application/json");
        assertThat(changes.getKey()).isEqualTo(200);
        assertThat(changes.getValue().get("items").get(0).get("reason").asText())
                .isEqualTo("重启前的导入");

        // an id of this start's that it does not keep is told apart: not "since this server started"
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/district/imports"))
                .header("Authorization", "Bearer " + HttpFixture.token(admin))
                .header("Content-Type", "multipart/form-data; boundary=b7")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(
                        exportedFrom(base),
                        Map.of("reason", "重启后的试导入", "effectiveFrom", "2026-04-01", "dryRun", "true"))))
                .build();
        HttpResponse<String> second = http.client.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        String id = second.headers().firstValue("Location").orElseThrow();
        id = id.substring(id.lastIndexOf('/') + 1);
        assertThat(id.substring(0, 12))
                .isNotEqualTo(location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('/') + 13));
        String forged = id.substring(0, 12) + (id.endsWith("00000000") ? "11111111" : "00000000");
        Map.Entry<Integer, JsonNode> dropped =
                get(base, "/api/v1/district/imports/" + forged, admin, "application/json");
        assertThat(dropped.getKey()).isEqualTo(404);
        assertThat(dropped.getValue().get("detail").asText())
                .contains("not among the last 100 jobs")
                .doesNotContain("since this server started");
    }
}
