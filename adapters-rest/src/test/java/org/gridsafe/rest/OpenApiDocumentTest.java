package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The hand-written {@code openapi.yaml}, served as {@code /openapi.json}, stays in step with the
 * server: the same operations as Javalin's router (both ways), and responses of every documented GET
 * operation (plus problems) fit their schemas. Every other HTTP test validates its JSON responses
 * too, through {@link HttpFixture}; {@link OpenApiLintTest} checks the document itself.
 */
@OnEveryStore
class OpenApiDocumentTest {

    static HttpFixture http;

    /** The store of this run; {@link OnEveryStore} injects it, and the fixture below is built on it. */
    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    @Test
    void every_route_is_documented_and_every_documented_operation_is_a_route() {
        Set<String> routes = new TreeSet<>(http.api.registeredRoutes());
        Set<String> documented = OpenApiContract.INSTANCE.operations();
        assertThat(routes).as("routes missing from openapi.json").isSubsetOf(documented);
        assertThat(documented).as("documented operations without a route").isSubsetOf(routes);
        assertThat(routes).hasSize(documented.size()).hasSizeGreaterThan(35);
    }

    @Test
    void the_served_json_is_the_yaml_document() throws Exception {
        var res = http.get("/openapi.json").send();
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.contentType()).startsWith("application/json");
        assertThat(res.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(res.json()).isEqualTo(OpenApiContract.INSTANCE.document);
    }

