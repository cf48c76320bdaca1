package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.rest.EntityBodiesForTests.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.testkit.EntitySamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry of supervised entities over a real socket, on every store: register, read, every
 * command with If-Match, history with an as-of instant, search by every criterion, the GeoJSON map
 * points, the CSV export and the licence expiry report; bad input named field by field with
 * nothing written.
 */
@OnEveryStore
class EntitiesOverHttpTest {

    final HttpFixture http;

    EntitiesOverHttpTest(FixtureStorage.Store store) {
        this.http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpFixture.Res register(String id, Map<String, Object> profile) {
        return http.post("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .json(registration(id, profile))
                .send();
    }

    private int stored() {
        return http.store.entityRegistry().search(EntityQuery.all()).size();
    }

    @Test
    void a_unit_is_registered_read_amended_suspended_and_its_history_shows_it_as_it_was() {
        var created = register("PU-0001", unit("金桥纺织有限公司", 1, 120.02, 31.02));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/entities/PU-0001");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode e = created.json();
        assertThat(e.get("grid").asText()).isEqualTo(JINQIAO_MICRO_1.value());
        assertThat(e.get("gridAssignment").get("explicit").asBoolean()).isFalse();
        assertThat(e.get("status").asText()).isEqualTo("OPERATING");
        assertThat(e.get("profile").get("creditCode").asText())
                .isEqualTo(EntitySamples.code(1).value());

        var read = http.get("/api/v1/entities/PU-0001").as(jinqiaoGridManager()).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(e);

        // What a client reads it can send back: the profile round-trips as an amendment.
        http.clock.add(Duration.ofHours(1));
        var before = http.clock.instant();
        http.clock.add(Duration.ofHours(1));
        Map<String, Object> profile = http.mapper.convertValue(read.json().get("profile"), Map.class);
        var amended = http.post("/api/v1/entities/PU-0001/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map("reason", "员工人数变更", "profile", with(profile, "employees", 150)))
                .send();
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.header("ETag")).isEqualTo("\"2\"");
        assertThat(amended.json().get("profile").get("employees").asInt()).isEqualTo(150);

        var suspended = http.post("/api/v1/entities/PU-0001/suspend")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(map("reason", "停产整顿"))
                .send();
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.json().get("statusName").get("zh").asText()).isEqualTo("停产停业");

        var history = http.get("/api/v1/entities/PU-0001/history?asOf=" + iso(before))
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.json()
                .get("events")
                .forEach(ev -> types.add(ev.get("type").asText() + "/"
                        + ev.get("reason").asText() + "/" + ev.get("actorId").asText()));
        assertThat(types)
                .containsExactly(
                        "entity.registered/首次登记/cc-jinqiao",
                        "entity.amended/员工人数变更/cc-jinqiao",
                        "entity.status-changed/停产整顿/cc-jinqiao");
        JsonNode then = history.json().get("asOf").get("entity");
        assertThat(then.get("version").asInt()).isEqualTo(1);
        assertThat(then.get("profile").get("employees").asInt()).isEqualTo(120);
        assertThat(then.get("status").asText()).isEqualTo("OPERATING");

        var beforeRegistration = http.get("/api/v1/entities/PU-0001/history?asOf=2026-01-01T00:00:00%2B08:00")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(beforeRegistration.json().get("asOf").has("entity")).isFalse();
        var badAsOf = http.get("/api/v1/entities/PU-0001/history?asOf=yesterday")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(badAsOf.status()).isEqualTo(400);
        assertThat(badAsOf.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
    }

    @Test
    void every_command_needs_the_version_seen_and_a_status_that_takes_it() {
        register("PU-0002", unit("石湖食品厂", 2, 120.02, 31.02));
        var noIfMatch = http.post("/api/v1/entities/PU-0002/close")
                .as(jinqiaoCommandCenter())
                .json(map("reason", "关闭"))
                .send();
        assertThat(noIfMatch.status()).isEqualTo(428);
        var stale = http.post("/api/v1/entities/PU-0002/close")
                .as(jinqiaoCommandCenter())
                .ifMatch(7)
                .json(map("reason", "关闭"))
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.json().get("detail").asText()).contains("is at version 1, not 7");
        var resumeOperating = http.post("/api/v1/entities/PU-0002/resume")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map("reason", "复产"))
                .send();
        assertThat(resumeOperating.status()).isEqualTo(409);
        assertThat(resumeOperating.json().get("type").asText()).endsWith("/wrong-state");
        assertThat(resumeOperating.json().get("detail").asText())
                .contains("OPERATING")
                .contains("Suspend");
        var noReason = http.post("/api/v1/entities/PU-0002/suspend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map())
                .send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        long v = 1;
        for (String step : List.of("suspend", "resume", "close", "deregister")) {
            var res = http.post("/api/v1/entities/PU-0002/" + step)
                    .as(jinqiaoCommandCenter())
                    .ifMatch(v)
                    .json(map("reason", step + " 按通知"))
                    .send();
            assertThat(res.status()).as(step + " " + res).isEqualTo(200);
            v = res.json().get("version").asLong();
        }
        assertThat(http.get("/api/v1/entities/PU-0002")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DEREGISTERED");
        var afterDeregistration = http.post("/api/v1/entities/PU-0002/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(v)
                .json(map("reason", "更正", "profile", unit("石湖食品厂", 2, 120.02, 31.02)))
                .send();
        assertThat(afterDeregistration.status()).isEqualTo(409);
        assertThat(afterDeregistration.json().get("detail").asText()).contains("it accepts no command");
        assertThat(http.store.entityRegistry().history(org.gridsafe.registry.EntityId.of("PU-0002")))
                .hasSize(5);
    }

    @Test
    void assessments_by_the_enterprise_and_the_regulator_both_count_and_the_regulators_wins() {
        String own = enterprise().enterpriseId().orElseThrow();
        register(own, unit("金桥纺织有限公司", 3, 120.02, 31.02));
        var self = http.post("/api/v1/entities/" + own + "/self-assessment")
                .as(enterprise())
                .ifMatch(1)
                .json(assessment("BLUE"))
                .send();
        assertThat(self.status()).as(self.toString()).isEqualTo(200);
        assertThat(self.json().get("riskLevel").asText()).isEqualTo("BLUE");
        assertThat(self.json().get("assessments").get(0).get("assessor").asText())
                .isEqualTo("SELF");
        var regulator = http.post("/api/v1/entities/" + own + "/risk-assessment")
                .as(emergencyOfficer())
                .ifMatch(2)
                .json(assessment("ORANGE"))
                .send();
        assertThat(regulator.status()).as(regulator.toString()).isEqualTo(200);
        assertThat(regulator.json().get("riskLevel").asText()).isEqualTo("ORANGE");
        assertThat(regulator.json().get("assessments")).hasSize(2);
        var badLevel = http.post("/api/v1/entities/" + own + "/risk-assessment")
                .as(emergencyOfficer())
                .ifMatch(3)
                .json(with(assessment("PURPLE"), "assessedBy", null))
                .send();
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(fields(badLevel)).contains("level", "assessedBy");
    }

    @Test
    void bad_input_is_named_field_by_field_and_nothing_is_written() {
        assertThat(register("PU-0010", unit("在册单位", 10, 120.02, 31.02)).status())
                .isEqualTo(201);
        String valid = EntitySamples.code(11).value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> lateLicence = licence("STANDARDISATION_CERTIFICATE", "BZH-9", "2025-05-01", "2024-04-30");
        record Bad(String what, Map<String, Object> body, int status, String type, String field, String says) {}
        Map<String, Object> u = unit("新单位", 11, 120.02, 31.02);
        List<Bad> bad = List.of(
                new Bad(
                        "credit code check character",
                        registration("PU-0011", with(u, "creditCode", wrongCheck)),
                        400,
                        "invalid-input",
                        "profile.creditCode",
                        "check"),
                new Bad(
                        "unknown sector",
                        registration("PU-0011", with(u, "sectors", List.of("NO_SUCH_SECTOR"))),
                        400,
                        "invalid-input",
                        "profile.sectors",
                        "unknown sector NO_SUCH_SECTOR"),
                new Bad(
                        "point outside every grid",
                        registration("PU-0011", with(u, "address", map("text", "上海", "point", point(121.5, 31.2)))),
                        400,
                        "invalid-input",
                        "profile.address.point",
                        "outside every grid"),
                new Bad(
                        "licence expiring before issue",
                        registration("PU-0011", with(u, "licences", List.of(lateLicence))),
                        400,
                        "invalid-input",
                        "profile.licences[0].expires",
                        "before issued"),
                new Bad(
                        "unknown licence type",
                        registration(
                                "PU-0011", with(u, "licences", List.of(with(lateLicence, "type", "NO_SUCH_LICENCE")))),
                        400,
                        "invalid-input",
                        "profile.licences[0].type",
                        "unknown licence type"),
                new Bad(
                        "a place's field on a unit",
                        registration("PU-0011", with(u, "placeKind", "NINE_SMALL")),
                        400,
                        "invalid-input",
                        "profile.placeKind",
                        "not a field of a production unit"),
                new Bad(
                        "no credit code and not unregistered",
                        registration("PU-0011", with(u, "creditCode", null)),
                        400,
                        "invalid-input",
                        "profile.creditCode",
                        "unregisteredOperator"),
                new Bad("a bad id", registration("-bad id", u), 400, "invalid-input", "id", "must be 1-64"),
                new Bad(
                        "duplicate credit code",
                        registration(
                                "PU-0011",
                                with(u, "creditCode", EntitySamples.code(10).value())),
                        409,
                        "duplicate-credit-code",
                        "profile.creditCode",
                        "already registered for entity PU-0010"),
                new Bad(
                        "a taken id",
                        registration("PU-0010", unit("别的单位", 12, 120.02, 31.02)),
                        409,
                        "entity-exists",
                        "id",
                        "already registered"));
        for (Bad b : bad) {
            var res = http.post("/api/v1/entities")
                    .as(jinqiaoCommandCenter())
                    .json(b.body())
                    .send();
            assertThat(res.status()).as(b.what() + ": " + res).isEqualTo(b.status());
            assertThat(res.json().get("type").asText()).as(b.what()).endsWith("/" + b.type());
            assertThat(fields(res)).as(b.what() + ": " + res).contains(b.field());
            assertThat(res.body()).as(b.what()).contains(b.says());
            assertThat(stored()).as(b.what() + " wrote nothing").isEqualTo(1);
        }
        var unknownField = http.post("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .json(registration("PU-0011", with(u, "colour", "red")))
                .send();
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(fields(unknownField)).contains("profile.colour");
        // An amendment that breaks a rule leaves the entity as it was.
        var badAmend = http.post("/api/v1/entities/PU-0010/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map("reason", "更正", "profile", with(u, "sectors", List.of("NO_SUCH_SECTOR"))))
                .send();
        assertThat(badAmend.status()).isEqualTo(400);
        assertThat(fields(badAmend)).contains("profile.sectors");
        assertThat(http.store.entityRegistry().history(org.gridsafe.registry.EntityId.of("PU-0010")))
                .hasSize(1);
    }

    @Test
    void search_filters_by_every_criterion_and_exports_csv_and_map_points() {
        register("PU-0020", unit("金桥纺织有限公司", 20, 120.02, 31.02));
        register("PU-0021", with(unit("金桥化工有限公司", 21, 120.07, 31.02), "sectors", List.of("HAZARDOUS_CHEMICALS")));
        var shihu = http.post("/api/v1/entities")
                .as(shihuCommandCenter())
                .json(registration("PL-0001", shop("石湖小超市", 120.15, 31.05, "PU-0020")))
                .send();
        assertThat(shihu.status()).as(shihu.toString()).isEqualTo(201);
        var red = http.post("/api/v1/entities/PU-0021/risk-assessment")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(assessment("RED"))
                .send();
        assertThat(red.status()).isEqualTo(200);

        var district = districtCommandCenter();
        assertThat(ids("/api/v1/entities", district)).containsExactly("PL-0001", "PU-0020", "PU-0021");
        assertThat(ids("/api/v1/entities?grid=" + JINQIAO_MICRO_2.value(), district))
                .containsExactly("PU-0021");
        assertThat(ids("/api/v1/entities?kind=PLACE", district)).containsExactly("PL-0001");
        assertThat(ids("/api/v1/entities?status=OPERATING&sector=HAZARDOUS_CHEMICALS", district))
                .containsExactly("PU-0021");
        assertThat(ids("/api/v1/entities?riskLevel=RED", district)).containsExactly("PU-0021");
        assertThat(ids("/api/v1/entities?class=GRADE_1", district)).containsExactly("PU-0020", "PU-0021");
        assertThat(ids("/api/v1/entities?licenceExpiringBy=2026-04-30", district))
                .containsExactly("PL-0001");
        assertThat(ids("/api/v1/entities?department=fire-brigade", district)).containsExactly("PL-0001");
        assertThat(ids("/api/v1/entities?text=%E5%8C%96%E5%B7%A5", district)).containsExactly("PU-0021");
        assertThat(ids("/api/v1/entities?limit=1", district)).containsExactly("PL-0001");
        // A street command center sees its own subtree, whatever it asks for.
        assertThat(ids("/api/v1/entities?grid=" + DISTRICT.value(), jinqiaoCommandCenter()))
                .containsExactly("PU-0020", "PU-0021");
        assertThat(ids("/api/v1/entities", citizen())).isEmpty();
        var badQuery = http.get("/api/v1/entities?riskLevel=PURPLE&limit=0&licenceExpiringBy=soon")
                .as(district)
                .send();
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(fields(badQuery)).contains("riskLevel", "limit", "licenceExpiringBy");

        var csv = http.get("/api/v1/entities?kind=PRODUCTION_UNIT")
                .as(district)
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFid,kind,name,creditCode,status,grid");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2])
                .startsWith("PU-0021,PRODUCTION_UNIT,金桥化工有限公司,"
                        + EntitySamples.code(21).value() + ",OPERATING," + JINQIAO_MICRO_2.value()
                        + ",false,RED,HAZARDOUS_CHEMICALS");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256);

        var map = http.get("/api/v1/entities.geojson").as(district).send();
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.contentType()).startsWith("application/geo+json");
        assertThat(map.json().get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode first = map.json().get("features").get(0);
        assertThat(first.get("id").asText()).isEqualTo("PL-0001");
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(120.15);
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(31.05);
        assertThat(first.get("properties").get("placeKind").asText()).isEqualTo("NINE_SMALL");
        assertThat(http.get("/api/v1/entities.geojson?riskLevel=RED")
                        .as(district)
                        .send()
                        .json()
                        .get("features"))
                .hasSize(1);
    }

    @Test
    void the_licence_expiry_report_has_a_90_day_default_window_and_shows_expired_licences() {
        register("PU-0030", unit("金桥纺织有限公司", 30, 120.02, 31.02)); // expires 2026-06-30: 92 days from 3-30
        register("PL-0030", shop("金桥小超市", 120.03, 31.03, "PU-0030")); // expires 2026-04-15: 16 days
        var report =
                http.get("/api/v1/licence-expiries").as(districtCommandCenter()).send();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("today").asText()).isEqualTo("2026-03-30");
        assertThat(report.json().get("windowDays").asInt()).isEqualTo(90);
        assertThat(report.json().get("items")).hasSize(1);
        assertThat(report.json().get("items").get(0).get("entityId").asText()).isEqualTo("PL-0030");
        assertThat(report.json().get("items").get(0).get("daysLeft").asInt()).isEqualTo(16);
        var wider = http.get("/api/v1/licence-expiries?windowDays=120")
                .as(districtCommandCenter())
                .send();
        assertThat(wider.json().get("items")).hasSize(2);

        http.setTime(HttpFixture.MONDAY_0900.plusDays(20));
        var later =
                http.get("/api/v1/licence-expiries").as(districtCommandCenter()).send();
        JsonNode expired = later.json().get("items").get(0);
        assertThat(expired.get("entityId").asText()).isEqualTo("PL-0030");
        assertThat(expired.get("daysLeft").asInt()).isEqualTo(-4);
        assertThat(expired.get("expired").asBoolean()).isTrue();
        assertThat(later.json().get("items")).hasSize(2);
        assertThat(http.get("/api/v1/licence-expiries?windowDays=-1")
                        .as(districtCommandCenter())
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_registration_retried_with_its_idempotency_key_is_answered_once() {
        Map<String, Object> body = registration("PU-0040", unit("金桥纺织有限公司", 40, 120.02, 31.02));
        var first = http.post("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .header("Idempotency-Key", "reg-40")
                .json(body)
                .send();
        var again = http.post("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .header("Idempotency-Key", "reg-40")
                .json(body)
                .send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo("/api/v1/entities/PU-0040");
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(stored()).isEqualTo(1);
    }

    private static String iso(java.time.Instant instant) {
        return java.net.URLEncoder.encode(
                java.time.OffsetDateTime.ofInstant(instant, ZONE).toString(), StandardCharsets.UTF_8);
    }

    private List<String> ids(String path, org.gridsafe.access.Actor actor) {
        var res = http.get(path).as(actor).send();
        assertThat(res.status()).as(path + " " + res).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        res.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> fields(HttpFixture.Res res) {
        List<String> fields = new ArrayList<>();
        if (res.json() != null && res.json().has("errors")) {
            res.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }

    @Test
    void a_licences_operation_mode_and_issuer_tier_are_stored_and_required_where_the_catalog_says() {
        Map<String, Object> hazchem = with(
                with(
                        licence("HAZCHEM_OPERATION", "苏园危化经字〔2024〕000045", "2024-01-15", "2027-01-14"),
                        "storageMode",
                        "WITH_STORAGE"),
                "issuerTier",
                "CITY");
        Map<String, Object> u = with(
                with(unit("金桥危化经营部", 30, 120.02, 31.02), "sectors", List.of("HAZARDOUS_CHEMICALS")),
                "licences",
                List.of(hazchem));
        var created = register("PU-0030", u);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode l = created.json().get("profile").get("licences").get(0);
        assertThat(l.get("storageMode").asText()).isEqualTo("WITH_STORAGE");
        assertThat(l.get("issuerTier").asText()).isEqualTo("CITY");
        var read =
                http.get("/api/v1/entities/PU-0030").as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("profile").get("licences").get(0)).isEqualTo(l);
        assertThat(http.store
                        .entityRegistry()
                        .find(org.gridsafe.registry.EntityId.of("PU-0030"))
                        .orElseThrow()
                        .profile()
                        .licences()
                        .get(0)
                        .storageMode())
                .contains(org.gridsafe.entity.LicenceStorageMode.WITH_STORAGE);
        // The mode changes by amendment; a tier alone on a type that needs no mode is accepted.
        Map<String, Object> profile = http.mapper.convertValue(read.json().get("profile"), Map.class);
        var amended = http.post("/api/v1/entities/PU-0030/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map(
                        "reason",
                        "换证",
                        "profile",
                        with(
                                profile,
                                "licences",
                                List.of(
                                        with(hazchem, "storageMode", "WITHOUT_STORAGE"),
                                        with(
                                                licence(
                                                        "STANDARDISATION_CERTIFICATE",
                                                        "BZH-30",
                                                        "2024-05-01",
                                                        "2027-04-30"),
                                                "issuerTier",
                                                "COUNTY")))))
                .send();
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json()
                        .get("profile")
                        .get("licences")
                        .get(0)
                        .get("storageMode")
                        .asText())
                .isEqualTo("WITHOUT_STORAGE");
        assertThat(amended.json()
                        .get("profile")
                        .get("licences")
                        .get(1)
                        .get("issuerTier")
                        .asText())
                .isEqualTo("COUNTY");
        assertThat(amended.json().get("profile").get("licences").get(1).has("storageMode"))
                .isFalse();

        // Without a mode, or with an unknown one: a field error, nothing written.
        var missing = register("PU-0031", with(u, "licences", List.of(with(hazchem, "storageMode", null))));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("type").asText()).endsWith("/invalid-input");
        assertThat(fields(missing)).containsExactly("profile.licences[0].storageMode");
        assertThat(missing.body()).contains("危险化学品经营许可证").contains("WITH_STORAGE");
        var unknown = register("PU-0031", with(u, "licences", List.of(with(hazchem, "storageMode", "BIG_TANK"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("profile.licences[0].storageMode");
        var badTier = register("PU-0031", with(u, "licences", List.of(with(hazchem, "issuerTier", "NATION"))));
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(fields(badTier)).containsExactly("profile.licences[0].issuerTier");
        assertThat(stored()).isEqualTo(1);
        var badAmend = http.post("/api/v1/entities/PU-0030/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(map(
                        "reason",
                        "更正",
                        "profile",
                        with(profile, "licences", List.of(with(hazchem, "storageMode", null)))))
                .send();
        assertThat(badAmend.status()).isEqualTo(400);
        assertThat(fields(badAmend)).containsExactly("profile.licences[0].storageMode");
        assertThat(http.store.entityRegistry().history(org.gridsafe.registry.EntityId.of("PU-0030")))
                .hasSize(2);
    }
}
