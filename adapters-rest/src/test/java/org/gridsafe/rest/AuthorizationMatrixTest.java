package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × endpoint × (own / other) → 2xx or 403, from one table. "Own" is the actor's home: its
 * grid's subtree for grid staff and command centers, its department for officers, its enterprise
 * for enterprises, its own report for citizens. Each cell gets a fresh case in the state the
 * endpoint needs (set up in-process); the cell itself is one HTTP request, and a 403 leaves the
 * case as it was.
 */
@OnEveryStore
class AuthorizationMatrixTest {

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

    //                          grid staff  command ctr  department  enterprise  citizen   system
    //                          own other   own other    own other   own other   own other
    static final String TABLE = """
            report              Y N         Y N          Y Y         Y Y         Y Y       N
            get                 Y N         Y N          Y N         Y N         N N       Y
            history             Y N         Y N          Y N         Y N         N N       Y
            register            N N         Y N          N N         N N         N N       N
            reject              N N         Y N          N N         N N         N N       N
            merge               N N         Y N          N N         N N         N N       N
            dispatch            N N         Y N          N N         N N         N N       N
            rectification       N N         N N          Y N         Y N         N N       N
            extension-request   N N         N N          Y N         Y N         N N       N
            extension-approval  N N         Y N          N N         N N         N N       N
            extension-denial    N N         Y N          N N         N N         N N       N
            verification        Y N         N N          N N         N N         N N       N
            close               N N         Y N          N N         N N         N N       N
            major-hazard-criterion N N      Y N          N N         N N         N N       N
            major-hazard-reports N N        Y N          Y N         Y N         N N       N
            production-stop     N N         Y N          Y N         N N         N N       N
            production-resumption N N       N N          Y N         Y N         N N       N
            production-resumption/review N N N N         Y N         N N         N N       N
            """;

    enum Role {
        GRID_STAFF(jinqiaoGridManager(), shihuGridManager()),
        COMMAND_CENTER(jinqiaoCommandCenter(), shihuCommandCenter()),
        DEPARTMENT(fireOfficer(), emergencyOfficer()),
        ENTERPRISE(enterprise(), otherEnterprise()),
        CITIZEN(citizen(), otherCitizen()),
        SYSTEM(Actor.SYSTEM, null);

        final Actor own;
        final Actor other;

