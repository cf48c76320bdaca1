package org.gridsafe.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.gridsafe.GridSafe;
import org.gridsafe.Patrols;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryIdempotencyKeys;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.memory.InMemoryPatrolTrackStore;
import org.gridsafe.rest.GridSafeHttpApi;
import org.gridsafe.rest.HashedActorTokens;
import org.gridsafe.testkit.PatrolSamples;
import org.gridsafe.testkit.SampleDistrict;

/**
 * The real reference server for the browser tests: the REST adapter with the pages mounted, on the
 * in-memory store over the sample district (two streets with boundaries), on 127.0.0.1, any free
 * port. Also a plain HTTP client, to check through the API what the pages did.
 */
final class WebTestServer implements AutoCloseable {

    static final String DISTRICT_CENTER_TOKEN = "token-district-center";
    static final String CITIZEN_APP_KEY = "key-resident-site";
    static final String CITIZEN_TOKEN = "token-citizen";
    static final String FIRE_OFFICER_TOKEN = "token-fire-officer";
    static final String GRID_MANAGER_TOKEN = "token-grid-manager";
    /** The safety officer of 金桥一号微网格 ({@code PatrolSamples.PATROLLER}), who patrols its places. */
    static final String PATROLLER_TOKEN = "token-patroller";

    final GridSafe gridSafe;
    /** The running server; replaced by {@link #reachable()} after {@link #unreachable()}. */
    volatile GridSafeHttpApi api;

    private final java.util.function.Supplier<GridSafeHttpApi> startAgain;
    /** The patrol service over in-memory stores, served under /api/v1/patrols. */
    final Patrols patrols;
    /** The registry of supervised entities the patrols visit. */
    final SupervisedEntities entities;

    final String base;
    /** Every request's path, in the order they came (the offline tests check that none came). */
    final java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    WebTestServer() {
        this(true);
    }

    WebTestServer(boolean withResidentKey) {
        this(withResidentKey, SampleDistrict.mondayMorning());
    }

    /** On {@code clock} (a test that moves time passes a {@code MutableClock}). */
    WebTestServer(boolean withResidentKey, java.time.Clock clock) {
        this(withResidentKey, clock, 0, null);
    }

    /**
     * On {@code port} (0: any free one; a test that restarts the server on the same origin gives the
     * old one's) with the pages of {@code release} (null: none), as a new deployment would be.
     */
    WebTestServer(boolean withResidentKey, java.time.Clock clock, int port, String release) {
        gridSafe = GridSafe.builder()
                .directory(SampleDistrict.directory())
                .clock(clock)
                .build();
        HashedActorTokens tokens = new HashedActorTokens()
                .register(DISTRICT_CENTER_TOKEN, SampleDistrict.districtCommandCenter())
                .register(CITIZEN_APP_KEY, Actor.citizen("resident-site", "居民举报网页"))
                .register(CITIZEN_TOKEN, SampleDistrict.citizen())
                .register(FIRE_OFFICER_TOKEN, SampleDistrict.fireOfficer())
                .register(GRID_MANAGER_TOKEN, SampleDistrict.jinqiaoGridManager())
                .register(PATROLLER_TOKEN, PatrolSamples.PATROLLER);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        entities = SupervisedEntities.builder()
                .registry(registry)
                .directory(gridSafe.directory())
                .clock(clock)
                .build();
        InMemoryPatrolStore patrolStore = new InMemoryPatrolStore();
        InMemoryPatrolTrackStore trackStore = new InMemoryPatrolTrackStore();
        patrols = Patrols.builder()
                .store(patrolStore)
                .tracks(trackStore)
                .entities(registry)
                .directory(gridSafe.directory())
                .casework(gridSafe.casework())
                .policy(gridSafe.accessPolicy())
                .clock(clock)
                .zone(SampleDistrict.ZONE)
                .build();
        WebPages.Builder pages = WebPages.builder().zone(SampleDistrict.ZONE);
        if (withResidentKey) {
            pages.residentAppKey(CITIZEN_APP_KEY);
        }
        if (release != null) {
            pages.release(release);
        }
        InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
        org.gridsafe.PatrolStatistics patrolStatistics = org.gridsafe.PatrolStatistics.builder()
                .gridSafe(gridSafe)
                .store(patrolStore)
                .tracks(trackStore)
                .zone(SampleDistrict.ZONE)
                .build();
        WebPages web = pages.build();
        java.util.function.IntFunction<GridSafeHttpApi> start = at -> GridSafeHttpApi.builder(gridSafe)
                .tokens(tokens)
                .idempotencyKeys(keys)
                .clock(clock)
                .patrols(patrols)
                .entities(entities)
                .patrolStatistics(patrolStatistics)
                .extension(web)
                .extension(cfg -> cfg.routes.before(ctx -> requests.add(ctx.path())))
                .build()
                .start("127.0.0.1", at);
        api = start.apply(port);
        int bound = api.port();
        startAgain = () -> start.apply(bound);
        base = "http://127.0.0.1:" + bound;
    }

    /**
     * Stops listening, so a browser's every request fails as with no connection at all (Chromium's
     * network emulation does not reach a service worker's own requests); the data stays.
     */
    void unreachable() {
        api.stop();
    }

    /** Listens again on the same port (the same origin), over the same data. */
    void reachable() {
        api = startAgain.get();
    }

    String url(String path) {
        return base + path;
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    JsonNode getJson(String path, String token) {
        HttpResponse<String> response = get(path, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    /** Reports a case as the district's citizen app through the Open311 facade; returns its id. */
    String reportAsResident(String description) {
        String form = "api_key=" + CITIZEN_APP_KEY + "&service_code=fire&lat=31.02&long=120.02&description="
                + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/open311/v2/requests.json")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError("Open311 report answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body()).get(0).get("service_request_id").asText();
    }

    /** Registers a case through the API as the district command center, at the version given. */
    HttpResponse<String> register(String caseId, long version) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/cases/" + caseId + "/register")))
                .header("Authorization", "Bearer " + DISTRICT_CENTER_TOKEN)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    JsonNode caseAsCommandCenter(String caseId) {
        return getJson("/api/v1/cases/" + caseId, DISTRICT_CENTER_TOKEN);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request to the test server failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
