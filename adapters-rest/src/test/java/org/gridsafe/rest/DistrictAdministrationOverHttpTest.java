package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gridsafe.access.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The district administrator's routes over a real socket, on every store: export, validation, an
 * import as a job (dry run, accepted, refused), uploads refused by their content, a street center's
 * staff change with If-Match (a concurrent one never lost), and the refusals of everyone else.
 */
@OnEveryStore
class DistrictAdministrationOverHttpTest {

    private final HttpFixture http;
    private final Actor admin = districtAdministrator();

    DistrictAdministrationOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void close() {
        http.close();
    }

    // ---- helpers

    private byte[] exportZip(String format) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.base + "/api/v1/district/export?format=" + format))
                .header("Authorization", "Bearer " + HttpFixture.token(admin))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<byte[]> res = http.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(res.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("attachment");
            return res.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files' contents, comparable (a .zip's entries carry the time they were written). */
    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((name, bytes) -> texts.put(name, java.util.HexFormat.of().formatHex(bytes)));
        return texts;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("district/" + f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A multipart body: files by name, then form fields. */
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

    private HttpFixture.Res upload(String path, Actor actor, Map<String, byte[]> files, Map<String, String> fields) {
        return http.post(path)
                .as(actor)
                .bytes(multipart(files, fields), "multipart/form-data; boundary=b7")
                .send();
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

    private static Map<String, String> importFields(String dryRun) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reason", "2026年4月网格调整");
        fields.put("effectiveFrom", "2026-04-01");
        fields.put("dryRun", dryRun);
        return fields;
    }

    // ---- export, validation and import

    @Test
    void exportedFilesValidateAndImportAgainWithoutChange() throws Exception {
        Map<String, byte[]> csv = unzip(exportZip("csv"));
        assertThat(csv.keySet())
                .containsExactlyInAnyOrder(
                        "grids.geojson",
                        "staff.csv",
                        "responsibility.csv",
                        "departments.csv",
                        "duty-rules.csv",
                        "time-limits.csv",
                        "calendar.csv");
        Map<String, byte[]> xlsx = unzip(exportZip("xlsx"));
        assertThat(xlsx.keySet()).contains("staff.xlsx", "responsibility.xlsx", "calendar.xlsx");

        HttpFixture.Res valid = upload("/api/v1/district/validation", admin, csv, Map.of());
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        assertThat(valid.json().get("valid").asBoolean()).isTrue();
        assertThat(valid.json().get("read").get(0).asText()).startsWith("grids.geojson: ");

        HttpFixture.Res started =
                upload("/api/v1/district/imports", admin, Map.of("district.zip", zip(xlsx)), importFields("false"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).matches("/api/v1/district/imports/imp-[0-9a-f]{16}");
        JsonNode job = awaitJob(location);
        assertThat(job.get("phase").asText()).isEqualTo("DONE");
        assertThat(job.get("read").size()).isEqualTo(7);
        assertThat(job.get("report").get("changes").size()).isZero();
        assertThat(job.get("report").get("applied").asBoolean()).isFalse();
        assertThat(texts(unzip(exportZip("csv")))).isEqualTo(texts(csv));
    }

    @Test
    void aDryRunListsTheChangesAndAnImportWritesThem() throws Exception {
        Map<String, byte[]> files = unzip(exportZip("csv"));
        String staff = new String(files.get("staff.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(staff.lines().toList());
        String dropped = lines.remove(lines.size() - 1);
        String grid = dropped.substring(0, dropped.indexOf(','));
        files.put("staff.csv", (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        String before =
                http.get("/api/v1/grids/" + grid + "/staff").as(admin).send().body();

        JsonNode dry = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("true"))
                .header("Location"));
        assertThat(dry.get("phase").asText()).isEqualTo("DONE");
        assertThat(dry.get("report").get("changes").toString()).contains(grid);
        assertThat(dry.get("report").get("applied").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/grids/" + grid + "/staff").as(admin).send().body())
                .isEqualTo(before);

        JsonNode done = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(done.get("phase").asText()).isEqualTo("DONE");
        assertThat(done.get("report").get("applied").asBoolean()).isTrue();
        assertThat(done.get("effectiveFrom").asText()).isEqualTo("2026-04-01");
        assertThat(http.get("/api/v1/grids/" + grid + "/staff")
                        .as(admin)
                        .send()
                        .json()
                        .get("staff")
                        .size())
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(before)
                                .get("staff")
                                .size()
                        - 1);
    }

    @Test
    void anImportThatRemovesAGridMovesItsOpenCasesAndSaysWhere() throws Exception {
        HttpFixture.Res created = http.post("/api/v1/cases")
                .as(districtCommandCenter())
                .json(Map.of(
                        "grid", JINQIAO_MICRO_2.value(),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "网格调整前上报的隐患"))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseId = created.json().get("id").asText();

        // The district's files without micro-grid 2 of 金桥社区: its feature and every row naming it.
        Map<String, byte[]> files = unzip(exportZip("csv"));
        String removed = JINQIAO_MICRO_2.value();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode geo =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(files.get("grids.geojson"));
        // Micro-grid 1 takes over the whole community (a merge): its boundary becomes the community's.
        JsonNode community = null;
        for (JsonNode feature : geo.get("features")) {
            if (feature.get("properties").get("code").asText().equals(JINQIAO_COMMUNITY.value())) {
                community = feature.get("geometry");
            }
        }
        JsonNode merged = community;
        com.fasterxml.jackson.databind.node.ArrayNode kept = mapper.createArrayNode();
        geo.get("features").forEach(feature -> {
            String code = feature.get("properties").get("code").asText();
            if (code.equals(JINQIAO_MICRO_1.value())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) feature).set("geometry", merged);
            }
            if (!code.equals(removed)) {
                kept.add(feature);
            }
        });
        assertThat(kept.size()).isEqualTo(geo.get("features").size() - 1);
        geo.set("features", kept);
        files.put("grids.geojson", mapper.writeValueAsBytes(geo));
        for (String table : List.of("staff.csv", "responsibility.csv")) {
            String text = new String(files.get(table), StandardCharsets.UTF_8);
            List<String> rows =
                    text.lines().filter(line -> !line.startsWith(removed + ",")).toList();
            files.put(table, (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        JsonNode job = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(job.get("phase").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("report").get("applied").asBoolean()).isTrue();
        JsonNode moved = job.get("movedCases");
        assertThat(moved.size()).as(job.toString()).isEqualTo(1);
        assertThat(moved.get(0).get("case").asText()).isEqualTo(caseId);
        assertThat(moved.get(0).get("from").asText()).isEqualTo(removed);
        // The hotline report named no location, so it goes to the nearest surviving ancestor.
        String to = moved.get(0).get("to").asText();
        assertThat(to).isEqualTo(JINQIAO_COMMUNITY.value());
        assertThat(moved.get(0).get("basis").asText()).isEqualTo("ANCESTOR");

        HttpFixture.Res after =
                http.get("/api/v1/cases/" + caseId).as(districtCommandCenter()).send();
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json().get("grid").asText()).isEqualTo(to);
        // A second import of the same files changes nothing and moves nothing.
        JsonNode again = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(again.get("movedCases").size()).isZero();
    }

    @Test
    void brokenFilesAreRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        byte[] before = exportZip("csv");
        Map<String, byte[]> files = unzip(before);
        files.put(
                "staff.csv",
                "grid_code,person_id,name,role\r\n320599009001001,p-1,某人,GRID_MANAGER\r\n320599001001001,p-2,某人,NOT_A_ROLE\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.remove("responsibility.csv");

        HttpFixture.Res valid = upload("/api/v1/district/validation", admin, files, Map.of());
        assertThat(valid.json().get("valid").asBoolean()).isFalse();
        List<String> problems = new ArrayList<>();
        valid.json()
                .get("problems")
                .forEach(p -> problems.add(p.get("file").asText() + " "
                        + p.get("location").asText() + " " + p.get("field").asText()));
        assertThat(problems).contains("staff.csv row 2 grid_code", "staff.csv row 3 role", "responsibility.csv file ");

        JsonNode job = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(job.get("phase").asText()).isEqualTo("REFUSED");
        assertThat(job.get("problem").get("status").asInt()).isEqualTo(422);
        assertThat(job.get("problem").get("errors").toString())
                .contains("staff.csv, row 2, grid_code", "staff.csv, row 3, role");
        assertThat(texts(unzip(exportZip("csv")))).isEqualTo(texts(unzip(before)));
    }

    @Test
    void aCalendarTableIsValidatedAndImportedAndCalendarTxtStillImports() throws Exception {
        Map<String, byte[]> files = unzip(exportZip("csv"));
        String calendar = new String(files.get("calendar.csv"), StandardCharsets.UTF_8);
        // The sample district's calendar claims no years.
        assertThat(calendar).doesNotContain("YEAR,");
        files.put(
                "calendar.csv",
                (calendar.strip() + "\r\nHOLIDAY,2030-01-01,元旦,,,,\r\nYEAR,2026,,,,,\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        HttpFixture.Res broken = upload("/api/v1/district/validation", admin, files, Map.of());
        assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
        assertThat(broken.json().get("valid").asBoolean()).isFalse();
        List<String> problems = new ArrayList<>();
        broken.json()
                .get("problems")
                .forEach(p -> problems.add(p.get("file").asText() + " "
                        + p.get("location").asText() + " " + p.get("field").asText()));
        int rows = (int) calendar.strip().lines().count();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "calendar.csv row " + (rows + 1) + " date", "calendar.csv row " + (rows + 2) + " source");

        // A 2027 notice with a lunch break, as a district adds it.
        String next = calendar.replace("09:00-17:00", "08:30-12:00;14:00-17:30").strip()
                + "\r\nYEAR,2026,,,,,国办发明电〔2025〕7号\r\nYEAR,2027,,,,,国办发明电〔2026〕1号\r\n"
                + "HOLIDAY,2027-01-01,元旦,,,,\r\n";
        files.put("calendar.csv", next.getBytes(StandardCharsets.UTF_8));
        JsonNode job = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(job.get("phase").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("report").get("applied").asBoolean()).isTrue();
        String exported = new String(unzip(exportZip("csv")).get("calendar.csv"), StandardCharsets.UTF_8);
        assertThat(exported)
                .contains(
                        "HOURS,,,08:30-12:00;14:00-17:30,", "YEAR,2027,,,,,国办发明电〔2026〕1号\r\n", "HOLIDAY,2027-01-01,元旦");

        // The older calendar.txt in its place still imports.
        files.remove("calendar.csv");
        files.put(
                "calendar.txt",
                "zone Asia/Shanghai\nhours 09:00-17:00\ncovers 2026\nholiday 2026-10-01..2026-10-07 国庆节\n"
                        .getBytes(StandardCharsets.UTF_8));
        JsonNode old = awaitJob(upload("/api/v1/district/imports", admin, files, importFields("false"))
                .header("Location"));
        assertThat(old.get("phase").asText()).as(old.toString()).isEqualTo("DONE");
        assertThat(old.get("report").get("applied").asBoolean()).isTrue();
        assertThat(new String(unzip(exportZip("csv")).get("calendar.csv"), StandardCharsets.UTF_8))
                .contains("HOLIDAY,2026-10-01..2026-10-07,国庆节")
                .doesNotContain("2027");
    }

    @Test
    void uploadsAreCheckedByTheirContentAndEveryRefusalNamesTheField() {
        HttpFixture.Res png = upload(
                "/api/v1/district/validation",
                admin,
                Map.of("grids.geojson", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                Map.of());
        assertThat(png.status()).isEqualTo(415);
        assertThat(png.json().get("errors").get(0).get("field").asText()).isEqualTo("file[0]");

        HttpFixture.Res xlsxAsCsv = upload(
                "/api/v1/district/validation", admin, Map.of("staff.csv", new byte[] {'P', 'K', 3, 4, 0}), Map.of());
        assertThat(xlsxAsCsv.status()).isEqualTo(415);

        HttpFixture.Res notDistrict =
                upload("/api/v1/district/validation", admin, Map.of("notes.txt", new byte[] {'a'}), Map.of());
        assertThat(notDistrict.status()).isEqualTo(400);
        assertThat(notDistrict.json().get("errors").get(0).get("field").asText())
                .isEqualTo("file[0]");

        HttpFixture.Res noReason = upload(
                "/api/v1/district/imports", admin, unzip(exportZip("csv")), Map.of("effectiveFrom", "2026-13-01"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason", "effectiveFrom");

        HttpFixture.Res json =
                http.post("/api/v1/district/validation").as(admin).json("{}").send();
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.body()).doesNotContain("Exception");

        HttpFixture.Res format =
                http.get("/api/v1/district/export?format=ods").as(admin).send();
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
    }

    // ---- access

    @Test
    void onlyTheDistrictAdministratorAdministersTheDistrict() {
        Map<String, byte[]> files = unzip(exportZip("csv"));
        for (Actor other : List.of(jinqiaoGridManager(), jinqiaoCommandCenter(), districtCommandCenter(), citizen())) {
            HttpFixture.Res imported = upload("/api/v1/district/imports", other, files, importFields("false"));
            assertThat(imported.status()).as(other + " " + imported).isEqualTo(403);
            assertThat(imported.json().get("rule").asText()).isEqualTo("district-administrator-own-district");
            assertThat(upload("/api/v1/district/validation", other, files, Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/district/export").as(other).send().status())
                    .isEqualTo(403);
        }
    }

    @Test
    void staffChangesAreForTheStreetCenterInItsStreetAndTheAdministrator() {
        String jinqiao = "/api/v1/grids/" + JINQIAO_MICRO_1.value() + "/staff";
        String tag = http.get(jinqiao).as(admin).send().header("ETag");
        Map<String, Object> body = staffBody("gm-new", "周网格");
        for (Actor other :
                List.of(jinqiaoGridManager(), shihuCommandCenter(), districtCommandCenter(), fireOfficer())) {
            HttpFixture.Res res = http.put(jinqiao)
                    .as(other)
                    .header("If-Match", tag)
                    .json(body)
                    .send();
            assertThat(res.status()).as(other + " " + res).isEqualTo(403);
            assertThat(res.json().get("rule").asText()).isEqualTo("staff-by-district-administrator-or-street-center");
        }
        HttpFixture.Res byStreet = http.put(jinqiao)
                .as(jinqiaoCommandCenter())
                .header("If-Match", tag)
                .json(body)
                .send();
        assertThat(byStreet.status()).as(byStreet.toString()).isEqualTo(200);
        assertThat(byStreet.json().get("staff").toString()).contains("周网格");
        String next = byStreet.header("ETag");
        assertThat(next).isNotEqualTo(tag);
        assertThat(http.get(jinqiao).as(jinqiaoGridManager()).send().header("ETag"))
                .isEqualTo(next);

        HttpFixture.Res byAdmin = http.put("/api/v1/grids/" + SHIHU_MICRO_1.value() + "/staff")
                .as(admin)
                .header(
                        "If-Match",
                        http.get("/api/v1/grids/" + SHIHU_MICRO_1.value() + "/staff")
                                .as(admin)
                                .send()
                                .header("ETag"))
                .json(staffBody("gm-shihu-new", "吴网格"))
                .send();
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
    }

    @Test
    void aStaffChangeNeedsTheCurrentVersionAndNamesEveryBadField() {
        String jinqiao = "/api/v1/grids/" + JINQIAO_MICRO_1.value() + "/staff";
        Actor street = jinqiaoCommandCenter();
        String tag = http.get(jinqiao).as(street).send().header("ETag");
        assertThat(http.put(jinqiao)
                        .as(street)
                        .json(staffBody("gm-x", "某"))
                        .send()
                        .status())
                .isEqualTo(428);

        Map<String, Object> bad = new LinkedHashMap<>(staffBody("gm-x", "某"));
        bad.put("staff", List.of(Map.of("personId", "gm-x", "displayName", "某", "role", "BOSS")));
        bad.put("reason", "");
        HttpFixture.Res invalid =
                http.put(jinqiao).as(street).header("If-Match", tag).json(bad).send();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("staff[0].role", "reason");

        Map<String, Object> twoRoles = new LinkedHashMap<>(staffBody("gm-x", "某"));
        twoRoles.put(
                "staff",
                List.of(
                        Map.of("personId", "gm-x", "displayName", "某", "role", "GRID_MANAGER"),
                        Map.of("personId", "gm-x", "displayName", "某", "role", "SUPERVISOR")));
        HttpFixture.Res incompatible = http.put(jinqiao)
                .as(street)
                .header("If-Match", tag)
                .json(twoRoles)
                .send();
        assertThat(incompatible.status()).as(incompatible.toString()).isEqualTo(400);
        assertThat(incompatible.json().get("errors").toString()).contains("staff[1]");
        assertThat(http.get(jinqiao).as(street).send().header("ETag")).isEqualTo(tag);

        assertThat(http.put(jinqiao)
                        .as(street)
                        .header("If-Match", tag)
                        .json(staffBody("gm-x", "某"))
                        .send()
                        .status())
                .isEqualTo(200);
        HttpFixture.Res stale = http.put(jinqiao)
                .as(street)
                .header("If-Match", tag)
                .json(staffBody("gm-y", "另一人"))
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void twoConcurrentStaffChangesOnOneVersionNeverLoseAnUpdate() throws Exception {
        String jinqiao = "/api/v1/grids/" + JINQIAO_MICRO_1.value() + "/staff";
        String tag = http.get(jinqiao).as(admin).send().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpFixture.Res>> answers = new ArrayList<>();
            for (String person : List.of("gm-a", "gm-b")) {
                Callable<HttpFixture.Res> put = () -> {
                    start.await();
                    return http.put(jinqiao)
                            .as(jinqiaoCommandCenter())
                            .header("If-Match", tag)
                            .json(staffBody(person, "网格员" + person))
                            .send();
                };
                answers.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpFixture.Res> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            String winner =
                    answers.get(statuses.indexOf(200)).get().json().get("staff").toString();
            assertThat(http.get(jinqiao).as(admin).send().json().get("staff").toString())
                    .isEqualTo(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> staffBody(String personId, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", "人员调整");
        body.put("effectiveFrom", "2026-04-01");
        body.put("staff", List.of(Map.of("personId", personId, "displayName", name, "role", "GRID_MANAGER")));
        body.put(
                "responsibilityChain",
                List.of(
                        Map.of("role", "SPECIFIC", "personId", "specific-x", "displayName", "具体责任人甲"),
                        Map.of("role", "FIRST", "personId", "first-x", "displayName", "第一责任人乙")));
        return body;
    }
}