        Role(Actor own, Actor other) {
            this.own = own;
            this.other = other;
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            String endpoint = parts[0];
            int column = 1;
            for (Role role : Role.values()) {
                cells.add(Arguments.of(endpoint, role, true, parts[column++].equals("Y")));
                if (role.other != null) {
                    cells.add(Arguments.of(endpoint, role, false, parts[column++].equals("Y")));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} ({2} → allowed {3})")
    @MethodSource("cells")
    void the_table_holds(String endpoint, Role role, boolean own, boolean allowed) {
        Actor actor = own ? role.own : role.other;
        HttpFixture.Res res;
        Optional<Case> before = Optional.empty();
        if (endpoint.equals("report")) {
            int casesBefore = http.store.size();
            // Always into 金桥: "other" grid staff and command centers are at home in 石湖.
            String grid = JINQIAO_MICRO_1.value();
            res = http.post("/api/v1/cases")
                    .as(actor)
                    .json(Map.of(
                            "grid",
                            grid,
                            "domain",
                            "FIRE",
                            "hazard",
                            "2102",
                            "grade",
                            "GENERAL",
                            "description",
                            "矩阵测试"))
                    .send();
            if (!allowed) {
                assertThat(http.store.size()).isEqualTo(casesBefore);
            }
        } else {
            Case c = caseFor(endpoint, role, own);
            before = Optional.of(c);
            String path = "/api/v1/cases/" + c.id();
            if (endpoint.equals("get")) {
                res = http.get(path).as(actor).send();
            } else if (endpoint.equals("history")) {
                res = http.get(path + "/history").as(actor).send();
            } else {
                res = http.post(path + "/" + endpoint)
                        .as(actor)
                        .ifMatch(c.version())
                        .json(body(endpoint, c))
                        .send();
            }
        }
        if (allowed) {
            assertThat(res.status()).as(res.toString()).isBetween(200, 299);
        } else {
            assertThat(res.status()).as(res.toString()).isEqualTo(403);
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/access-denied");
            assertThat(res.json().get("rule").asText()).isNotBlank();
            before.ifPresent(c ->
                    assertThat(http.store.find(c.id()).orElseThrow().version()).isEqualTo(c.version()));
        }
    }

    @Test
    void the_escalation_run_is_for_district_command_centers_and_systems() {
        assertThat(http.post("/api/v1/escalations/run")
                        .as(districtCommandCenter())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/escalations/run").as(Actor.SYSTEM).send().status())
                .isEqualTo(200);
        for (Actor refused :
                List.of(jinqiaoCommandCenter(), jinqiaoGridManager(), fireOfficer(), enterprise(), citizen())) {
            var res = http.post("/api/v1/escalations/run").as(refused).send();
            assertThat(res.status()).as(refused + " " + res).isEqualTo(403);
            assertThat(res.json().get("rule").asText()).isEqualTo("escalation-run-district-or-system");
        }
    }

    //  actor        path (under /api/v1/stats/)                     status rule
    static final String STATISTICS = """
            district     indicators                                       200
            district     rankings/grids?parent=320599002                  200
            jinqiao-cc   indicators                                       200
            jinqiao-cc   indicators?grid=320599001001001&department=fire-brigade 200
            jinqiao-cc   indicators?grid=320599002                        403 statistics-within-home-grid
            jinqiao-cc   indicators?grid=320599                           403 statistics-within-home-grid
            jinqiao-cc   rankings/grids                                   200
            jinqiao-cc   rankings/grids?parent=320599                     403 statistics-within-home-grid
            jinqiao-cc   rankings/departments                             200
            shihu-cc     rankings/departments?grid=320599001              403 statistics-within-home-grid
            fire         indicators                                       200
            fire         indicators?department=fire-brigade&grid=320599002 200
            fire         indicators?department=emergency                  403 statistics-own-department
            fire         rankings/grids                                   200
            fire         rankings/departments?department=emergency        403 statistics-own-department
            grid-staff   indicators                                       403 statistics-command-center-or-department
            grid-staff   rankings/grids                                   403 statistics-command-center-or-department
            enterprise   indicators                                       403 statistics-command-center-or-department
            citizen      rankings/departments                             403 statistics-command-center-or-department
            system       indicators                                       403 statistics-command-center-or-department
            district     open/grids?parent=320599                         200
            jinqiao-cc   open/grids                                       200
            jinqiao-cc   open/grids?parent=320599                         403 statistics-within-home-grid
            fire         open/grids                                       200
            grid-staff   open/grids                                       403 statistics-command-center-or-department
            citizen      open/grids                                       403 statistics-command-center-or-department
            district     patrol-indicators                                200
            jinqiao-cc   patrol-indicators?grid=320599001001001           200
            jinqiao-cc   patrol-indicators?grid=320599002                 403 statistics-within-home-grid
            jinqiao-cc   rankings/patrol                                  200
            jinqiao-cc   rankings/patrol?parent=320599                    403 statistics-within-home-grid
            fire         patrol-indicators                                403 patrol-statistics-for-command-centers
            fire         rankings/patrol                                  403 patrol-statistics-for-command-centers
            grid-staff   patrol-indicators                                403 statistics-command-center-or-department
            enterprise   rankings/patrol                                  403 statistics-command-center-or-department
            jinqiao-cc   rankings/patrol/staff                            200
            jinqiao-cc   rankings/patrol/staff?grid=320599002             403 statistics-within-home-grid
            district     rankings/patrol?level=COMMUNITY                  200
            fire         rankings/patrol/staff                            403 patrol-statistics-for-command-centers
            grid-staff   rankings/patrol/staff                            403 statistics-command-center-or-department
            system       patrol-indicators                                403 statistics-command-center-or-department
            district     inspection-indicators                            200
            jinqiao-cc   inspection-indicators?grid=320599001001001       200
            jinqiao-cc   inspection-indicators?grid=320599002             403 statistics-within-home-grid
            jinqiao-cc   two-increases                                    200
            jinqiao-cc   two-increases?grid=320599                        403 statistics-within-home-grid
            fire         inspection-indicators                            403 inspection-statistics-for-command-centers
            fire         two-increases                                    403 inspection-statistics-for-command-centers
            grid-staff   inspection-indicators                            403 statistics-command-center-or-department
            enterprise   two-increases                                    403 statistics-command-center-or-department
            system       inspection-indicators                            403 statistics-command-center-or-department
            district     self-inspection-indicators                       200
            jinqiao-cc   self-inspection-indicators?grid=320599002        403 statistics-within-home-grid
            fire         self-inspection-indicators                       403 inspection-statistics-for-command-centers
            enterprise   self-inspection-indicators                       403 statistics-command-center-or-department
            district     licence-expiries                                 200
            jinqiao-cc   licence-expiries?grid=320599001001001            200
            jinqiao-cc   licence-expiries?grid=320599002                  403 statistics-within-home-grid
            fire         licence-expiries                                 403 inspection-statistics-for-command-centers
            enterprise   licence-expiries                                 403 statistics-command-center-or-department
            system       licence-expiries                                 403 statistics-command-center-or-department
            """;

    static Stream<Arguments> statisticsCells() {
        Map<String, Actor> actors = Map.of(
                "district", districtCommandCenter(),
                "jinqiao-cc", jinqiaoCommandCenter(),
                "shihu-cc", shihuCommandCenter(),
                "fire", fireOfficer(),
                "grid-staff", jinqiaoGridManager(),
                "enterprise", enterprise(),
                "citizen", citizen(),
                "system", Actor.SYSTEM);
        return STATISTICS
                .strip()
                .lines()
                .map(line -> line.strip().split("\\s+"))
                .map(p -> Arguments.of(p[0], actors.get(p[0]), p[1], Integer.parseInt(p[2]), p.length > 3 ? p[3] : ""));
    }

    @ParameterizedTest(name = "{0} GET stats/{2} → {3} {4}")
    @MethodSource("statisticsCells")
    void statistics_are_for_command_centers_in_their_subtree_and_officers_of_their_department(
            String who, Actor actor, String path, int status, String rule) {
        var res = http.get("/api/v1/stats/" + path).as(actor).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(status);
        if (status == 403) {
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/access-denied");
            assertThat(res.json().get("rule").asText()).isEqualTo(rule);
        }
    }

    @Test
    void every_role_browses_the_reference_data() {
        for (Role role : Role.values()) {
            for (String path : List.of(
                    "/api/v1/grids",
                    "/api/v1/grids/320599001",
                    "/api/v1/grids/320599001/children",
                    "/api/v1/grids/320599001001001/staff",
                    "/api/v1/grids/locate?lon=120.15&lat=31.05",
                    "/api/v1/hazards",
                    "/api/v1/departments",
                    "/api/v1/duty-rules",
                    "/api/v1/calendar")) {
                assertThat(http.get(path).as(role.own).send().status())
                        .as(role + " " + path)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void listings_show_only_what_each_actor_may_read() {
        Case c = caseFor("get", Role.DEPARTMENT, true);
        for (Role role : Role.values()) {
            boolean ownReads = !role.equals(Role.CITIZEN);
            assertThat(listed(role.own, c)).as(role + " own").isEqualTo(ownReads);
            if (role.other != null) {
                assertThat(listed(role.other, c)).as(role + " other").isFalse();
            }
        }
    }

    private static boolean listed(Actor actor, Case c) {
        String cursor = null;
        while (true) {
            var res = http.get("/api/v1/cases?limit=1000" + (cursor == null ? "" : "&after=" + cursor))
                    .as(actor)
                    .send();
            assertThat(res.status()).isEqualTo(200);
            if (res.json().get("items").findValuesAsText("id").contains(c.id().value())) {
                return true;
            }
            if (!res.json().has("next")) {
                return false;
            }
            cursor = res.json().get("next").asText();
        }
    }

    private static Case caseFor(String endpoint, Role role, boolean own) {
        return CaseSetup.caseFor(http, endpoint, role == Role.CITIZEN && own);
    }

    private static Map<String, Object> body(String endpoint, Case c) {
        return switch (endpoint) {
            case "reject", "extension-denial" -> Map.of("reason", "矩阵测试");
            case "merge" -> Map.of("into", mergeTarget().id().value(), "reason", "重复");
            case "rectification" -> Map.of("evidence", "已整改");
            case "extension-request" ->
                Map.of(
                        "requestedDeadline",
                        c.deadline()
                                .orElseThrow()
                                .plus(Duration.ofDays(2))
                                .atZone(ZONE)
                                .toOffsetDateTime()
                                .toString(),
                        "reason",
                        "矩阵");
            case "verification" -> Map.of("passed", true);
            case "close" -> Map.of("satisfaction", 4);
            case "major-hazard-criterion" -> Map.of("criterion", "MEM_ORDER_10_2023:3.2", "reason", "矩阵测试");
            case "major-hazard-reports" ->
                Map.of("kind", "SUPERVISING_DEPARTMENT", "recipient", "区应急管理局", "reference", "矩阵〔2026〕1号");
            case "production-stop" -> Map.of("scope", "WHOLE", "evacuated", true, "reason", "矩阵测试");
            case "production-resumption" -> Map.of("summary", "矩阵测试");
            case "production-resumption/review" -> Map.of("passed", true);
            default -> Map.of();
        };
    }

    private static Case mergeTarget() {
        return CaseSetup.mergeTarget(http);
    }

    //  actor        method  what                        status rule (the district administrator's routes)
    static final String ADMINISTRATION = """
            admin        GET     export                      200 -
            district     GET     export                      403 district-administrator-own-district
            jinqiao-cc   GET     export                      403 district-administrator-own-district
            grid-staff   GET     export                      403 district-administrator-own-district
            system       GET     export                      403 district-administrator-own-district
            admin        PUT     staff/320599002001001       200 -
            jinqiao-cc   PUT     staff/320599001001001       200 -
            jinqiao-cc   PUT     staff/320599002001001       403 staff-by-district-administrator-or-street-center
            shihu-cc     PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            district     PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            grid-staff   PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            fire         PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            enterprise   PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            citizen      PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            system       PUT     staff/320599001001001       403 staff-by-district-administrator-or-street-center
            """;

    static Stream<Arguments> administrationCells() {
        return ADMINISTRATION
                .strip()
                .lines()
                .map(line -> Arguments.of((Object[]) line.strip().split("\\s+")));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("administrationCells")
    void the_administration_table_holds(String who, String method, String what, String status, String rule)
            throws Exception {
        Actor actor = Map.of(
                        "admin", districtAdministrator(),
                        "district", districtCommandCenter(),
                        "jinqiao-cc", jinqiaoCommandCenter(),
                        "shihu-cc", shihuCommandCenter(),
                        "grid-staff", jinqiaoGridManager(),
                        "fire", fireOfficer(),
                        "enterprise", enterprise(),
                        "citizen", citizen(),
                        "system", Actor.SYSTEM)
                .get(who);
        HttpFixture.Res res;
        if (method.equals("GET")) {
            res = http.get("/api/v1/district/" + what).as(actor).send();
        } else {
            // The grid's staff as they are, sent back: an allowed change writes nothing new.
            String path = "/api/v1/grids/" + what.substring("staff/".length()) + "/staff";
            HttpFixture.Res current = http.get(path).as(districtAdministrator()).send();
            Map<String, Object> body = new java.util.LinkedHashMap<>(http.mapper.convertValue(
                    current.json(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
            body.put("reason", "矩阵测试");
            res = http.put(path)
                    .as(actor)
                    .header("If-Match", current.header("ETag"))
                    .json(body)
                    .send();
            assertThat(http.get(path).as(districtAdministrator()).send().header("ETag"))
                    .isEqualTo(current.header("ETag"));
        }
        assertThat(res.status()).as(res.toString()).isEqualTo(Integer.parseInt(status));
        if (!rule.equals("-")) {
            assertThat(res.json().get("rule").asText()).isEqualTo(rule);
        }
    }

    //  actor        query of GET /api/v1/notices        status rule
    static final String NOTICES = """
            district     scope=320599                        200 -
            district     scope=320599001                     200 -
            jinqiao-cc   -                                   200 -
            jinqiao-cc   scope=320599001                     200 -
            jinqiao-cc   scope=320599002                     403 notices-within-home-grid
            jinqiao-cc   scope=320599                        403 notices-within-home-grid
            shihu-cc     scope=320599001                     403 notices-within-home-grid
            admin        scope=320599                        200 -
            admin        -                                   200 -
            fire         scope=320599                        403 notices-command-center-or-administrator
            grid-staff   scope=320599001                     403 notices-command-center-or-administrator
            enterprise   scope=320599001                     403 notices-command-center-or-administrator
            citizen      scope=320599                        403 notices-command-center-or-administrator
            system       scope=320599                        403 notices-command-center-or-administrator
            """;

    static Stream<Arguments> noticeCells() {
        return NOTICES.strip()
                .lines()
                .map(line -> Arguments.of((Object[]) line.strip().split("\\s+")));
    }

    @ParameterizedTest(name = "{0} GET notices?{1} → {2}")
    @MethodSource("noticeCells")
    void district_notices_are_for_command_centers_of_their_subtree_and_district_administrators(
            String who, String query, String status, String rule) {
        Actor actor = Map.of(
                        "admin", districtAdministrator(),
                        "district", districtCommandCenter(),
                        "jinqiao-cc", jinqiaoCommandCenter(),
                        "shihu-cc", shihuCommandCenter(),
                        "grid-staff", jinqiaoGridManager(),
                        "fire", fireOfficer(),
                        "enterprise", enterprise(),
                        "citizen", citizen(),
                        "system", Actor.SYSTEM)
                .get(who);
        var res = http.get("/api/v1/notices" + (query.equals("-") ? "" : "?" + query))
                .as(actor)
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(Integer.parseInt(status));
        if (!rule.equals("-")) {
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/access-denied");
            assertThat(res.json().get("rule").asText()).isEqualTo(rule);
        }
    }
}
