package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridsafe.grid.GridCode;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.locationtech.jts.geom.Coordinate;

/** The server starts on a random port, authenticates, and answers unknown routes with a problem. */
@OnEveryStore
class ServerBasicsTest {

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
    void an_authenticated_actor_browses_the_grid_tree() {
        var res = http.get("/api/v1/grids").as(SampleDistrict.citizen()).send();
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.json().at("/items/0/code").asText()).isEqualTo("320599");
    }

    @Test
    void a_grid_and_its_children_carry_their_boundaries_as_geojson() {
        var grid = http.get("/api/v1/grids/320599001001001")
                .as(SampleDistrict.citizen())
                .send();
        assertThat(grid.status()).isEqualTo(200);
        Coordinate[] expected = http.gridSafe
                .directory()
                .grids()
                .find(GridCode.parse("320599001001001"))
                .orElseThrow()
                .boundary()
                .orElseThrow()
                .getCoordinates();
        var ring = grid.json().at("/boundary/coordinates/0");
        assertThat(grid.json().at("/boundary/type").asText()).isEqualTo("Polygon");
        assertThat(ring.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(ring.get(i).get(0).asDouble()).as("longitude %d", i).isEqualTo(expected[i].getX());
            assertThat(ring.get(i).get(1).asDouble()).as("latitude %d", i).isEqualTo(expected[i].getY());
        }

        var children = http.get("/api/v1/grids/320599001001/children")
                .as(SampleDistrict.citizen())
                .send();
        assertThat(children.status()).isEqualTo(200);
        assertThat(children.json().get("items"))
                .isNotEmpty()
                .allSatisfy(
                        child -> assertThat(child.at("/boundary/type").asText()).isEqualTo("Polygon"));
    }

    @Test
    void no_token_is_401_with_a_bearer_challenge() {
        var res = http.get("/api/v1/grids").send();
        assertThat(res.status()).isEqualTo(401);
        assertThat(res.contentType()).startsWith("application/problem+json");
        assertThat(res.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/unauthorized");
    }

    @Test
    void an_unknown_token_is_401() {
        var res = http.get("/api/v1/grids").bearer("no-such-token-at-all").send();
        assertThat(res.status()).isEqualTo(401);
        assertThat(res.body()).doesNotContain("no-such-token-at-all");
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        var res = http.get("/nope").send();
        assertThat(res.status()).isEqualTo(404);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/not-found");
    }

    @Test
    void a_wrong_method_on_a_known_path_is_a_405_problem() {
        var res = http.new Call("DELETE", "/api/v1/cases")
                .as(SampleDistrict.jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).isEqualTo(405);
        assertThat(res.contentType()).startsWith("application/problem+json");
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/method-not-allowed");
    }
}
