package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridsafe.port.IdempotencyClaim;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.StoreUnavailableException;
import org.gridsafe.port.StoredResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store that is down (a port throws core's {@link StoreUnavailableException}) is a 503 problem
 * with Retry-After, never a 500; a write whose outcome is unknown says so and keeps its
 * idempotency key, so a retry can never apply it twice; the health route follows the store.
 */
@OnEveryStore
class StoreUnavailableTest {

    final HttpFixture http;
    final FixtureStorage.Store store;

    StoreUnavailableTest(FixtureStorage.Store store) {
        this.store = store;
        this.http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    static final Map<String, Object> REPORT = Map.of(
            "grid", JINQIAO_MICRO_1.value(),
            "domain", "FIRE",
            "hazard", "2102",
            "grade", "GENERAL",
            "description", "配电箱门损坏");

    static StoreUnavailableException down(boolean outcomeUnknown) {
        return new StoreUnavailableException("connection refused", null, outcomeUnknown);
    }

    @Test
    void a_store_that_cannot_be_reached_is_503_with_retry_after_and_nothing_is_written() {
        http.nextAppendFailure = down(false);
        var res =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(503);
        assertThat(res.contentType()).startsWith("application/problem+json");
        assertThat(res.header("Retry-After")).isEqualTo("5");
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/storage-unavailable");
        assertThat(res.body()).doesNotContain("connection refused");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void a_failed_read_is_503_too() {
        var created =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        String id = created.json().get("id").asText();
        try (var api = new DownApi(http, () -> false)) {
            api.queriesDown.set(true);
            var res = api.get("/api/v1/cases/" + id);
            assertThat(res.status()).as(res.toString()).isEqualTo(503);
            assertThat(res.header("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void an_unknown_commit_outcome_says_re_read_and_a_retry_with_the_same_key_never_runs_twice() {
        http.nextAppendFailure = down(true);
        var first = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-unknown")
                .json(REPORT)
                .send();
        assertThat(first.status()).as(first.toString()).isEqualTo(503);
        assertThat(first.header("Retry-After")).isEqualTo("5");
        assertThat(first.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/outcome-unknown");
        assertThat(first.json().get("detail").asText()).contains("re-read");

        var retry = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-unknown")
                .json(REPORT)
                .send();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.json().get("type").asText())
                .isEqualTo("https://gridsafe.org/problems/idempotency-in-progress");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void a_known_failure_frees_the_key_so_the_retry_runs() {
        http.nextAppendFailure = down(false);
        var first = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-failed")
                .json(REPORT)
                .send();
        assertThat(first.status()).isEqualTo(503);
        var retry = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "k-failed")
                .json(REPORT)
                .send();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(http.store.size()).isEqualTo(1);
    }

    @Test
    void a_committed_write_is_acknowledged_even_if_its_key_cannot_be_completed() {
        try (var api = new DownApi(http, () -> true)) {
            api.completeDown.set(true);
            var res = api.post("/api/v1/cases", "k-commit", REPORT);
            assertThat(res.status()).as(res.toString()).isEqualTo(201);
            assertThat(http.store.size()).isEqualTo(1);
            api.completeDown.set(false);
            var retry = api.post("/api/v1/cases", "k-commit", REPORT);
            assertThat(retry.status()).as("never a second case").isEqualTo(409);
            assertThat(http.store.size()).isEqualTo(1);
        }
    }

    @Test
    void an_escalation_run_that_fails_says_some_escalations_may_be_written() {
        http.nextAppendFailure = down(false);
        http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        http.nextAppendFailure = null;
        var created =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        assertThat(created.status()).isEqualTo(201);
        http.clock.add(java.time.Duration.ofDays(30));
        http.nextAppendFailure = down(false);
        var res = http.post("/api/v1/escalations/run")
                .as(districtCommandCenter())
                .json("{}")
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(503);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/outcome-unknown");
    }

    @Test
    void an_open311_post_is_503_with_retry_after_in_its_own_format() {
        http.nextAppendFailure = down(false);
        var res = http.post("/open311/v2/requests.json")
                .form("api_key=" + HttpFixture.token(citizen())
                        + "&service_code=fire&lat=31.02&long=120.02&description=x")
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(503);
        assertThat(res.header("Retry-After")).isEqualTo("5");
        assertThat(res.json().get(0).get("code").asInt()).isEqualTo(503);
        assertThat(http.store.size()).isZero();
    }

    @Test
    void health_is_200_while_the_store_answers_and_503_when_it_does_not() {
        var up = http.get("/api/v1/health").send();
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("UP");
        assertThat(up.header("Cache-Control")).isEqualTo("no-store");

        AtomicBoolean answers = new AtomicBoolean(false);
        try (var api = new DownApi(http, answers::get)) {
            var down = api.get("/api/v1/health");
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.header("Retry-After")).isEqualTo("5");
            answers.set(true);
            assertThat(api.get("/api/v1/health").status()).isEqualTo(200);
        }
    }

    @Test
    void the_default_health_check_reads_through_the_case_queries_port() {
        try (var api = new DownApi(http, null)) {
            assertThat(api.get("/api/v1/health").status()).isEqualTo(200);
            api.queriesDown.set(true);
            assertThat(api.get("/api/v1/health").status()).isEqualTo(503);
        }
    }

    /**
     * A second server over the fixture's store whose case queries or idempotency completion can
     * be made to fail as if the database were down.
     */
    static final class DownApi implements AutoCloseable {
        final AtomicBoolean queriesDown = new AtomicBoolean();
        final AtomicBoolean completeDown = new AtomicBoolean();
        final GridSafeHttpApi api;
        final HttpFixture http;

        DownApi(HttpFixture http, java.util.function.BooleanSupplier health) {
            this.http = http;
            org.gridsafe.port.CaseQueries real = http.gridSafe.caseQueries();
            org.gridsafe.port.CaseQueries queries =
                    (org.gridsafe.port.CaseQueries) java.lang.reflect.Proxy.newProxyInstance(
                            getClass().getClassLoader(),
                            new Class<?>[] {org.gridsafe.port.CaseQueries.class},
                            (p, m, a) -> {
                                if (queriesDown.get()) {
                                    throw down(false);
                                }
                                try {
                                    return m.invoke(real, a);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
            IdempotencyKeys keys = http.store.idempotencyKeys();
            IdempotencyKeys failing = new IdempotencyKeys() {
                @Override
                public IdempotencyClaim claim(String scope, String key, String fingerprint, Instant now) {
                    return keys.claim(scope, key, fingerprint, now);
                }

                @Override
                public void complete(String scope, String key, StoredResponse response) {
                    if (completeDown.get()) {
                        throw down(true);
                    }
                    keys.complete(scope, key, response);
                }

                @Override
                public void release(String scope, String key) {
                    keys.release(scope, key);
                }
            };
            var gridSafe = http.store
                    .wire(org.gridsafe.GridSafe.builder())
                    .caseStore(http.racingStore)
                    .caseQueries(queries)
                    .clock(http.clock)
                    .build();
            var builder = GridSafeHttpApi.builder(gridSafe)
                    .tokens(http.tokens)
                    .idempotencyKeys(failing)
                    .clock(http.clock);
            if (health != null) {
                builder.healthCheck(health);
            }
            api = builder.build().start("127.0.0.1", 0);
        }

        HttpFixture.Res get(String path) {
            return send(java.net.http.HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Bearer " + HttpFixture.token(districtCommandCenter()))
                    .GET());
        }

        HttpFixture.Res post(String path, String key, Map<String, Object> body) {
            try {
                return send(java.net.http.HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + HttpFixture.token(jinqiaoGridManager()))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(http.mapper.writeValueAsString(body))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private java.net.URI uri(String path) {
            return java.net.URI.create("http://127.0.0.1:" + api.port() + path);
        }

        private HttpFixture.Res send(java.net.http.HttpRequest.Builder request) {
            try {
                var response = http.client.send(
                        request.timeout(java.time.Duration.ofSeconds(20)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                var json = response.body().isEmpty() ? null : http.mapper.readTree(response.body());
                return new HttpFixture.Res(
                        response.statusCode(), response.headers().map(), response.body(), json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            api.stop();
        }
    }
}
