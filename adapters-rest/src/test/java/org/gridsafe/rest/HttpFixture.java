package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CaseStore;
import org.gridsafe.testkit.SampleDistrict;
import org.threeten.extra.MutableClock;

/**
 * A GridSafe over the sample district behind a real HTTP server on 127.0.0.1 and a random port,
 * with a clock tests move, a token per sample actor, and an HttpClient to talk to it.
 */
final class HttpFixture implements AutoCloseable {

    static final LocalDateTime MONDAY_0900 = LocalDateTime.of(2026, 3, 30, 9, 0);

    /** Tokens of the sample cast: token = "token-" + actor id. */
    static final List<Actor> CAST = List.of(
            SampleDistrict.jinqiaoGridManager(),
            SampleDistrict.shihuGridManager(),
            SampleDistrict.jinqiaoCommandCenter(),
            SampleDistrict.shihuCommandCenter(),
            SampleDistrict.districtCommandCenter(),
            SampleDistrict.fireOfficer(),
            SampleDistrict.emergencyOfficer(),
            SampleDistrict.enterprise(),
            SampleDistrict.otherEnterprise(),
            SampleDistrict.citizen(),
            SampleDistrict.otherCitizen(),
            Actor.SYSTEM,
            SampleDistrict.districtAdministrator());

    final MutableClock clock =
            MutableClock.of(MONDAY_0900.atZone(SampleDistrict.ZONE).toInstant(), SampleDistrict.ZONE);
    /**
     * Runs inside every command's request, just before its append reaches the store (tests hold a
     * request there with a latch); the same on every store.
     */
    volatile Runnable beforeAppend = () -> {};
    /** The notifications the memory store delivered (the JDBC stores keep theirs in the outbox). */
    final java.util.List<org.gridsafe.casework.Notification> notifications =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The cases, in memory or in a database (see {@link FixtureStorage}); fresh per fixture. */
    final FixtureStorage store;
    /** Set to make the next append fail as if another writer had come first. */
    final AtomicBoolean loseNextRace = new AtomicBoolean();
    /** Set to make the next append fail unexpectedly (a broken database, say). */
    volatile RuntimeException nextAppendFailure;

    final CaseStore racingStore = new CaseStore() {
        @Override
        public List<RecordedEvent> load(CaseId caseId) {
            return store.caseStore().load(caseId);
        }

        @Override
        public void append(CaseChange change) {
            beforeAppend.run();
            RuntimeException failure = nextAppendFailure;
            if (failure != null) {
                nextAppendFailure = null;
                throw failure;
            }
            if (loseNextRace.getAndSet(false)) {
                throw ConcurrentUpdateException.at(
                        change.caseId(), change.expectedVersion(), change.expectedVersion() + 1);
            }
            store.caseStore().append(change);
        }
    };
    final GridSafe gridSafe;
    /** The registry of supervised entities, on the fixture's store, served under /api/v1/entities. */
    final org.gridsafe.SupervisedEntities entities;

    final HashedActorTokens tokens = new HashedActorTokens();
    final GridSafeHttpApi api;
    final org.gridsafe.Patrols patrols;
    final org.gridsafe.Inspections inspections;
    final org.gridsafe.SelfInspections selfInspections;
    final org.gridsafe.InternalReports internalReports;
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper mapper = new ObjectMapper();
    final String base;
    /** Documented operations whose responses this fixture validated against openapi.json. */
    static final java.util.Set<String> validated = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A fixture on {@code store}: API test classes get it from {@link OnEveryStore}. */
    HttpFixture(FixtureStorage.Store store) {
        this(store, GridSafeHttpApi.DEFAULT_MAX_BODY_BYTES);
    }

    HttpFixture(FixtureStorage.Store kind, int maxBodyBytes) {
        this(kind, maxBodyBytes, org.gridsafe.checklist.ChecklistCatalog.shipped());
    }

    /** A fixture whose patrols, inspections and self-inspections answer {@code checklists}. */
    HttpFixture(FixtureStorage.Store kind, org.gridsafe.checklist.ChecklistCatalog checklists) {
        this(kind, GridSafeHttpApi.DEFAULT_MAX_BODY_BYTES, checklists);
    }

