package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The server starts on a random port, authenticates, and answers unknown routes with a problem. */
class ServerBasicsTest {

    static final HttpFixture http = new HttpFixture();

    @AfterAll
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
