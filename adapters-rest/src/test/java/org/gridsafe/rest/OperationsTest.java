package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What operators rely on: graceful stop, one clean log line per request, and a lost race reported as 409. */
@OnEveryStore
class OperationsTest {

    final HttpFixture http;

    OperationsTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
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
            "description", "配电箱门损坏",
            "reporterContact", "13611112222");

    @Test
    void stop_lets_a_request_in_flight_finish() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger order = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
        http.beforeAppend = () -> {
            inside.countDown();
            await(release);
            released.set(order.incrementAndGet());
        };
        CompletableFuture<HttpFixture.Res> slow = CompletableFuture.supplyAsync(() ->
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        int port = http.api.port();
        CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(() -> {
            http.api.stop();
            return order.incrementAndGet();
        });
        awaitRefusingConnections(port);
        // stop has begun (no new connections) while the request is still held inside
        assertThat(stopped).as("stop returned while a request was in flight").isNotDone();
        release.countDown();
        var res = slow.get(10, TimeUnit.SECONDS);
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        assertThat(stopped.get(10, TimeUnit.SECONDS))
                .as("stop returned after the request was let go")
                .isGreaterThan(released.get());
        assertThat(http.store.size()).isEqualTo(1);
    }

    @Test
    void a_retry_while_the_first_request_still_runs_is_409_in_progress() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        http.beforeAppend = () -> {
            inside.countDown();
            await(release);
        };
        CompletableFuture<HttpFixture.Res> first = CompletableFuture.supplyAsync(() -> http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        http.beforeAppend = () -> {};
        var retry = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send();
        release.countDown();
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("type").asText())
                .isEqualTo("https://gridsafe.org/problems/idempotency-in-progress");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        var later = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send();
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(http.store.size()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns once the server refuses new connections: the first thing a graceful stop does. */
    private static void awaitRefusingConnections(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (IOException refused) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the server still accepted connections 10 s after stop() was called");
    }

    @Test
    void each_request_logs_one_line_without_tokens_or_contact_details() {
        Logger logger = (Logger) LoggerFactory.getLogger(GridSafeHttpApi.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            var res = http.post("/api/v1/cases")
                    .as(jinqiaoGridManager())
                    .json(REPORT)
                    .send();
            http.get("/api/v1/cases/" + res.json().get("id").asText())
                    .as(jinqiaoCommandCenter())
                    .send();
            http.get("/api/v1/grids").bearer("secret-unknown-token").send();
        } finally {
            logger.detachAppender(lines);
        }
        List<String> messages =
                lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).matches("POST /api/v1/cases 201 \\d+ms actor=gm-m111");
        assertThat(messages.get(1)).matches("GET /api/v1/cases/YH\\S+ 200 \\d+ms actor=cc-jinqiao");
        assertThat(messages.get(2)).matches("GET /api/v1/grids 401 \\d+ms actor=-");
        assertThat(String.join("\n", messages))
                .doesNotContain("13611112222", "secret-unknown-token", HttpFixture.token(jinqiaoGridManager()));
    }

    @Test
    void a_command_that_loses_a_race_after_the_version_check_is_409() {
        var reported =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        String id = reported.json().get("id").asText();
        http.loseNextRace.set(true);
        var res = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json("{}")
                .send();
        assertThat(res.status()).isEqualTo(409);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/concurrent-update");
        assertThat(http.store
                        .find(org.gridsafe.casework.CaseId.of(id))
                        .orElseThrow()
                        .version())
                .isEqualTo(1);
    }

    @Test
    void an_unexpected_failure_is_a_generic_500_problem_and_is_logged() {
        http.nextAppendFailure = new IllegalStateException("disk on fire at /var/lib/secret");
        var res =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        assertThat(res.status()).isEqualTo(500);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/internal-error");
        assertThat(res.body()).doesNotContain("disk", "secret", "IllegalStateException", "at org.");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void an_illegal_argument_from_inside_the_library_is_a_500_not_the_clients_bad_input() {
        http.nextAppendFailure = new IllegalArgumentException("event version must be at least 1, was 0");
        var res =
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send();
        assertThat(res.status()).isEqualTo(500);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/internal-error");
        assertThat(res.body()).doesNotContain("event version");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void an_open311_post_is_logged_with_the_actor_of_its_api_key() {
        Logger logger = (Logger) LoggerFactory.getLogger(GridSafeHttpApi.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            var res = http.post("/open311/v2/requests.json")
                    .form("api_key=" + HttpFixture.token(citizen())
                            + "&service_code=fire&lat=31.02&long=120.02&description=x&phone=13500000000")
                    .send();
            assertThat(res.status()).isEqualTo(200);
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getFormattedMessage())
                .matches("POST /open311/v2/requests.json 200 \\d+ms actor=citizen-1");
    }
}
