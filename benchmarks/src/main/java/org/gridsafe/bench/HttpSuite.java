package org.gridsafe.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridsafe.examples.DemoMain;
import org.gridsafe.examples.ServerOptions;

/**
 * Issue item 7: the demo server ({@code DemoMain.DemoServer}, H2 file database in a temp dir,
 * 127.0.0.1, port 0) under a Java {@link HttpClient} driver on loopback — report submission
 * ({@code POST /api/v1/cases} with a fresh Idempotency-Key each) and case reads
 * ({@code GET /api/v1/cases/{id}}) — vs a bare Javalin endpoint returning a constant in the same
 * JVM. Each run is bounded by a request count and a time limit; client threads share one client.
 */
final class HttpSuite implements Suite {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final String REPORT = "{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},"
            + "\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"消防通道堆放杂物\"}";

    @Override
    public String name() {
        return "http";
    }

    record Stats(double perSecond, double p50Ms, double p99Ms, int requests) {}

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        int clients = 4;
        int maxRequests = mode == RunMode.SMOKE ? 200 : mode == RunMode.QUICK ? 20_000 : 100_000;
        Duration maxTime = Duration.ofSeconds(mode == RunMode.SMOKE ? 2 : mode == RunMode.QUICK ? 10 : 30);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("gridsafe-http-bench");
        Javalin bare = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.routes.get("/constant", ctx -> ctx.result("ok"));
                })
                .start("127.0.0.1", 0);
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(
                new ServerOptions("127.0.0.1", 0, dir, Optional.empty(), Optional.empty(), Optional.empty()))) {
            String base = server.baseUrl();
            URI constant = URI.create("http://127.0.0.1:" + bare.port() + "/constant");
            IntFunction<HttpRequest> bareRequest =
                    n -> HttpRequest.newBuilder(constant).GET().build();
            List<String> ids = new ArrayList<>();
            IntFunction<HttpRequest> report = n -> HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                    .header("Authorization", "Bearer demo-grid-staff")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + System.nanoTime() + "-" + n)
                    .POST(HttpRequest.BodyPublishers.ofString(REPORT))
                    .build();
            // Warm-up of both servers (JIT, pools), not measured.
            drive(http, clients, Math.max(50, maxRequests / 10), maxTime.dividedBy(4), bareRequest, 200, null);
            drive(http, clients, Math.max(50, maxRequests / 20), maxTime.dividedBy(4), report, 201, ids);
            Stats bareStats = drive(http, clients, maxRequests, maxTime, bareRequest, 200, null);
            double load = Load.oneMinute();
            Stats reports = drive(http, clients, maxRequests, maxTime, report, 201, ids);
            load = Math.max(load, Load.oneMinute());
            String[] known = ids.toArray(String[]::new);
            IntFunction<HttpRequest> read = n -> HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/cases/" + known[Math.floorMod(n * 7919, known.length)]))
                    .header("Authorization", "Bearer demo-grid-staff")
                    .GET()
                    .build();
            Stats reads = drive(http, clients, maxRequests, maxTime, read, 200, null);
            load = Math.max(load, Load.oneMinute());
            rows.addAll(rows("report submission POST /api/v1/cases", reports, bareStats, clients, load));
            rows.addAll(rows("case read GET /api/v1/cases/{id}", reads, bareStats, clients, load));
        } finally {
            bare.stop();
        }
        return rows;
    }

    private List<Row> rows(String what, Stats gs, Stats bare, int clients, double load) {
        String size = clients + " client threads, loopback";
        String note = String.format(
                Locale.ROOT,
                "%,d requests (GridSafe), %,d (bare); demo server on H2 file",
                gs.requests(),
                bare.requests());
        return List.of(
                row("HTTP " + what + ", requests/s", size, "requests/s", gs.perSecond(), bare.perSecond(), load, note),
                row("HTTP " + what + ", p50 latency", size, "ms", gs.p50Ms(), bare.p50Ms(), load, note),
                row("HTTP " + what + ", p99 latency", size, "ms", gs.p99Ms(), bare.p99Ms(), load, note));
    }

    /** One reported row against the bare endpoint: the ratio is GridSafe's figure over the bare one. */
    private Row row(String what, String size, String unit, double gridSafe, double bare, double load, String note) {
        return new Row(
                name(),
                what,
                size,
                gridSafe,
                unit,
                Optional.of("bare Javalin 7 GET returning a constant"),
                Optional.of(bare),
                Optional.of(gridSafe / bare),
                "— (reported)",
                Optional.empty(),
                load,
                note);
    }

    /** Sends up to {@code max} requests from {@code clients} threads, stopping at {@code limit}. */
    private static Stats drive(
            HttpClient http,
            int clients,
            int max,
            Duration limit,
            IntFunction<HttpRequest> request,
            int expected,
            List<String> ids)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] latencies = new long[max];
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<String> found = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < clients; t++) {
            Thread th = new Thread(() -> {
                try {
                    int n;
                    while (System.nanoTime() < deadline && (n = next.getAndIncrement()) < max) {
                        HttpRequest r = request.apply(n);
                        long s = System.nanoTime();
                        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                        latencies[n] = System.nanoTime() - s;
                        if (resp.statusCode() != expected) {
                            throw new IllegalStateException(
                                    r.method() + " " + r.uri() + " answered " + resp.statusCode() + ": " + resp.body());
                        }
                        if (ids != null && found.size() < 10_000) {
                            Matcher m = ID.matcher(resp.body());
                            if (m.find()) {
                                found.add(m.group(1));
                            }
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("HTTP driver failed", failure.get());
        }
        int done = Math.min(next.get(), max);
        // Only requests that completed have a latency (a thread that failed leaves a zero).
        long[] done2 =
                Arrays.stream(latencies, 0, done).filter(l -> l > 0).sorted().toArray();
        if (ids != null) {
            ids.addAll(found);
        }
        return new Stats(
                done2.length / (elapsed / 1e9),
                done2[done2.length / 2] / 1e6,
                done2[Math.min(done2.length - 1, (int) Math.ceil(done2.length * 0.99) - 1)] / 1e6,
                done2.length);
    }
}