    @Test
    void the_validator_refuses_what_the_document_does_not_allow() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        var contract = OpenApiContract.INSTANCE;
        var extra = mapper.readTree("{\"items\":[],\"surprise\":1}");
        assertThat(contract.check("GET", "/api/v1/grids", 200, "application/json", extra))
                .anyMatch(p -> p.contains("surprise"));
        var wrongType = mapper.readTree("{\"items\":[{\"code\":1,\"name\":\"x\",\"level\":\"DISTRICT\"}]}");
        assertThat(contract.check("GET", "/api/v1/grids", 200, "application/json", wrongType))
                .anyMatch(p -> p.contains("string"));
        var badEnum = mapper.readTree("{\"items\":[{\"code\":\"1\",\"name\":\"x\",\"level\":\"PLANET\"}]}");
        assertThat(contract.check("GET", "/api/v1/grids", 200, "application/json", badEnum))
                .isNotEmpty();
        var missing = mapper.readTree("{\"type\":\"x\",\"title\":\"t\",\"status\":400}");
        assertThat(contract.check("GET", "/api/v1/grids", 400, "application/problem+json", missing))
                .anyMatch(p -> p.contains("detail"));
        var badTime = mapper.readTree("{\"escalations\":1,\"at\":\"2026-03-30T09:00:00\"}");
        assertThat(contract.check("POST", "/api/v1/escalations/run", 200, "application/json", badTime))
                .anyMatch(p -> p.contains("date-time"));
        assertThat(contract.template("GET", "/api/v1/grids/locate")).hasValue("/api/v1/grids/locate");
        assertThat(contract.template("GET", "/api/v1/grids/320599")).hasValue("/api/v1/grids/{code}");
    }

    @Test
    void responses_of_every_documented_get_fit_their_schemas() {
        // a case to read, with a history
        var report = http.post("/api/v1/cases")
                .as(jinqiaoCommandCenter())
                .json(Map.of(
                        "source", "PUBLIC_REPORT",
                        "grid", JINQIAO_MICRO_1.value(),
                        "domain", "FIRE",
                        "hazard", "2102",
                        "grade", "GENERAL",
                        "description", "热线：楼道堆放电动车",
                        "anonymous", true,
                        "reporterContact", "13900000000"))
                .send();
        assertThat(report.status()).isEqualTo(201);
        String id = report.json().get("id").asText();
        var as = jinqiaoCommandCenter();
        var entity = http.post("/api/v1/entities")
                .as(as)
                .json(EntityBodiesForTests.registration(
                        "PU-DOC-1", EntityBodiesForTests.unit("文档示例单位", 901, 120.02, 31.02)))
                .send();
        assertThat(entity.status()).as(entity.toString()).isEqualTo(201);
        assertThat(http.get("/openapi.json").send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/health").send().status()).isEqualTo(200);
        for (String path : List.of(
                "/api/v1/cases",
                "/api/v1/cases?state=REPORTED&grid=320599001&limit=5",
                "/api/v1/cases/" + id,
                "/api/v1/cases/" + id + "/history",
                "/api/v1/grids",
                "/api/v1/grids/locate?lon=120.02&lat=31.02",
                "/api/v1/grids/320599001",
                "/api/v1/grids/320599001/children",
                "/api/v1/grids/320599001001001/staff",
                "/api/v1/hazards",
                "/api/v1/hazards?under=2",
                "/api/v1/departments",
                "/api/v1/duty-rules",
                "/api/v1/calendar",
                "/api/v1/stats/indicators",
                "/api/v1/stats/rankings/grids",
                "/api/v1/stats/rankings/departments?from=2026-03-01&to=2026-04-01",
                "/api/v1/stats/departments",
                "/api/v1/stats/open/grids",
                "/api/v1/stats/rankings/department-disposal",
                "/api/v1/entities?kind=PRODUCTION_UNIT",
                "/api/v1/entities.geojson",
                "/api/v1/entities/PU-DOC-1",
                "/api/v1/entities/PU-DOC-1/history?asOf=2026-03-30T10:00:00%2B08:00",
                "/api/v1/licence-expiries?windowDays=120",
                "/api/v1/checklists",
                "/api/v1/checklists/FIRE_CHECK_ORDER61@1",
                "/api/v1/patrol-plans",
                "/api/v1/patrols?state=SCHEDULED",
                "/api/v1/grids/320599001001001/responsibility?on=2026-03-30",
                "/api/v1/departments?on=2026-03-30",
                "/api/v1/duty-rules?on=2026-03-30",
                "/api/v1/calendar?on=2026-03-30")) {
            var res = http.get(path).as(as).send();
            assertThat(res.status()).as(path + " " + res).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/directory/changes")
                        .as(districtCommandCenter())
                        .send()
                        .status())
                .isEqualTo(200);
        for (String fmt : List.of("json", "xml")) {
            for (String path : List.of(
                    "/open311/v2/discovery." + fmt,
                    "/open311/v2/services." + fmt,
                    "/open311/v2/services/fire." + fmt,
                    "/open311/v2/requests." + fmt,
                    "/open311/v2/requests/" + id + "." + fmt)) {
                var res = http.get(path).send();
                assertThat(res.status()).as(path + " " + res).isEqualTo(200);
            }
            assertThat(http.get("/open311/v2/tokens/abc." + fmt).send().status())
                    .isEqualTo(404);
        }
        assertThat(http.get("/api/v1/cases/" + id + "/media").as(as).send().status())
                .isEqualTo(200);
        // a file is binary; its problems are JSON and fit the Problem schema
        assertThat(http.get("/api/v1/cases/" + id + "/media/" + "0".repeat(64))
                        .as(as)
                        .send()
                        .status())
                .isEqualTo(404);
        // problems fit the Problem schema too
        // problems fit the Problem schema too (the patrol reads by id are shown with data in PatrolsOverHttpTest)
        for (String path :
                List.of("/api/v1/patrol-plans/NOPE", "/api/v1/patrols/NOPE", "/api/v1/patrols/NOPE/history")) {
            assertThat(http.get(path).as(as).send().status()).as(path).isEqualTo(404);
        }
        // Inspections and patrol tracks are shown with data in their own tests; here their answers
        // (an unknown inspection, a staff member without a track) fit the document too.
        for (String path : List.of(
                "/api/v1/inspections/NOPE",
                "/api/v1/inspections/NOPE/cases",
                "/api/v1/patrol-tracks/gm-nobody/days?from=2026-03-01&to=2026-03-30",
                "/api/v1/patrol-tracks/gm-nobody/points?day=2026-03-30",
                "/api/v1/self-check/plans/NOPE",
                "/api/v1/self-check/runs/NOPE",
                "/api/v1/self-check/obligations",
                "/api/v1/entities/PU-DOC-1/self-check/plans",
                "/api/v1/entities/PU-DOC-1/self-check/runs",
                "/api/v1/entities/PU-DOC-1/self-check/ledger",
                "/api/v1/entities/PU-DOC-1/self-check/returns",
                "/api/v1/entities/PU-DOC-1/self-check/obligations",
                "/api/v1/stats/major-hazard-returns?period=2026-Q1",
                "/api/v1/stats/major-hazard-returns/periods?year=2026",
                "/api/v1/stats/patrol-indicators",
                "/api/v1/stats/rankings/patrol",
                "/api/v1/stats/rankings/patrol/staff",
                "/api/v1/stats/inspection-indicators",
                "/api/v1/stats/two-increases",
                "/api/v1/stats/self-inspection-indicators",
                "/api/v1/stats/licence-expiries?withinDays=120",
                "/api/v1/patrol-acceptances/320599001-2026-Q4",
                "/api/v1/internal-reports/NOPE",
                "/api/v1/entities/PU-DOC-1/internal-reports",
                "/api/v1/patrols/NOPE/media/3a5f0c1e9b7d2a4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f",
                "/api/v1/inspections/NOPE/media/3a5f0c1e9b7d2a4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f",
                "/api/v1/self-check/runs/NOPE/media/3a5f0c1e9b7d2a4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f",
                "/api/v1/notices")) {
            assertThat(http.get(path).as(as).send().status()).as(path).isIn(200, 400, 403, 404);
        }
        // The cases of an occurrence: a listing, empty for an occurrence without cases.
        assertThat(http.get("/api/v1/patrols/NOPE/cases").as(as).send().status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/cases/NOPE-1").as(as).send().status()).isEqualTo(404);
        // The district export is a .zip (shown in DistrictAdministrationOverHttpTest); its problems are JSON.
        assertThat(http.get("/api/v1/district/export?format=ods")
                        .as(districtAdministrator())
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/district/imports/imp-0000000000000000")
                        .as(districtAdministrator())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/grids/locate?lon=x").as(as).send().status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/cases/" + id)
                        .as(shihuCommandCenter())
                        .send()
                        .status())
                .isEqualTo(403);

        Set<String> documentedGets = new TreeSet<>();
        for (String op : OpenApiContract.INSTANCE.operations()) {
            if (op.startsWith("GET ") && !op.endsWith(".xml")) {
                documentedGets.add(op);
            }
        }
        assertThat(HttpFixture.validated).containsAll(documentedGets);
    }
}
