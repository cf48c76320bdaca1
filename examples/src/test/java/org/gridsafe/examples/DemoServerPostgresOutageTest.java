package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The demo server on a real PostgreSQL, under load from several threads over HTTP, while the
 * database is stopped with {@code pg_ctl stop -m immediate} (no shutdown checkpoint, every session
 * cut) and started again on the same port and data directory. While it is down every request that
 * needs it is 503 problem+json with Retry-After and answers in bounded time (never a 500, never a
 * hang, never a dropped connection); once it is back, the same server process serves again; every
 * acknowledged report and command is stored, no report refused as "nothing stored" appears, and
 * retries with the Idempotency-Key of an unknown outcome never store a second case.
 */
class DemoServerPostgresOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: this checks that nothing hangs, not how fast the server is. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    enum Outcome {
        ACKNOWLEDGED,
        FAILED,
        UNKNOWN
    }

    record Attempt(String description, String key, Outcome outcome, String id) {}

    record Answer(int status, HttpResponse<String> raw, JsonNode body, long millis) {}

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicLong slowest = new AtomicLong();
    private final AtomicInteger unavailableAnswers = new AtomicInteger();

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsDownAndTheSameServerServesWhenItIsBack() throws Exception {
        Path dataDir =
                Files.createTempDirectory(Path.of("target"), "pg-outage-").toAbsolutePath();
        EmbeddedPostgres first =
                durable(EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false));
        int pgPort = first.getPort();
        String url = first.getJdbcUrl("postgres", "postgres");
        ServerOptions options = ServerOptions.parse(
                new String[] {"--port", "0", "--db-url", url, "--db-user", "postgres", "--db-password", "postgres"},
                Map.of());
        EmbeddedPostgres second = null;
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            String base = server.baseUrl();
            Map<String, Attempt> reports = new ConcurrentHashMap<>();
            Map<String, Outcome> registrations = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger acknowledged = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String description = "停库测试 " + writer + "-" + i;
                        String key = i % 2 == 0 ? "outage-" + writer + "-" + i : null;
                        Answer reported = report(base, description, key);
                        Outcome outcome = classify(reported, 201);
                        String id = outcome == Outcome.ACKNOWLEDGED
                                ? reported.body().get("id").asText()
                                : null;
                        reports.put(description, new Attempt(description, key, outcome, id));
                        if (outcome != Outcome.ACKNOWLEDGED) {
                            pause(100);
                            continue;
                        }
                        acknowledged.incrementAndGet();
                        Answer registered =
                                post(base, "/api/v1/cases/" + id + "/register", "demo-street-center", "{}", 1L, null);
                        registrations.put(id, classify(registered, 200));
                    }
                    return null;
                }));
            }
            waitFor(
                    () -> acknowledged.get() >= 40,
                    Duration.ofSeconds(120),
                    "40 acknowledged reports before the outage");
            String someId = reports.values().stream()
                    .filter(a -> a.outcome() == Outcome.ACKNOWLEDGED)
                    .findFirst()
                    .orElseThrow()
                    .id();

            stopImmediately(dataDir);
            // While it is down: the health route, a read and a write all say 503, quickly.
            Answer health = get(base, "/api/v1/health", null);
            assertThat(health.status())
                    .as("health while down: %s", health.raw().body())
                    .isEqualTo(503);
            assertUnavailable(health);
            Answer read = get(base, "/api/v1/cases/" + someId, "demo-district-center");
            assertThat(read.status())
                    .as("read while down: %s", read.raw().body())
                    .isEqualTo(503);
            assertUnavailable(read);
            Answer write = report(base, "停库期间的上报", null);
            assertThat(write.status())
                    .as("write while down: %s", write.raw().body())
                    .isEqualTo(503);
            assertUnavailable(write);
            reports.put("停库期间的上报", new Attempt("停库期间的上报", null, classify(write, 201), null));
            Thread.sleep(3_000); // the writers keep going against the stopped database
            first.close(); // pg_ctl stop finds nothing running (logged); frees zonky's lock on the directory

            second = durable(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(pgPort));
            waitFor(
                    () -> {
                        Answer h = get(base, "/api/v1/health", null);
                        return h != null && h.status() == 200;
                    },
                    Duration.ofSeconds(60),
                    "health 200 after the restart");
            int before = acknowledged.get();
            waitFor(
                    () -> acknowledged.get() >= before + 20,
                    Duration.ofSeconds(60),
                    "20 reports acknowledged after the restart");
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }

            System.out.printf(
                    "outage: reports %s, registrations %s, 503 answers %d, slowest answer %d ms%n",
                    count(reports.values().stream().map(Attempt::outcome).toList()),
                    count(List.copyOf(registrations.values())),
                    unavailableAnswers.get(),
                    slowest.get());
            assertThat(violations).as("answers that break the outage contract").isEmpty();
            assertThat(unavailableAnswers.get())
                    .as("503 answers seen by the writers")
                    .isPositive();
            assertThat(Duration.ofMillis(slowest.get())).as("slowest answer").isLessThan(BOUND);

            Map<String, List<JsonNode>> stored = allCasesByDescription(base);
            for (Attempt a : reports.values()) {
                List<JsonNode> found = stored.getOrDefault(a.description(), List.of());
                assertThat(found.size()).as("copies of %s", a.description()).isLessThanOrEqualTo(1);
                switch (a.outcome()) {
                    case ACKNOWLEDGED -> {
                        assertThat(found).as("acknowledged %s", a.description()).hasSize(1);
                        assertThat(found.get(0).get("id").asText()).isEqualTo(a.id());
                    }
                    case FAILED ->
                        assertThat(found)
                                .as("refused %s must not appear", a.description())
                                .isEmpty();
                    case UNKNOWN -> {
                        // either way
                    }
                }
            }
            for (Map.Entry<String, Outcome> r : registrations.entrySet()) {
                JsonNode c = get(base, "/api/v1/cases/" + r.getKey(), "demo-district-center")
                        .body();
                long version = c.get("version").asLong();
                switch (r.getValue()) {
                    case ACKNOWLEDGED ->
                        assertThat(version).as("registered %s", r.getKey()).isEqualTo(2);
                    case FAILED ->
                        assertThat(version)
                                .as("refused register %s", r.getKey())
                                .isEqualTo(1);
                    case UNKNOWN -> assertThat(version).isBetween(1L, 2L);
                }
            }
            // Retrying with the key of a request whose outcome is unknown never stores it twice.
            for (Attempt a : reports.values()) {
                if (a.key() != null && a.outcome() != Outcome.ACKNOWLEDGED) {
                    Answer retry = report(base, a.description(), a.key());
                    assertThat(retry.status())
                            .as(
                                    "retry of %s (%s): %s",
                                    a.description(), a.outcome(), retry.raw().body())
                            .isIn(201, 409);
                    if (retry.status() == 409) {
                        assertThat(retry.body().get("type").asText()).endsWith("/idempotency-in-progress");
                    }
                }
            }

            Map<String, List<JsonNode>> afterRetries = allCasesByDescription(base);
            for (Map.Entry<String, List<JsonNode>> e : afterRetries.entrySet()) {
                assertThat(e.getValue())
                        .as("copies of %s after retries", e.getKey())
                        .hasSizeLessThanOrEqualTo(1);
            }
            for (List<JsonNode> cases : afterRetries.values()) {
                for (JsonNode c : cases) {
                    Answer history =
                            get(base, "/api/v1/cases/" + c.get("id").asText() + "/history", "demo-district-center");
                    assertThat(history.raw().body())
                            .as("chain of %s", c.get("id"))
                            .contains("\"intact\":true");
                }
            }
        } finally {
            writers.shutdownNow();
            if (second != null) {
                second.close();
            } else {
                first.close();
            }
        }
    }

    private static Map<Outcome, Long> count(List<Outcome> outcomes) {
        Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
        outcomes.forEach(o -> counts.merge(o, 1L, Long::sum));
        return counts;
    }

    /** 2xx is acknowledged; 503 must be a problem with Retry-After; anything else breaks the contract. */
    private Outcome classify(Answer a, int success) {
        if (a == null) {
            return Outcome.UNKNOWN; // the connection failed: recorded as a violation already
        }
        if (a.status() == success) {
            return Outcome.ACKNOWLEDGED;
        }
        if (a.status() == 503) {
            unavailableAnswers.incrementAndGet();
            assertUnavailableQuietly(a);
            String type = a.body() == null ? "" : a.body().path("type").asText();
            return type.endsWith("/outcome-unknown") ? Outcome.UNKNOWN : Outcome.FAILED;
        }
        violations.add(a.status() + " " + a.raw().uri() + ": " + a.raw().body());
        return Outcome.UNKNOWN;
    }

    private void assertUnavailable(Answer a) {
        assertThat(a.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(a.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(Duration.ofMillis(a.millis())).isLessThan(BOUND);
        String type = a.body().get("type").asText();
        assertThat(type).matches(".*/(storage-unavailable|outcome-unknown)");
    }

    private void assertUnavailableQuietly(Answer a) {
        try {
            assertUnavailable(a);
        } catch (AssertionError e) {
            violations.add(e.getMessage());
        }
    }

    private Answer report(String base, String description, String key) {
        String body = "{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},\"domain\":\"FIRE\","
                + "\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"" + description + "\"}";
        return post(base, "/api/v1/cases", "demo-grid-staff", body, null, key);
    }

    private Answer post(String base, String path, String token, String json, Long ifMatch, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    private Answer get(String base, String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A failed connection or a timeout is a violation (the server must always answer). */
    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            slowest.accumulateAndGet(millis, Math::max);
            JsonNode body = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json")
                    && !response.body().isEmpty()) {
                body = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, body, millis);
        } catch (IOException e) {
            violations.add("no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Map<String, List<JsonNode>> allCasesByDescription(String base) {
        Map<String, List<JsonNode>> byDescription = new HashMap<>();
        String after = null;
        do {
            Answer page = get(
                    base, "/api/v1/cases?limit=100" + (after == null ? "" : "&after=" + after), "demo-district-center");
            assertThat(page.status()).as("%s", page.raw().body()).isEqualTo(200);
            for (JsonNode c : page.body().get("items")) {
                byDescription
                        .computeIfAbsent(c.get("description").asText(), d -> new ArrayList<>())
                        .add(c);
            }
            after = page.body().has("next") ? page.body().get("next").asText() : null;
        } while (after != null);
        return byDescription;
    }

    /**
     * {@code pg_ctl stop -m immediate}: every backend is cut off at once, no shutdown checkpoint.
     * pg_ctl refuses to run as root (containers often are); it then does what pg_ctl does for this
     * mode: SIGQUIT to the postmaster.
     */
    private static void stopImmediately(Path dataDir) throws Exception {
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        String postgres = postmaster
                .info()
                .command()
                .orElseThrow(() -> new IllegalStateException("cannot see the postmaster's executable"));
        Path pgCtl = Path.of(postgres).resolveSibling("pg_ctl");
        String output = run(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "immediate", "-w");
        if (output.contains("cannot be run as root")) {
            output = run("kill", "-QUIT", Long.toString(pid));
        }
        postmaster.onExit().get(60, TimeUnit.SECONDS);
        assertThat(postmaster.isAlive())
                .as("postmaster after the stop (%s)", output)
                .isFalse();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output + " (exit " + p.exitValue() + ")";
    }

    private static EmbeddedPostgres durable(EmbeddedPostgres.Builder builder) throws IOException {
        return builder.setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, Duration limit, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
