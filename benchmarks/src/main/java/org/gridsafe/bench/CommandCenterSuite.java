package org.gridsafe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Report;
import org.gridsafe.examples.DemoDistrict;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.rest.GridSafeHttpApi;
import org.gridsafe.rest.HashedActorTokens;
import org.gridsafe.web.HeadlessChromium;
import org.gridsafe.web.WebPages;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The command center in headless Chromium, and its reads over real HTTP, with the demo district (1,000 micro-grids) and with a
 * 10,000-micro-grid lattice district: the time to a drawn map (what the map page reads before it
 * draws: the root grids, the children's boundaries as GeoJSON and the open counts per child, the
 * last two at once as the page does) and to a usable queue (the pages of cases awaiting
 * registration). Each district is served by its own {@link GridSafeHttpApi} on 127.0.0.1 over the
 * JDBC adapter on an in-memory H2 database, with one open case per two micro-grids, the pages
 * mounted. The browser rows load {@code command.html} signed in as the district command center and
 * read the page's marks {@code gridsafe:map-drawn} and {@code gridsafe:queue-usable} (milliseconds
 * from the navigation's start); the HTTP rows time the same reads without a browser.
 */
final class CommandCenterSuite implements Suite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-district-center";

    @Override
    public String name() {
        return "command";
    }

    /** A district to serve: its directory and a label. */
    private record District(String label, GridDirectory directory, int microGrids) {}

    /** The medians of one district, in milliseconds, and how many items the reads saw. */
    private record Timings(
            District district,
            int openCases,
            double map,
            double drill,
            double queue,
            String note,
            double browserMap,
            double browserQueue,
            String browserNote) {}

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        // Quick: few rounds, since one round of the 10k district reads 5,000 cases (our choice).
        int warmups = mode == RunMode.SMOKE ? 2 : mode == RunMode.QUICK ? 3 : 100;
        int measured = mode == RunMode.SMOKE ? 3 : mode == RunMode.QUICK ? 10 : 200;
        District small = new District("demo district", DemoDistrict.directory(), 1_000);
        // Smoke: the lattice at 1,000 micro-grids, so the build stays fast; quick and full: 10,000.
        int largeCount = mode == RunMode.SMOKE ? 1_000 : 10_000;
        GridTree lattice = SizedDistrict.of(largeCount, true).tree();
        District large = new District("lattice district", SizedDistrict.directory(lattice), largeCount);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        int browserRounds = mode == RunMode.SMOKE ? 2 : mode == RunMode.QUICK ? 5 : 15;
        Timings a;
        Timings b;
        double load;
        ChromeDriver browser = HeadlessChromium.start(1280, 1000, new ChromeOptions(), Map.of());
        try {
            a = measure(small, mode, warmups, measured, browserRounds, http, browser);
            b = measure(large, mode, warmups, measured, browserRounds, http, browser);
            load = Load.oneMinute();
        } finally {
            browser.quit();
        }
        List<Row> rows = new ArrayList<>();
        String map = "command center in Chromium: time to a drawn map (mark gridsafe:map-drawn)";
        rows.add(browserRow(map, a, a.browserMap(), load));
        rows.add(browserRow(map, b, b.browserMap(), load));
        rows.add(browserGrowth(
                "command center map growth in Chromium", a, b, a.browserMap(), b.browserMap(), "≤ 3×", true, load));
        String queue = "command center in Chromium: time to a usable queue (mark gridsafe:queue-usable)";
        rows.add(browserRow(queue, a, a.browserQueue(), load));
        rows.add(browserRow(queue, b, b.browserQueue(), load));
        rows.add(browserGrowth(
                "command center queue growth in Chromium",
                a,
                b,
                a.browserQueue(),
                b.browserQueue(),
                "— (reported)",
                false,
                load));
        rows.add(
                row("command center HTTP reads: a drawn map (roots, child boundaries, open counts)", a, a.map(), load));
        rows.add(
                row("command center HTTP reads: a drawn map (roots, child boundaries, open counts)", b, b.map(), load));
        rows.add(growth("command center HTTP map growth", a, b, a.map(), b.map(), "— (reported)", false, load));
        rows.add(row(
                "command center: drill to a community's micro-grids (boundaries, open counts)", a, a.drill(), load));
        rows.add(row(
                "command center: drill to a community's micro-grids (boundaries, open counts)", b, b.drill(), load));
        rows.add(growth("command center drill growth", a, b, a.drill(), b.drill(), "— (reported)", false, load));
        rows.add(row("command center HTTP reads: a usable queue (cases awaiting registration)", a, a.queue(), load));
        rows.add(row("command center HTTP reads: a usable queue (cases awaiting registration)", b, b.queue(), load));
        rows.add(growth("command center HTTP queue growth", a, b, a.queue(), b.queue(), "— (reported)", false, load));
        return rows;
    }

    private Row row(String what, Timings t, double ms, double load) {
        return new Row(
                name(),
                what,
                size(t),
                ms,
                "ms (median)",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "— (reported)",
                Optional.empty(),
                load,
                t.note());
    }

    private Row browserRow(String what, Timings t, double ms, double load) {
        Row r = row(what, t, ms, load);
        return new Row(
                r.suite(),
                r.what(),
                r.size(),
                r.gridsafe(),
                r.unit(),
                r.peerName(),
                r.peer(),
                r.ratio(),
                r.target(),
                r.met(),
                r.load1(),
                t.browserNote());
    }

    private Row browserGrowth(
            String what,
            Timings a,
            Timings b,
            double small,
            double large,
            String target,
            boolean checked,
            double load) {
        Row r = growth(what, a, b, small, large, target, checked, load);
        return new Row(
                r.suite(),
                r.what(),
                r.size(),
                r.gridsafe(),
                r.unit(),
                r.peerName(),
                r.peer(),
                r.ratio(),
                r.target(),
                r.met(),
                r.load1(),
                "medians of headless Debian Chromium loads of command.html; marks from navigation start");
    }

    private Row growth(
            String what,
            Timings a,
            Timings b,
            double small,
            double large,
            String target,
            boolean checked,
            double load) {
        double ratio = large / small;
        return new Row(
                name(),
                what + ", " + b.district().microGrids() + " ÷ " + a.district().microGrids() + " micro-grids",
                size(a) + " → " + size(b),
                ratio,
                "× time",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                target,
                checked ? Optional.of(ratio <= 3.0) : Optional.empty(),
                load,
                "medians over real HTTP on loopback; HTTP reads only, no browser drawing");
    }

    private static String size(Timings t) {
        return String.format(
                Locale.ROOT,
                "%,d micro-grids (%s), %,d open cases",
                t.district().microGrids(),
                t.district().label(),
                t.openCases());
    }

    private Timings measure(
            District district,
            RunMode mode,
            int warmups,
            int measured,
            int browserRounds,
            HttpClient http,
            ChromeDriver browser)
            throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:mem:command-bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        pool.setMaximumPoolSize(8);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(dataSource).migrate();
            GridDirectory d = district.directory();
            long setup = System.nanoTime();
            storage.directory().save(d.grids(), d.dutyMatrix(), d.timeLimits(), d.workCalendar());
            double saved = (System.nanoTime() - setup) / 1e9;
            GridSafe gridSafe = GridSafe.builder()
                    .directory(storage.directory())
                    .caseStore(storage.caseStore())
                    .caseQueries(storage.caseQueries())
                    .caseStatistics(storage.caseStatistics())
                    .idGenerator(storage.idGenerator(d.workCalendar().zone()))
                    .mediaStore(storage.mediaStore(org.gridsafe.media.MediaLimits.defaults()))
                    .clock(Clock.systemUTC())
                    .build();
            List<GridCode> micro = SizedDistrict.microGrids(d.grids());
            int cases = mode == RunMode.SMOKE ? 20 : micro.size() / 2;
            setup = System.nanoTime();
            report(gridSafe.casework(), micro, cases);
            System.err.printf(
                    Locale.ROOT,
                    "[command] %s: directory of %,d grids saved in %.1f s, %,d cases reported in %.1f s%n",
                    district.label(),
                    d.grids().grids().size(),
                    saved,
                    cases,
                    (System.nanoTime() - setup) / 1e9);
            HashedActorTokens tokens = new HashedActorTokens();
            GridCode root = d.grids().roots().get(0).code();
            tokens.register(TOKEN, Actor.commandCenter("cc-bench", "区网格化信息指挥中心", root));
            GridSafeHttpApi api = GridSafeHttpApi.builder(gridSafe)
                    .tokens(tokens)
                    .idempotencyKeys(storage.idempotencyKeys())
                    .extension(WebPages.builder().zone(d.workCalendar().zone()).build())
                    .build()
                    .start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + api.port();
                GridCode community = d.grids().grids().stream()
                        .filter(g -> g.level() == GridLevel.COMMUNITY)
                        .map(Grid::code)
                        .sorted()
                        .findFirst()
                        .orElseThrow();
                int communityChildren = d.grids().children(community).size();
                for (int i = 0; i < warmups; i++) {
                    map(http, base, root);
                    mapLevel(http, base, community, communityChildren);
                    queue(http, base, cases);
                }
                double[] map = new double[measured];
                double[] drill = new double[measured];
                double[] queue = new double[measured];
                int children = 0;
                for (int i = 0; i < measured; i++) {
                    long s = System.nanoTime();
                    children = map(http, base, root);
                    map[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    mapLevel(http, base, community, communityChildren);
                    drill[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    queue(http, base, cases);
                    queue[i] = (System.nanoTime() - s) / 1e6;
                }
                String note = String.format(
                        Locale.ROOT,
                        "%d measured after %d warm-up rounds; map: %d child grids of %s; drill: %d micro-grids of %s;"
                                + " queue: %,d cases in pages of 1,000; p90 map %.2f ms, queue %.2f ms;"
                                + " H2 in memory, JDBC adapter",
                        measured,
                        warmups,
                        children,
                        root,
                        communityChildren,
                        community,
                        cases,
                        percentile(map, 0.9),
                        percentile(queue, 0.9));
                double[][] marks = browse(browser, base, cases, browserRounds);
                String browserNote = String.format(
                        Locale.ROOT,
                        "%d loads after 1 warm-up load; queue: %,d rows; max map %.0f ms, queue %.0f ms;"
                                + " H2 in memory, JDBC adapter",
                        browserRounds,
                        cases,
                        percentile(marks[0], 1.0),
                        percentile(marks[1], 1.0));
                return new Timings(
                        district,
                        cases,
                        percentile(map, 0.5),
                        percentile(drill, 0.5),
                        percentile(queue, 0.5),
                        note,
                        percentile(marks[0], 0.5),
                        percentile(marks[1], 0.5),
                        browserNote);
            } finally {
                api.stop();
            }
        }
    }

    private static final String MARKS = "const m = (n) => performance.getEntriesByName(n, 'mark');"
            + " const a = m('gridsafe:map-drawn'), b = m('gridsafe:queue-usable');"
            + " return a.length && b.length"
            + " ? [a[0].startTime, b[0].startTime, document.querySelectorAll('#queue tbody tr').length] : null;";

    /**
     * Loads command.html {@code rounds} times (after one warm-up load), signed in by putting the
     * token where the sign-in page keeps it (this tab's sessionStorage), and returns the two marks'
     * times in milliseconds from the navigation's start: {map[], queue[]}.
     */
    private static double[][] browse(ChromeDriver browser, String base, int expectedRows, int rounds) {
        browser.get(base + "/signin.html");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('gridsafe.token', arguments[0]);", TOKEN);
        double[][] marks = new double[2][rounds];
        for (int i = -1; i < rounds; i++) {
            browser.get(base + "/command.html");
            List<?> found = new WebDriverWait(browser, Duration.ofSeconds(180))
                    .pollingEvery(Duration.ofMillis(50))
                    .until(d -> (List<?>) ((JavascriptExecutor) d).executeScript(MARKS));
            int rows = ((Number) found.get(2)).intValue();
            if (rows != expectedRows) {
                throw new IllegalStateException("the page's queue has " + rows + " rows, expected " + expectedRows);
            }
            if (i >= 0) {
                marks[0][i] = ((Number) found.get(0)).doubleValue();
                marks[1][i] = ((Number) found.get(1)).doubleValue();
            }
        }
        return marks;
    }

    /**
     * One open case per chosen micro-grid, spread evenly, reported by its grid staff: from four
     * threads, as concurrent reporters would (our choice), so the 10k district's setup stays short.
     */
    private static void report(Casework casework, List<GridCode> micro, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < cases; n++) {
                GridCode grid = micro.get((int) ((long) n * micro.size() / cases));
                done.add(pool.submit(() -> reportOne(casework, grid)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void reportOne(Casework casework, GridCode grid) {
        casework.report(
                Actor.gridStaff(grid + "-grid-manager", "李网格", grid),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(grid)
                        .domain(SafetyDomain.FIRE)
                        .hazard(HazardCode.parse("2102"))
                        .grade(HazardGrade.GENERAL)
                        .description("消防通道堆放杂物")
                        .build());
    }

    /** The map page's first draw: the roots, then the root's children and its open counts at once. */
    private static int map(HttpClient http, String base, GridCode root) throws Exception {
        JsonNode roots = get(http, base + "/api/v1/grids").join();
        String code = roots.get("items").get(0).get("code").asText();
        if (!code.equals(root.value())) {
            throw new IllegalStateException("root " + code + ", expected " + root);
        }
        return level(http, base, root);
    }

    /** A drill into {@code grid}: its children and their open counts at once. */
    private static void mapLevel(HttpClient http, String base, GridCode grid, int expected) throws Exception {
        int children = level(http, base, grid);
        if (children != expected) {
            throw new IllegalStateException(grid + " has " + children + " children on the map, expected " + expected);
        }
    }

    private static int level(HttpClient http, String base, GridCode grid) {
        String code = URLEncoder.encode(grid.value(), StandardCharsets.UTF_8);
        CompletableFuture<JsonNode> children = get(http, base + "/api/v1/grids/" + code + "/children");
        CompletableFuture<JsonNode> open = get(http, base + "/api/v1/stats/open/grids?parent=" + code);
        JsonNode items = children.join().get("items");
        open.join();
        for (JsonNode child : items) {
            if (!child.has("boundary")) {
                throw new IllegalStateException("grid " + child.get("code") + " came without its boundary");
            }
        }
        return items.size();
    }

    /** The queue: every case awaiting registration, in pages of 1,000 as the page reads them. */
    private static void queue(HttpClient http, String base, int expected) {
        int found = 0;
        String after = null;
        while (true) {
            String url = base + "/api/v1/cases?state=REPORTED&limit=1000"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = get(http, url).join();
            found += page.get("items").size();
            JsonNode next = page.get("next");
            if (next == null || next.isNull()) {
                break;
            }
            after = next.asText();
        }
        if (found != expected) {
            throw new IllegalStateException("the queue has " + found + " cases, expected " + expected);
        }
    }

    private static CompletableFuture<JsonNode> get(HttpClient http, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            try {
                return JSON.readTree(response.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
