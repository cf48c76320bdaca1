package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseId;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged demo server ({@code target/gridsafe-demo.jar}) as a child JVM, driven over HTTP
 * from several threads (JSON reports, register and dispatch with If-Match, Open311 reports) and
 * killed with SIGKILL at random moments, then restarted. Every answer of 2xx must hold after the
 * restarts: the same description, state and version; no id acknowledged twice; idempotency keys
 * answered before a crash replay the same case after it; every hash chain verifies. Here on
 * PostgreSQL (two server processes on one database); {@link DemoServerH2CrashIT} runs the same on
 * the H2 file default, with a lone write killed at its answer. The kill moments come
 * from a printed seed: {@code -Dgridsafe.crash.seed=N} replays them.
 */
class DemoServerCrashIT {

    private static final Path JAR = Path.of(System.getProperty("gridsafe.demo.jar", "target/gridsafe-demo.jar"));
    private static final long SEED = Long.getLong("gridsafe.crash.seed", System.nanoTime());
    private static final int KILLS = 6;
    private static final int THREADS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("GridSafe listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOnPostgresqlWithTwoServers() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE crash");
            }
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/crash";
            List<String> server = List.of("--db-url", url, "--db-user", "postgres", "--db-password", "postgres");
            // The first process creates the schema and the district; the second joins it.
            CrashRun run = new CrashRun("PostgreSQL", List.of(server, server)).run();
            try (HikariDataSource ds = pool(url, "postgres")) {
                run.verifyStored(ds);
            }
        }
    }

    static HikariDataSource pool(String url, String user) {
        // What the server does before it opens an H2 file (a no-op for PostgreSQL URLs).
        org.gridsafe.jdbc.H2CrashRecovery.beforeOpening(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(user);
        }
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** What the server answered with 2xx for one case, as the client was told last. */
    record Acknowledged(String id, String description, String state, long version, boolean certain) {}

    static final class CrashRun {
        private final String store;
        private final List<List<String>> servers;
        private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        private final Map<String, String> idByKey = new ConcurrentHashMap<>();
        private final Map<String, String> bodyByKey = new ConcurrentHashMap<>();
        private final List<String> duplicates = new CopyOnWriteArrayList<>();
        private final List<String> serverErrors = new CopyOnWriteArrayList<>();
        private final List<String> replayFailures = new CopyOnWriteArrayList<>();
        private final HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();

        CrashRun(String store, List<List<String>> servers) {
            this.store = store;
            this.servers = servers;
        }

        CrashRun run() throws Exception {
            System.out.println("DemoServerCrashIT " + store + ": seed " + SEED + " (replay with -Dgridsafe.crash.seed="
                    + SEED + ")");
            Random moments = new Random(SEED);
            long started = System.nanoTime();
            for (int cycle = 0; cycle <= KILLS; cycle++) {
                List<Child> children = new ArrayList<>();
                try {
                    if (cycle == 0) {
                        // The first process creates the schema and loads the district; the others join.
                        for (List<String> args : servers) {
                            children.add(Child.start(args));
                        }
                    } else {
                        List<CompletableFuture<Child>> starting = new ArrayList<>();
                        for (List<String> args : servers) {
                            starting.add(CompletableFuture.supplyAsync(() -> Child.startUnchecked(args)));
                        }
                        for (CompletableFuture<Child> c : starting) {
                            children.add(c.join());
                        }
                    }
                    verifyAnswers(children.get(0));
                    replayIdempotencyKeys(children.get(0));
                    if (cycle == KILLS) {
                        for (Child child : children) {
                            child.stopGracefully();
                        }
                        break;
                    }
                    long loadMillis = 300 + moments.nextInt(2000);
                    AtomicBoolean running = new AtomicBoolean(true);
                    firstAnswer = new java.util.concurrent.CountDownLatch(1);
                    List<Thread> drivers = new ArrayList<>();
                    for (int t = 0; t < THREADS; t++) {
                        Child target = children.get(t % children.size());
                        Random random = new Random(SEED * 31 + cycle * 1000L + t);
                        Thread driver = new Thread(() -> drive(target, random, running), "driver-" + t);
                        driver.start();
                        drivers.add(driver);
                    }
                    // The kill comes a random time after the first write was acknowledged, so it
                    // falls into the load, not into the JIT warm-up of a fresh server.
                    assertThat(firstAnswer.await(60, TimeUnit.SECONDS))
                            .as("a write acknowledged within 60 s")
                            .isTrue();
                    Thread.sleep(loadMillis);
                    for (Child child : children) {
                        child.kill();
                    }
                    running.set(false);
                    for (Thread driver : drivers) {
                        driver.join(60_000);
                    }
                    System.out.printf(
                            "DemoServerCrashIT %s: kill %d, %d ms after the first acknowledged write, %d cases acknowledged so far%n",
                            store, cycle + 1, loadMillis, acknowledged.size());
                } finally {
                    for (Child child : children) {
                        child.kill();
                    }
                }
            }
            System.out.printf(
                    "DemoServerCrashIT %s: %d kills, %d acknowledged cases, %d s%n",
                    store, KILLS, acknowledged.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            assertThat(duplicates).as("ids acknowledged twice").isEmpty();
            assertThat(replayFailures)
                    .as("keys answered before a crash, sent again after it")
                    .isEmpty();
            assertThat(serverErrors).as("answers of 5xx").isEmpty();
            assertThat(acknowledged.size()).as("acknowledged cases").isGreaterThan(KILLS * 5);
            return this;
        }

        /** One client thread: reports (JSON and Open311) and commands on the cases it reported. */
        private void drive(Child server, Random random, AtomicBoolean running) {
            Deque<Acknowledged> mine = new ArrayDeque<>();
            while (running.get()) {
                try {
                    int pick = random.nextInt(10);
                    Acknowledged next = mine.peekFirst();
                    if (pick < 3 || next == null) {
                        jsonReport(server, random).ifPresent(mine::addLast);
                    } else if (pick < 5) {
                        open311Report(server, random).ifPresent(mine::addLast);
                    } else {
                        mine.removeFirst();
                        command(server, next).ifPresent(mine::addLast);
                    }
                } catch (IOException | RuntimeException e) {
                    // The server died under the request: its outcome is unknown, nothing was acknowledged.
                    if (!running.get()) {
                        return;
                    }
                    pause(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private java.util.Optional<Acknowledged> jsonReport(Child server, Random random)
                throws IOException, InterruptedException {
            String description = "消防通道堆放杂物 " + UUID.randomUUID();
            String body = "{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},"
                    + "\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"" + description
                    + "\"}";
            String key = "crash-" + UUID.randomUUID();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(server.uri("/api/v1/cases"))
                    .header("Authorization", "Bearer demo-grid-staff")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer.statusCode() != 201) {
                return java.util.Optional.empty();
            }
            JsonNode c = JSON.readTree(answer.body());
            Acknowledged ack = new Acknowledged(
                    c.get("id").asText(),
                    description,
                    c.get("state").asText(),
                    c.get("version").asLong(),
                    true);
            acknowledge(ack);
            idByKey.put(key, ack.id());
            bodyByKey.put(key, body);
            return java.util.Optional.of(ack);
        }

        private java.util.Optional<Acknowledged> open311Report(Child server, Random random)
                throws IOException, InterruptedException {
            String description = "楼道堆物 " + UUID.randomUUID();
            String form = "api_key=demo-open311-key&service_code=fire&lat=31.395&long=120.003&description="
                    + URLEncoder.encode(description, StandardCharsets.UTF_8);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(server.uri("/open311/v2/requests.json"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (answer.statusCode() / 100 != 2) {
                return java.util.Optional.empty();
            }
            String id = JSON.readTree(answer.body())
                    .get(0)
                    .get("service_request_id")
                    .asText();
            Acknowledged ack = new Acknowledged(id, description, "REPORTED", 1, true);
            acknowledge(ack);
            return java.util.Optional.of(ack);
        }

        /** Register a reported case, dispatch a registered one; each with If-Match. */
        private java.util.Optional<Acknowledged> command(Child server, Acknowledged c)
                throws IOException, InterruptedException {
            String command = switch (c.state()) {
                case "REPORTED" -> "register";
                case "REGISTERED" -> "dispatch";
                default -> null;
            };
            if (command == null) {
                return java.util.Optional.empty();
            }
            String after = command.equals("register") ? "REGISTERED" : "DISPATCHED";
            // Until the answer comes, the case is at either version as far as this client knows.
            acknowledged.put(c.id(), new Acknowledged(c.id(), c.description(), after, c.version() + 1, false));
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(server.uri("/api/v1/cases/" + c.id() + "/" + command))
                            .header("Authorization", "Bearer demo-street-center")
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"" + c.version() + "\"")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")));
            if (answer.statusCode() != 200) {
                acknowledged.put(c.id(), c);
                return java.util.Optional.empty();
            }
            JsonNode body = JSON.readTree(answer.body());
            Acknowledged ack = new Acknowledged(
                    c.id(),
                    c.description(),
                    body.get("state").asText(),
                    body.get("version").asLong(),
                    true);
            acknowledged.put(c.id(), ack);
            return java.util.Optional.of(ack);
        }

        private volatile java.util.concurrent.CountDownLatch firstAnswer = new java.util.concurrent.CountDownLatch(1);

        private void acknowledge(Acknowledged ack) {
            firstAnswer.countDown();
            if (acknowledged.putIfAbsent(ack.id(), ack) != null) {
                duplicates.add(ack.id());
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> answer =
                    client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500) {
                serverErrors.add(answer.statusCode() + " " + answer.uri() + " " + answer.body());
            }
            return answer;
        }

        /** Keys answered before a crash, sent again with the same body: the same case comes back. */
        private void replayIdempotencyKeys(Child server) throws Exception {
            List<String> keys = new ArrayList<>(idByKey.keySet());
            Collections.shuffle(keys, new Random(SEED));
            for (String key : keys.subList(0, Math.min(20, keys.size()))) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(server.uri("/api/v1/cases"))
                        .header("Authorization", "Bearer demo-grid-staff")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(bodyByKey.get(key))));
                String id = idByKey.get(key);
                if (answer.statusCode() != 201
                        || !answer.headers().firstValue("Idempotent-Replayed").equals(java.util.Optional.of("true"))
                        || !JSON.readTree(answer.body()).path("id").asText().equals(id)) {
                    int caseStatus = send(HttpRequest.newBuilder(server.uri("/api/v1/cases/" + id))
                                    .header("Authorization", "Bearer demo-district-center")
                                    .GET())
                            .statusCode();
                    replayFailures.add("key " + key + " (case " + id + ", GET " + caseStatus + "): "
                            + answer.statusCode() + " " + answer.body());
                }
            }
        }

        /** Every acknowledged case reads back as acknowledged, over HTTP from the restarted server. */
        private void verifyAnswers(Child server) throws Exception {
            for (Acknowledged ack : acknowledged.values()) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(server.uri("/api/v1/cases/" + ack.id()))
                        .header("Authorization", "Bearer demo-district-center")
                        .GET());
                assertThat(answer.statusCode())
                        .as("acknowledged case %s: %s", ack.id(), answer.body())
                        .isEqualTo(200);
                JsonNode c = JSON.readTree(answer.body());
                assertThat(c.get("description").asText())
                        .as("description of %s", ack.id())
                        .isEqualTo(ack.description());
                if (ack.certain()) {
                    assertThat(c.get("state").asText())
                            .as("state of %s", ack.id())
                            .isEqualTo(ack.state());
                    assertThat(c.get("version").asLong())
                            .as("version of %s", ack.id())
                            .isEqualTo(ack.version());
                } else {
                    // A command cut off by the kill: committed or not, never anything else.
                    assertThat(c.get("version").asLong())
                            .as("version of %s", ack.id())
                            .isBetween(ack.version() - 1, ack.version());
                }
            }
        }

        /** After the last, clean stop: the database itself, every case's chain and projection. */
        void verifyStored(HikariDataSource ds) {
            JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds);
            for (Acknowledged ack : acknowledged.values()) {
                var log = storage.caseStore().load(CaseId.of(ack.id()));
                assertThat(CaseAudit.verify(log).intact())
                        .as("chain of %s", ack.id())
                        .isTrue();
                assertThat(log.get(0).event().toString()).contains(ack.description());
            }
            JdbcGridSafeStorage.StartCheck all = storage.startRun(true);
            assertThat(all.casesChecked()).isGreaterThanOrEqualTo(acknowledged.size());
            storage.stopRun();
        }
    }

    /** The demo server as a child JVM; its output is kept for the failure message. */
    static final class Child {
        private final Process process;
        private final int port;
        private final Deque<String> tail;
        private final Thread reader;

        private Child(Process process, int port, Deque<String> tail, Thread reader) {
            this.process = process;
            this.port = port;
            this.tail = tail;
            this.reader = reader;
        }

        static Child startUnchecked(List<String> args) {
            try {
                return start(args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        static Child start(List<String> args) throws Exception {
            assertThat(JAR)
                    .as("the packaged demo server (mvn package builds it)")
                    .exists();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m",
                    "-jar",
                    JAR.toString(),
                    "--port",
                    "0"));
            command.addAll(args);
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            Deque<String> tail = new ArrayDeque<>();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader in = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = in.readLine()) != null) {
                                synchronized (tail) {
                                    tail.addLast(line);
                                    if (tail.size() > 60) {
                                        tail.removeFirst();
                                    }
                                }
                                Matcher m = LISTENING.matcher(line);
                                if (m.find()) {
                                    port.complete(Integer.parseInt(m.group(1)));
                                }
                            }
                        } catch (IOException ignored) {
                            // The process was killed.
                        }
                        port.completeExceptionally(new IllegalStateException("the server exited before listening"));
                    },
                    "child-output");
            reader.setDaemon(true);
            reader.start();
            try {
                return new Child(process, port.get(120, TimeUnit.SECONDS), tail, reader);
            } catch (Exception e) {
                process.destroyForcibly().waitFor();
                synchronized (tail) {
                    throw new AssertionError("the demo server did not start: " + String.join("\n", tail), e);
                }
            }
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** The last lines the server printed (at most 60). */
        String output() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** SIGKILL: no shutdown hook, no clean stop. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM: the shutdown hook stops the server cleanly. */
        void stopGracefully() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("the server stops on SIGTERM")
                    .isTrue();
            reader.join(10_000); // the last lines it printed, up to its exit
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
