package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridsafe.access.Actor;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests, generated from the served {@code /openapi.json}, sent over a raw socket
 * (see {@link OpenApiFuzzer}): no answer may be 5xx, no connection may drop without an answer, and
 * a refused request (4xx) must write nothing (cases and events in the store before and after
 * agree). The seed is fixed and printed; {@code -Dgridsafe.fuzz.seed=N} replays a run and
 * {@code -Dgridsafe.fuzz.requests=N} sets its length (the build's run is short; the
 * {@code fuzz-long} profile runs 100,000 per store).
 */
@OnEveryStore
class OpenApiFuzzTest {

    static final long DEFAULT_SEED = 20261201L;
    static final int DEFAULT_REQUESTS = 2_500;
    private static final Pattern CASE_ID = Pattern.compile("\"(?:id|service_request_id)\":\"(YH[0-9A-Za-z-]{1,40})\"");

    final HttpFixture http;
    final FixtureStorage.Store store;

    OpenApiFuzzTest(FixtureStorage.Store store) {
        this.store = store;
        this.http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void no_malformed_request_gets_a_5xx_a_dropped_connection_or_a_write() throws Exception {
        long seed = Long.getLong("gridsafe.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("gridsafe.fuzz.requests", DEFAULT_REQUESTS);
        String storage = store.name();
        System.out.printf(
                "fuzz: seed=%d requests=%d storage=%s (replay: -Dgridsafe.fuzz.seed=%d -Dgridsafe.fuzz.requests=%d)%n",
                seed, requests, storage, seed, requests);

        List<String> caseIds = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            var created = http.post("/api/v1/cases")
                    .as(SampleDistrict.jinqiaoGridManager())
                    .json(Map.of(
                            "grid", SampleDistrict.JINQIAO_MICRO_1.value(),
                            "domain", "FIRE",
                            "hazard", "2102",
                            "grade", "GENERAL",
                            "description", "模糊测试起点 " + i))
                    .send();
            assertThat(created.status()).isEqualTo(201);
            caseIds.add(created.json().get("id").asText());
        }
        List<String> tokens = new ArrayList<>();
        for (Actor actor : HttpFixture.CAST) {
            tokens.add(HttpFixture.token(actor));
        }
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(servedDocument(), seed, tokens, caseIds);
        assertThat(fuzzer.operations()).as("operations in the served document").hasSizeGreaterThan(40);

        RawHttp raw = new RawHttp(http.api.port(), 30_000);
        // One line per request would be thousands of lines; warnings and errors still show.
        ch.qos.logback.classic.Logger requestLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(GridSafeHttpApi.class);
        ch.qos.logback.classic.Level level = requestLog.getLevel();
        requestLog.setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long cases = http.store.size();
        long events = http.store.events();
        long start = System.nanoTime();
        for (int i = 0; i < requests && failures.size() < 20; i++) {
            OpenApiFuzzer.Case c = fuzzer.next(i);
            RawHttp.Response res = raw.send(c.request());
            long casesAfter = http.store.size();
            long eventsAfter = http.store.events();
            String problem = null;
            if (!res.answered()) {
                problem = "no answer: " + res.failure();
            } else if (res.status() >= 500) {
                problem = "answered " + res.status();
            } else if (res.status() >= 400 && (casesAfter != cases || eventsAfter != events)) {
                problem = "refused with " + res.status() + " but wrote: cases " + cases + " -> " + casesAfter
                        + ", events " + events + " -> " + eventsAfter;
            }
            byStatus.merge(res.answered() ? res.status() / 100 + "xx" : "none", 1, Integer::sum);
            if (problem != null) {
                failures.add(String.format(
                        "#%d %s %s%n  mutations: %s%n  request: %s%n  connection: %s%n  answer: %s%n%s",
                        i,
                        c.operation().name(),
                        problem,
                        c.mutations(),
                        c.request().describe(http.api.port()),
                        res.connection(),
                        res.head().replace("\r\n", " | "),
                        res.body().length() > 600 ? res.body().substring(0, 600) + "..." : res.body()));
            }
            if (res.status() >= 200 && res.status() < 300) {
                Matcher m = CASE_ID.matcher(res.body());
                if (m.find() && caseIds.size() < 200) {
                    caseIds.add(m.group(1));
                }
            }
            cases = casesAfter;
            events = eventsAfter;
        }
        requestLog.setLevel(level);
        System.out.printf(
                "fuzz: %d requests in %d ms, answers %s%n",
                requests, Duration.ofNanos(System.nanoTime() - start).toMillis(), byStatus);
        assertThat(failures)
                .as("seed %d (replay with -Dgridsafe.fuzz.seed=%d -Dgridsafe.rest.storage=%s)", seed, seed, storage)
                .isEmpty();
        assertThat(byStatus)
                .as("the run reached the handlers, not only the parsers")
                .containsKey("2xx");
    }

    private JsonNode servedDocument() throws Exception {
        HttpResponse<String> res = http.client.send(
                HttpRequest.newBuilder(URI.create(http.base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        return http.mapper.readTree(res.body());
    }
}
