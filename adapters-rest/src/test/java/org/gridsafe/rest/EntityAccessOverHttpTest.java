package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.rest.EntityBodiesForTests.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gridsafe.access.Actor;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × entity endpoint × (own / other) → allowed or 403, from one table, over HTTP. The entity
 * of every cell is a fresh place in 金桥 (micro-grid 320599001001001) operated by the sample
 * enterprise and supervised by the fire brigade, so "own" is: the home grid's subtree for grid
 * staff and command centers, the department it names for officers, the enterprise that operates
 * it. A refused command leaves the entity as it was; a refused registration writes nothing; the
 * listings (search, map, licence expiries) answer 200 and leave out what the actor may not read.
 */
@OnEveryStore
class EntityAccessOverHttpTest {

    static HttpFixture http;
    static final AtomicInteger SERIAL = new AtomicInteger();
    /** The adapter's own reading of a profile body, for setting up cells in-process. */
    static final EntityRoutes PARSER = new EntityRoutes(
            java.util.Optional.empty(),
            org.gridsafe.entity.LicenceTypeCatalog.standard(),
            new Json(ZONE),
            java.time.Clock.systemUTC());

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
            get                 Y N         Y N          Y N         Y N         N N       Y
            history             Y N         Y N          Y N         Y N         N N       Y
            search              Y N         Y N          Y N         Y N         N N       Y
            map                 Y N         Y N          Y N         Y N         N N       Y
            licence-expiries    Y N         Y N          Y N         Y N         N N       Y
            register            N N         Y N          N N         N N         N N       N
            amend               N N         Y N          N N         Y N         N N       N
            suspend             N N         Y N          N N         N N         N N       N
            resume              N N         Y N          N N         N N         N N       N
            close               N N         Y N          N N         N N         N N       N
            deregister          N N         Y N          N N         N N         N N       N
            self-assessment     N N         N N          N N         Y N         N N       N
            risk-assessment     N N         Y N          Y N         N N         N N       N
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
            String[] f = line.trim().split("\\s+");
            int column = 1;
            for (Role role : Role.values()) {
                cells.add(Arguments.of(f[0], role, true, f[column++].equals("Y")));
                if (role.other != null) {
                    cells.add(Arguments.of(f[0], role, false, f[column++].equals("Y")));
                }
            }
        }
        return cells.stream();
    }

    @Test
    void the_table_covers_every_entity_route_and_every_role() {
        assertThat(cells()).hasSize(13 * 11);
        List<String> routes = new ArrayList<>();
        for (String route : http.api.registeredRoutes()) {
            // An entity's self-inspection and internal-report routes have their own matrix
            // (SelfCheckAccessMatrixTest) and tests (InternalReportsOverHttpTest); the licence-expiry
            // indicator under /stats is a statistic, in AuthorizationMatrixTest's statistics table.
            if ((route.contains("/entities") || route.contains("/licence-expiries"))
                    && !route.startsWith("GET /api/v1/stats/")
                    && !route.contains("/self-check/")
                    && !route.contains("/internal-reports")) {
                routes.add(route);
            }
        }
        // get, history, search, map, licence-expiries, register and the seven commands
        assertThat(routes).hasSize(13);
    }

    private static Map<String, Object> operatedPlace(double lon, double lat) {
        return shop(
                "金桥小超市" + SERIAL.incrementAndGet(),
                lon,
                lat,
                enterprise().enterpriseId().orElseThrow());
    }

    /** A fresh place of the table's owner, in the status the endpoint needs, registered in-process. */
    private static SupervisedEntity fresh(String endpoint) {
        EntityId id = EntityId.of("PL-" + SERIAL.incrementAndGet());
        var body = http.mapper.convertValue(operatedPlace(120.02, 31.02), EntityBodies.ProfileBody.class);
        SupervisedEntity e = http.entities.execute(
                districtCommandCenter(), new EntityCommand.Register(id, PARSER.profile(body), "矩阵测试"));
        if (endpoint.equals("resume")) {
            e = http.entities.execute(districtCommandCenter(), new EntityCommand.Suspend(id, e.version(), "矩阵测试"));
        }
        return e;
    }

    @ParameterizedTest(name = "{0} by {1} ({2} ? own : other) allowed={3}")
    @MethodSource("cells")
    void each_cell_is_allowed_or_refused_as_the_table_says(String endpoint, Role role, boolean own, boolean allowed) {
        Actor actor = own ? role.own : role.other;
        if (endpoint.equals("register")) {
            String id = "PL-R" + SERIAL.incrementAndGet();
            var res = http.post("/api/v1/entities")
                    .as(actor)
                    .json(registration(id, operatedPlace(120.07, 31.02)))
                    .send();
            check(res, allowed, 201);
            assertThat(http.store.entityRegistry().find(EntityId.of(id)).isPresent())
                    .as("registered")
                    .isEqualTo(allowed);
            return;
        }
        SupervisedEntity e = fresh(endpoint);
        String path = "/api/v1/entities/" + e.id().value();
        switch (endpoint) {
            case "get" -> check(http.get(path).as(actor).send(), allowed, 200);
            case "history" -> check(http.get(path + "/history").as(actor).send(), allowed, 200);
            case "search" ->
                listed(
                        http.get("/api/v1/entities?text=" + e.id().value())
                                .as(actor)
                                .send(),
                        "items",
                        "id",
                        e,
                        allowed);
            case "map" ->
                listed(
                        http.get("/api/v1/entities.geojson?text=" + e.id().value())
                                .as(actor)
                                .send(),
                        "features",
                        "id",
                        e,
                        allowed);
            case "licence-expiries" ->
                listed(
                        http.get("/api/v1/licence-expiries?text=" + e.id().value())
                                .as(actor)
                                .send(),
                        "items",
                        "entityId",
                        e,
                        allowed);
            default -> {
                Object body = switch (endpoint) {
                    case "amend" ->
                        map("reason", "矩阵测试", "profile", with(EntityViews.profile(e.profile()), "floorArea", 90));
                    case "self-assessment", "risk-assessment" -> assessment("YELLOW");
                    default -> map("reason", "矩阵测试");
                };
                @SuppressWarnings("unchecked")
                Map<String, Object> json = (Map<String, Object>) body;
                var res = http.post(path + "/" + endpoint)
                        .as(actor)
                        .ifMatch(e.version())
                        .json(json)
                        .send();
                check(res, allowed, 200);
                long after =
                        http.store.entityRegistry().find(e.id()).orElseThrow().version();
                assertThat(after).as("version after").isEqualTo(allowed ? e.version() + 1 : e.version());
            }
        }
    }

    private static void check(HttpFixture.Res res, boolean allowed, int success) {
        if (allowed) {
            assertThat(res.status()).as(res.toString()).isEqualTo(success);
        } else {
            assertThat(res.status()).as(res.toString()).isEqualTo(403);
            assertThat(res.json().get("type").asText()).endsWith("/access-denied");
            assertThat(res.json().has("rule")).isTrue();
        }
    }

    private static void listed(HttpFixture.Res res, String array, String key, SupervisedEntity e, boolean allowed) {
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        res.json().get(array).forEach(item -> ids.add(item.get(key).asText()));
        if (allowed) {
            assertThat(ids).contains(e.id().value());
        } else {
            assertThat(ids).doesNotContain(e.id().value());
        }
    }
}
