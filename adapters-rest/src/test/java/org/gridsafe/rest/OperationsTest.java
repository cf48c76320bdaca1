package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What operators rely on: graceful stop, one clean log line per request, and a lost race reported as 409. */
class OperationsTest {

    final HttpFixture http = new HttpFixture();

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
        http.notificationHook = n -> {
            inside.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<HttpFixture.Res> slow = CompletableFuture.supplyAsync(() ->
                http.post("/api/v1/cases").as(jinqiaoGridManager()).json(REPORT).send());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        http.api.stop();
        long stoppedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        var res = slow.get(10, TimeUnit.SECONDS);
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        assertThat(stoppedAfterMs).as("stop waited for the request").isGreaterThan(500);
        assertThat(http.store.size()).isEqualTo(1);
    }

    @Test
    void a_retry_while_the_first_request_still_runs_is_409_in_progress() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        http.notificationHook = n -> {
            inside.countDown();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<HttpFixture.Res> first = CompletableFuture.supplyAsync(() -> http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        var retry = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send();
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("type").asText())
                .isEqualTo("https://gridsafe.org/problems/idempotency-in-progress");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        http.notificationHook = n -> {};
        var later = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .header("Idempotency-Key", "slow-1")
                .json(REPORT)
                .send();
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(http.store.size()).isEqualTo(1);
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

    @Test
    void a_hazard_fixed_on_the_spot_is_reported_closed() {
        var res = fixedOnSpot("GENERAL", "灭火器压力不足", "已现场更换灭火器", List.of("photo-9"));
        assertThat(res.status()).as(res.toString()).isEqualTo(201);
        assertThat(res.json().get("state").asText()).isEqualTo("CLOSED");

        var major = fixedOnSpot("MAJOR", "x", "e", List.of());
        assertThat(major.status()).isEqualTo(400);
        assertThat(major.json().get("errors").findValuesAsText("field")).contains("report.grade");
    }

    private HttpFixture.Res fixedOnSpot(String grade, String description, String evidence, List<String> attachments) {
        Map<String, Object> report = Map.of(
                "grid",
                JINQIAO_MICRO_1.value(),
                "domain",
                "FIRE",
                "hazard",
                "2102",
                "grade",
                grade,
                "description",
                description);
        return http.post("/api/v1/cases/fixed-on-spot")
                .as(jinqiaoGridManager())
                .json(Map.of("report", report, "evidence", evidence, "evidenceAttachments", attachments))
                .send();
    }
}