    private HttpFixture(
            FixtureStorage.Store kind, int maxBodyBytes, org.gridsafe.checklist.ChecklistCatalog checklists) {
        store = kind.open(notifications::add);
        gridSafe = this.store
                .wire(GridSafe.builder())
                .caseStore(racingStore)
                .clock(clock)
                .build();
        for (Actor actor : CAST) {
            tokens.register(token(actor), actor);
        }
        entities = org.gridsafe.SupervisedEntities.builder()
                .registry(store.entityRegistry())
                .directory(gridSafe.directory())
                .clock(clock)
                .build();
        patrols = org.gridsafe.Patrols.builder()
                .store(store.patrolStore())
                .tracks(store.patrolTrackStore())
                .entities(store.entityRegistry())
                .directory(gridSafe.directory())
                .casework(gridSafe.casework())
                .policy(gridSafe.accessPolicy())
                .clock(clock)
                .zone(SampleDistrict.ZONE)
                .rules(org.gridsafe.patrol.PatrolRules.standard().withChecklists(checklists))
                .build();
        inspections = org.gridsafe.Inspections.builder()
                .store(store.inspectionStore())
                .entities(store.entityRegistry())
                .casework(gridSafe.casework())
                .policy(gridSafe.accessPolicy())
                .clock(clock)
                .zone(SampleDistrict.ZONE)
                .rules(org.gridsafe.inspection.InspectionRules.standard().withChecklists(checklists))
                .build();
        org.gridsafe.PatrolStatistics.Builder patrolStatistics = org.gridsafe.PatrolStatistics.builder()
                .gridSafe(gridSafe)
                .store(store.patrolStore())
                .tracks(store.patrolTrackStore())
                .zone(SampleDistrict.ZONE);
        store.patrolStatistics().ifPresent(patrolStatistics::queries);
        org.gridsafe.InspectionStatistics.Builder inspectionStatistics = org.gridsafe.InspectionStatistics.builder()
                .gridSafe(gridSafe)
                .store(store.inspectionStore())
                .entities(store.entityRegistry())
                .selfChecks(store.selfCheckStore())
                .zone(SampleDistrict.ZONE);
        store.inspectionStatistics().ifPresent(inspectionStatistics::queries);
        store.selfInspectionStatistics().ifPresent(inspectionStatistics::selfInspectionQueries);
        org.gridsafe.selfcheck.SelfCheckRules selfCheckRules = org.gridsafe.selfcheck.SelfCheckRules.standard();
        selfInspections = org.gridsafe.SelfInspections.builder()
                .store(store.selfCheckStore())
                .entities(store.entityRegistry())
                .casework(gridSafe.casework())
                .policy(gridSafe.accessPolicy())
                .clock(clock)
                .zone(SampleDistrict.ZONE)
                .rules(new org.gridsafe.selfcheck.SelfCheckRules(
                        checklists, selfCheckRules.hazards(), selfCheckRules.quality()))
                .build();
        internalReports = org.gridsafe.InternalReports.builder()
                .store(store.internalReportStore())
                .entities(store.entityRegistry())
                .casework(gridSafe.casework())
                .policy(gridSafe.accessPolicy())
                .clock(clock)
                .build();
        api = GridSafeHttpApi.builder(gridSafe)
                .internalReports(internalReports)
                .patrols(patrols)
                .inspections(inspections)
                .patrolStatistics(patrolStatistics.build())
                .inspectionStatistics(inspectionStatistics.build())
                .selfInspections(selfInspections)
                .tokens(tokens)
                .entities(entities)
                .idempotencyKeys(store.idempotencyKeys())
                .clock(clock)
                .maxBodyBytes(maxBodyBytes)
                .administration(store.writableDirectory())
                .build()
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + api.port();
    }

    /** The registry service over the fixture's entity registry, its grids and its clock. */
    org.gridsafe.SupervisedEntities entities() {
        return org.gridsafe.SupervisedEntities.builder()
                .registry(store.entityRegistry())
                .directory(gridSafe.directory())
                .clock(clock)
                .build();
    }

    static String token(Actor actor) {
        return "token-" + actor.id();
    }

    @Override
    public void close() {
        api.stop();
        store.close();
    }

    /** A response with its body parsed when it is JSON. */
    record Res(int status, Map<String, List<String>> headers, String body, JsonNode json) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A request builder: method, path, actor, body, headers. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private byte[] bytes;

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call as(Actor actor) {
            return bearer(token(actor));
        }

        Call bearer(String token) {
            headers.put("Authorization", "Bearer " + token);
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call ifMatch(long version) {
            return header("If-Match", "\"" + version + "\"");
        }

        Call json(String json) {
            this.body = json;
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        Call json(Map<String, ?> value) {
            try {
                return json(mapper.writeValueAsString(value));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A binary body (a multipart upload) with its Content-Type. */
        Call bytes(byte[] content, String contentType) {
            this.bytes = content;
            headers.put("Content-Type", contentType);
            return this;
        }

        Call form(String form) {
            this.body = form;
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            return this;
        }

        Res send() {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
            headers.forEach(request::header);
            request.method(
                    method,
                    bytes != null
                            ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                            : body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonNode json = null;
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (type.contains("json") && !response.body().isEmpty()) {
                    json = mapper.readTree(response.body());
                }
                Res res = new Res(response.statusCode(), response.headers().map(), response.body(), json);
                if (json != null) {
                    String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                    List<String> problems =
                            OpenApiContract.INSTANCE.check(method, rawPath, res.status(), res.contentType(), json);
                    if (!problems.isEmpty()) {
                        throw new AssertionError("response does not fit openapi.json: " + problems + "\n" + res);
                    }
                    validated.add(method + " "
                            + OpenApiContract.INSTANCE.template(method, rawPath).orElse(rawPath));
                }
                return res;
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    /** A workflow command {@code POST /api/v1/cases/{id}/{step}} as {@code actor}, with {@code If-Match}. */
    Res step(String caseId, String step, Actor actor, long version, Map<String, ?> body) {
        return post("/api/v1/cases/" + caseId + "/" + step)
                .as(actor)
                .ifMatch(version)
                .json(body)
                .send();
    }

    /** {@link #step}, asserting that the command was accepted (200). */
    Res stepOk(String caseId, String step, Actor actor, long version, Map<String, ?> body) {
        Res res = step(caseId, step, actor, version, body);
        org.assertj.core.api.Assertions.assertThat(res.status())
                .as(step + ": " + res)
                .isEqualTo(200);
        return res;
    }

    /** Moves the clock to {@code time} in the sample district's zone. */
    void setTime(LocalDateTime time) {
        clock.setInstant(time.atZone(SampleDistrict.ZONE).toInstant());
    }
}
