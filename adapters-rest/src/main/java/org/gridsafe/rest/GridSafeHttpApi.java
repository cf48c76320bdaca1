package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.gridsafe.GridSafe;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseNotFoundException;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.StaleCaseVersionException;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.port.IdempotencyClaim;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.StoreUnavailableException;
import org.gridsafe.port.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of a {@link GridSafe}: the JSON API under {@code /api/v1}, the Open311 GeoReport
 * v2 facade under {@code /open311/v2} and the OpenAPI 3.1 document at {@code /openapi.json}, on
 * an embedded Javalin (Jetty) server.
 *
 * <p>Every error is an RFC 9457 problem ({@code application/problem+json}, Open311 errors in the
 * GeoReport format); bearer tokens become actors through {@link ActorTokens}; POSTs honour
 * {@code Idempotency-Key} through the core {@link IdempotencyKeys} port; workflow commands need
 * {@code If-Match} with the case version. One log line per request (method, path, status, ms,
 * actor id). While the store is down (a port throws {@link StoreUnavailableException}) requests
 * that need it answer 503 with {@code Retry-After}; {@code GET /api/v1/health} says whether the
 * store answers (200 or 503).
 *
 * <pre>{@code
 * GridSafeHttpApi api = GridSafeHttpApi.builder(gridSafe)
 *         .tokens(new HashedActorTokens().register("secret-token", commandCenter))
 *         .idempotencyKeys(new InMemoryIdempotencyKeys())
 *         .clock(clock)                      // the same clock the GridSafe uses
 *         .build()
 *         .start("127.0.0.1", 8080);
 * int port = api.port();
 * api.stop();                                // in-flight requests finish first
 * }</pre>
 */
public final class GridSafeHttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(GridSafeHttpApi.class);
    static final String ACTOR_ATTRIBUTE = "gridsafe.actor";
    private static final String HANDLED_ATTRIBUTE = "gridsafe.handled";

    /** How much of an oversized body is read and dropped before answering 413. */
    private static final long DRAIN_LIMIT_BYTES = 4L * 1024 * 1024;

    /**
     * Files per upload by default: nine, the project's own choice (as many photos as a phone's
     * picker commonly sends at once; a command may refer to up to twenty, from several uploads).
     */
    public static final int DEFAULT_MAX_FILES_PER_UPLOAD = 9;

    /**
     * The default limit of one district upload: 32 MiB, the project's own choice (some thirty
     * times the demo district's 1,111 grids with their staff and chains).
     */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 32L * 1024 * 1024;

    /** The default request body limit: 64 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    private final GridSafe gridSafe;
    private final ActorTokens tokens;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;
    private final int maxBodyBytes;
    private final Duration stopTimeout;
    private final Json json;
    private final BooleanSupplier healthCheck;
    private final List<Route> routes;
    private final List<Consumer<JavalinConfig>> extensions;
    private Javalin app;

    /** Where a route's errors go: RFC 9457 problems, or Open311 error lists in the path's format. */
    enum Style {
        PROBLEM,
        OPEN311
    }

    enum Auth {
        NONE,
        BEARER
    }

    @FunctionalInterface
    interface Handler {
        Reply handle(Exchange exchange) throws Exception;
    }

    /** A handler that reads the request body itself, as a stream with its own limits (uploads). */
    @FunctionalInterface
    interface StreamingHandler extends Handler {}

    record Route(HandlerType method, String path, Auth auth, Style style, Handler handler) {}

    /** The one POST that writes several cases, one transaction each: a store failure may come after some landed. */
    private static final String ESCALATION_RUN = "/api/v1/escalations/run";

    private GridSafeHttpApi(Builder b) {
        this.gridSafe = b.gridSafe;
        this.tokens = Objects.requireNonNull(b.tokens, "tokens are required");
        this.idempotencyKeys = Objects.requireNonNull(b.idempotencyKeys, "idempotencyKeys are required");
        this.clock = b.clock;
        this.maxBodyBytes = b.maxBodyBytes;
        this.stopTimeout = b.stopTimeout;
        this.json = new Json(gridSafe.directory().workCalendar().zone());
        this.healthCheck = b.healthCheck != null ? b.healthCheck : probeCaseQueries(gridSafe);
        this.routes = routes(b);
        this.extensions = List.copyOf(b.extensions);
    }

    /** A builder over {@code gridSafe}. */
    public static Builder builder(GridSafe gridSafe) {
        return new Builder(gridSafe);
    }

    private List<Route> routes(Builder b) {
        CaseRoutes cases = new CaseRoutes(gridSafe, json, clock);
        DirectoryRoutes directory =
                new DirectoryRoutes(gridSafe, json, new DirectoryHistoryRoutes(gridSafe, json, clock));
        StatisticsRoutes stats = new StatisticsRoutes(gridSafe, json, clock);
        Open311Routes open311 = new Open311Routes(gridSafe, json, tokens, clock, b.open311Contact);
        EntityRoutes entities = new EntityRoutes(Optional.ofNullable(b.entities), b.licenceTypes, json, clock);
        String openApi = openApiDocument();
        List<Route> r = new ArrayList<>();
        r.add(new Route(
                HandlerType.GET, "/openapi.json", Auth.NONE, Style.PROBLEM, ex -> Reply.of(200, Reply.JSON, openApi)));
        String v1 = "/api/v1";
        r.add(new Route(HandlerType.GET, v1 + "/health", Auth.NONE, Style.PROBLEM, ex -> health()));
        r.add(api(HandlerType.POST, v1 + "/cases", cases::report));
        r.add(api(HandlerType.GET, v1 + "/cases", cases::list));
        r.add(api(HandlerType.POST, v1 + "/cases/fixed-on-spot", cases::reportFixedOnSpot));
        r.add(api(HandlerType.GET, v1 + "/cases/{id}", cases::get));
        r.add(api(HandlerType.GET, v1 + "/cases/{id}/history", cases::history));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/register", cases::register));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/reject", cases::reject));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/merge", cases::merge));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/dispatch", cases::dispatch));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/rectification", cases::rectify));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/return", cases::returnCase));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/reassign", cases::reassign));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/suspension", cases::suspend));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/resumption", cases::resume));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/reopening", cases::reopen));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/extension-request", cases::requestExtension));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/extension-approval", cases::approveExtension));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/extension-denial", cases::denyExtension));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/verification", cases::verify));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/close", cases::close));
        r.add(api(HandlerType.POST, v1 + "/escalations/run", cases::runEscalations));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/entity", cases::changeEntity));
        r.add(api(HandlerType.POST, v1 + "/licences/run", cases::runLicenceCheck));
        r.add(api(HandlerType.GET, v1 + "/grids", directory::roots));
        r.add(api(HandlerType.GET, v1 + "/grids/locate", directory::locate));
        r.add(api(HandlerType.GET, v1 + "/grids/{code}", directory::grid));
        r.add(api(HandlerType.GET, v1 + "/grids/{code}/children", directory::children));
        r.add(api(HandlerType.GET, v1 + "/grids/{code}/staff", directory::staff));
        r.add(api(HandlerType.GET, v1 + "/hazards", directory::hazards));
        r.add(api(HandlerType.GET, v1 + "/departments", directory::departments));
        r.add(api(HandlerType.GET, v1 + "/duty-rules", directory::dutyRules));
        r.add(api(HandlerType.GET, v1 + "/calendar", directory::calendar));
        r.add(api(HandlerType.GET, v1 + "/stats/indicators", stats::indicators));
        r.add(api(HandlerType.GET, v1 + "/stats/rankings/grids", stats::rankGrids));
        r.add(api(HandlerType.GET, v1 + "/stats/rankings/departments", stats::rankDepartments));
        r.addAll(open311.routes());
        r.add(api(HandlerType.GET, v1 + "/stats/departments", stats::departmentIndicators));
        r.add(api(HandlerType.GET, v1 + "/stats/open/grids", stats::openGrids));
        r.add(api(HandlerType.GET, v1 + "/stats/rankings/department-disposal", stats::rankDepartmentDisposal));
        MediaRoutes media = new MediaRoutes(gridSafe, json, b.maxFilesPerUpload);
        r.add(api(HandlerType.POST, v1 + "/media", (StreamingHandler) media::upload));
        r.add(api(HandlerType.GET, v1 + "/cases/{id}/media", media::list));
        r.add(api(HandlerType.GET, v1 + "/cases/{id}/media/{hash}", media::download));
        r.add(api(HandlerType.POST, v1 + "/entities", entities.guarded(entities::register)));
        r.add(api(HandlerType.GET, v1 + "/entities", entities.guarded(entities::search)));
        r.add(api(HandlerType.GET, v1 + "/entities.geojson", entities.guarded(entities::geoJson)));
        r.add(api(HandlerType.GET, v1 + "/entities/{id}", entities.guarded(entities::get)));
        r.add(api(HandlerType.GET, v1 + "/entities/{id}/history", entities.guarded(entities::history)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/amend", entities.guarded(entities::amend)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/suspend", entities.guarded(entities::suspend)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/resume", entities.guarded(entities::resume)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/close", entities.guarded(entities::close)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/deregister", entities.guarded(entities::deregister)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/self-assessment", entities.guarded(entities::selfAssessment)));
        r.add(api(HandlerType.POST, v1 + "/entities/{id}/risk-assessment", entities.guarded(entities::riskAssessment)));
        r.add(api(HandlerType.GET, v1 + "/licence-expiries", entities.guarded(entities::licenceExpiries)));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/major-hazard-downgrade", cases::downgradeMajorHazard));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/major-hazard-criterion", cases::changeMajorHazardCriterion));
        AdminRoutes admin = new AdminRoutes(
                Optional.ofNullable(b.administration),
                b.districtData,
                gridSafe.accessPolicy(),
                json,
                clock,
                b.maxImportBytes,
                now -> gridSafe.casework().moveCasesOfRemovedGrids(Actor.SYSTEM, now));
        r.add(api(HandlerType.POST, v1 + "/district/validation", (StreamingHandler) admin::validate));
        r.add(api(HandlerType.POST, v1 + "/district/imports", (StreamingHandler) admin::startImport));
        r.add(api(HandlerType.GET, v1 + "/district/imports/{id}", admin::importJob));
        r.add(api(HandlerType.GET, v1 + "/district/export", admin::export));
        r.add(api(HandlerType.PUT, v1 + "/grids/{code}/staff", ex -> admin.replaceStaff(ex, directory::staffView)));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/major-hazard-reports", cases::fileMajorHazardReport));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/production-stop", cases::stopProduction));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/production-resumption", cases::applyForResumption));
        r.add(api(HandlerType.POST, v1 + "/cases/{id}/production-resumption/review", cases::reviewResumption));
        MajorHazardReturnRoutes returns = new MajorHazardReturnRoutes(gridSafe, json, clock);
        r.add(api(HandlerType.GET, v1 + "/stats/major-hazard-returns", returns::get));
        r.add(api(HandlerType.POST, v1 + "/stats/major-hazard-returns/filing", returns::file));
        r.add(api(HandlerType.GET, v1 + "/stats/major-hazard-returns/periods", returns::periods));
        r.add(api(HandlerType.GET, v1 + "/notices", new NoticeRoutes(gridSafe, json)::list));
        if (b.patrols != null) {
            PatrolRoutes p = new PatrolRoutes(b.patrols, json, gridSafe.mediaStore());
            r.addAll(patrolRoutes(p, v1));
            r.add(api(HandlerType.GET, v1 + "/patrols/{id}/cases", cases::fromOccurrence));
            TrackAndPlanningRoutes t = new TrackAndPlanningRoutes(b.patrols, json);
            r.add(api(HandlerType.POST, v1 + "/patrol-proposals", t::propose));
            r.add(api(HandlerType.POST, v1 + "/patrol-tracks/points", t::upload));
            r.add(api(HandlerType.GET, v1 + "/patrol-tracks/{staff}/days", t::days));
            r.add(api(HandlerType.GET, v1 + "/patrol-tracks/{staff}/points", t::points));
            r.add(api(HandlerType.POST, v1 + "/patrol-runs/track-purge", ex -> t.purge(ex, clock.instant())));
            r.add(api(HandlerType.POST, v1 + "/patrol-proposals/acceptance", t::accept));
            r.add(api(HandlerType.GET, v1 + "/patrol-acceptances/{id}", t::acceptance));
            r.add(api(HandlerType.GET, v1 + "/patrols/{id}/media/{hash}", p::media));
        }
        DirectoryHistoryRoutes directoryHistory = new DirectoryHistoryRoutes(gridSafe, json, clock);
        r.add(api(HandlerType.GET, v1 + "/grids/{code}/responsibility", directoryHistory::responsibility));
        r.add(api(HandlerType.GET, v1 + "/directory/changes", directoryHistory::changes));
        if (b.inspections != null) {
            InspectionRoutes in = new InspectionRoutes(
                    b.inspections, json, new CaseViews(json, gridSafe.accessPolicy()), clock, gridSafe.mediaStore());
            r.add(api(HandlerType.POST, v1 + "/enforcement-credentials", in::registerCredential));
            r.add(api(HandlerType.POST, v1 + "/inspections", in::open));
            r.add(api(HandlerType.GET, v1 + "/inspections/{id}", in::get));
            r.add(api(HandlerType.POST, v1 + "/inspections/{id}/checklist", in::checklist));
            r.add(api(HandlerType.POST, v1 + "/inspections/{id}/documents", in::document));
            r.add(api(HandlerType.POST, v1 + "/inspections/{id}/close", in::close));
            r.add(api(HandlerType.GET, v1 + "/inspections/{id}/cases", in::cases));
            r.add(api(HandlerType.POST, v1 + "/random-draws", in::draw));
            r.add(api(HandlerType.GET, v1 + "/inspections/{id}/media/{hash}", in::media));
        }
        if (b.patrolStatistics != null) {
            PatrolStatisticsRoutes ps = new PatrolStatisticsRoutes(gridSafe, b.patrolStatistics, json, clock);
            r.add(api(HandlerType.GET, v1 + "/stats/patrol-indicators", ps::indicators));
            r.add(api(HandlerType.GET, v1 + "/stats/rankings/patrol", ps::rankGrids));
            r.add(api(HandlerType.GET, v1 + "/stats/rankings/patrol/staff", ps::rankStaff));
        }
        if (b.inspectionStatistics != null) {
            InspectionStatisticsRoutes is =
                    new InspectionStatisticsRoutes(gridSafe, b.inspectionStatistics, json, clock);
            r.add(api(HandlerType.GET, v1 + "/stats/inspection-indicators", is::indicators));
            r.add(api(HandlerType.GET, v1 + "/stats/two-increases", is::twoIncreases));
            if (b.inspectionStatistics.hasSelfInspections()) {
                r.add(api(HandlerType.GET, v1 + "/stats/self-inspection-indicators", is::selfInspection));
            }
            if (b.inspectionStatistics.hasLicences()) {
                r.add(api(HandlerType.GET, v1 + "/stats/licence-expiries", is::licenceExpiries));
            }
        }
        if (b.selfInspections != null) {
            SelfCheckRoutes sc = new SelfCheckRoutes(b.selfInspections, json, gridSafe.mediaStore());
            r.add(api(HandlerType.POST, v1 + "/self-check/plans", sc::savePlan));
            r.add(api(HandlerType.GET, v1 + "/self-check/plans/{id}", sc::plan));
            r.add(api(HandlerType.POST, v1 + "/self-check/runs", sc::submit));
            r.add(api(HandlerType.GET, v1 + "/self-check/runs/{id}", sc::run));
            r.add(api(HandlerType.GET, v1 + "/self-check/obligations", sc::allObligations));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/self-check/plans", sc::plans));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/self-check/runs", sc::runs));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/self-check/ledger", sc::ledger));
            r.add(api(HandlerType.POST, v1 + "/entities/{id}/self-check/returns", sc::fileReturn));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/self-check/returns", sc::returns));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/self-check/obligations", sc::obligations));
            r.add(api(HandlerType.GET, v1 + "/self-check/runs/{id}/media/{hash}", sc::media));
        }
        if (b.internalReports != null) {
            InternalReportRoutes ir = new InternalReportRoutes(b.internalReports, json);
            r.add(api(HandlerType.POST, v1 + "/internal-reports", ir::submit));
            r.add(api(HandlerType.GET, v1 + "/internal-reports/{id}", ir::get));
            r.add(api(HandlerType.POST, v1 + "/internal-reports/{id}/verification", ir::verify));
            r.add(api(HandlerType.POST, v1 + "/internal-reports/{id}/reward", ir::reward));
            r.add(api(HandlerType.GET, v1 + "/entities/{id}/internal-reports", ir::byEntity));
        }
        return List.copyOf(r);
    }

    private List<Route> patrolRoutes(PatrolRoutes p, String v1) {
        return List.of(
                api(HandlerType.GET, v1 + "/checklists", p::checklists),
                api(HandlerType.GET, v1 + "/checklists/{ref}", p::checklist),
                api(HandlerType.POST, v1 + "/patrol-plans", p::savePlan),
                api(HandlerType.GET, v1 + "/patrol-plans", p::plans),
                api(HandlerType.GET, v1 + "/patrol-plans/{id}", p::plan),
                api(HandlerType.POST, v1 + "/patrol-plans/{id}/schedule", p::schedule),
                api(HandlerType.POST, v1 + "/patrol-runs/missed", ex -> p.missedRun(ex, clock.instant())),
                api(HandlerType.GET, v1 + "/patrols", p::list),
                api(HandlerType.GET, v1 + "/patrols/{id}", p::get),
                api(HandlerType.GET, v1 + "/patrols/{id}/history", p::history),
                api(HandlerType.POST, v1 + "/patrols/{id}/check-in", p::checkIn),
                api(HandlerType.POST, v1 + "/patrols/{id}/submission", p::submit),
                api(HandlerType.POST, v1 + "/patrols/{id}/skip", p::skip));
    }

    /** The default health check: a read through the case queries port of an id no case has. */
    private static BooleanSupplier probeCaseQueries(GridSafe gridSafe) {
        CaseId probe = CaseId.of("health-probe");
        return () -> {
            gridSafe.caseQueries().find(probe);
            return true;
        };
    }

    private Reply health() {
        boolean up;
        try {
            up = healthCheck.getAsBoolean();
        } catch (StoreUnavailableException e) {
            up = false;
        }
        if (!up) {
            throw ProblemException.storeUnavailable(false).withHeader("Cache-Control", "no-store");
        }
        return Reply.of(200, Reply.JSON, "{\"status\":\"UP\"}").withHeader("Cache-Control", "no-store");
    }

    private static Route api(HandlerType method, String path, Handler handler) {
        return new Route(method, path, Auth.BEARER, Style.PROBLEM, handler);
    }

    /**
     * Starts the server on {@code host}:{@code port} ({@code 0}: any free port).
     *
     * @throws IllegalStateException if it is already started
     */
    public synchronized GridSafeHttpApi start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started on port " + app.port());
        }
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = maxBodyBytes;
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> server.setStopTimeout(stopTimeout.toMillis()));
            for (Route route : routes) {
                cfg.routes.addHttpHandler(route.method(), route.path(), ctx -> handle(route, ctx));
            }
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(HANDLED_ATTRIBUTE) == null) {
                    write(
                            ctx,
                            problem(
                                    ProblemException.notFound("no route " + ctx.method() + " " + ctx.path()),
                                    ctx.path()));
                }
            });
            cfg.routes.error(405, ctx -> {
                if (ctx.attribute(HANDLED_ATTRIBUTE) == null) {
                    write(
                            ctx,
                            problem(
                                    ProblemException.of(
                                            405,
                                            "method-not-allowed",
                                            "Method not allowed",
                                            ctx.method() + " is not allowed on " + ctx.path() + "; see /openapi.json"),
                                    ctx.path()));
                }
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure in {} {}", ctx.method(), ctx.path(), e);
                write(ctx, internalError(ctx.path()));
            });
            cfg.requestLogger.http((ctx, ms) -> LOG.info(
                    "{} {} {} {}ms actor={}",
                    ctx.method(),
                    ctx.path(),
                    ctx.statusCode(),
                    Math.round(ms),
                    Optional.ofNullable((String) ctx.attribute(ACTOR_ATTRIBUTE)).orElse("-")));
            extensions.forEach(extension -> extension.accept(cfg));
        });
        app.start(host, port);
        return this;
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    /** Stops the server; requests in flight finish first (up to the stop timeout). Does nothing if not started. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** Every route as {@code "METHOD /path"}, from Javalin's router (for the OpenAPI coverage test). */
    synchronized List<String> registeredRoutes() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        List<String> result = new ArrayList<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            if (method.isHttpMethod()) {
                result.add(method.name() + " " + parsed.endpoint.path);
            }
        }
        return result;
    }

    // ---- the request pipeline

    private void handle(Route route, Context ctx) {
        ctx.attribute(HANDLED_ATTRIBUTE, Boolean.TRUE);
        write(ctx, run(route, ctx));
    }

    private Reply run(Route route, Context ctx) {
        String path = ctx.path();
        try {
            Actor actor = route.auth() == Auth.BEARER ? authenticate(ctx) : null;
            byte[] body = new byte[0];
            boolean streaming = route.handler() instanceof StreamingHandler;
            if ((route.method() == HandlerType.POST || route.method() == HandlerType.PUT) && !streaming) {
                checkContentTypeCharset(ctx);
                body = readBody(ctx);
                if (route.style() == Style.PROBLEM && body.length > 0 && !isJson(ctx.contentType())) {
                    throw ProblemException.of(
                            415,
                            "unsupported-media-type",
                            "Unsupported media type",
                            "send the body as application/json, not " + ctx.contentType());
                }
            }
            Exchange exchange = new Exchange(ctx, actor, body);
            Optional<String> key = Optional.ofNullable(ctx.header("Idempotency-Key"));
            // An upload is idempotent by its content (the same bytes are the same file): no key needed.
            if (route.method() == HandlerType.POST && key.isPresent() && !streaming) {
                return idempotent(route, ctx, exchange, key.get());
            }
            return execute(route, exchange, path);
        } catch (Exception e) {
            return failure(route, ctx, e, path);
        }
    }

    private Reply execute(Route route, Exchange exchange, String path) {
        try {
            return route.handler().handle(exchange);
        } catch (Exception e) {
            return failure(route, null, e, path);
        }
    }

    private Reply failure(Route route, Context ctx, Exception e, String path) {
        return render(route, toProblem(route, e, path), path);
    }

    private Reply render(Route route, ProblemException problem, String path) {
        if (route.style() == Style.OPEN311) {
            return Open311Routes.error(path, problem);
        }
        return problem(problem, path);
    }

    private ProblemException toProblem(Route route, Exception e, String path) {
        if (e instanceof ProblemException p) {
            return p;
        }
        if (e instanceof StoreUnavailableException unavailable) {
            LOG.warn("store unavailable in {}: {}", path, unavailable.getMessage());
            return ProblemException.storeUnavailable(
                    unavailable.outcomeUnknown() || route.path().equals(ESCALATION_RUN));
        }
        if (e instanceof CaseworkException c) {
            var r = c.rejection();
            if (c instanceof InvalidCommandException) {
                return ProblemException.invalid(r.message(), r.fieldErrors());
            }
            if (c instanceof AccessDeniedException) {
                return ProblemException.forbidden(r.rule().orElse("access-policy"), r.message());
            }
            if (c instanceof CaseNotFoundException) {
                return ProblemException.notFound(r.message());
            }
            if (c instanceof WrongCaseStateException) {
                return ProblemException.of(409, "wrong-state", "Wrong state", r.message());
            }
            if (c instanceof StaleCaseVersionException) {
                return ProblemException.of(409, "stale-version", "Conflict", r.message());
            }
            if (c instanceof ConcurrentUpdateException) {
                return ProblemException.of(409, "concurrent-update", "Conflict", r.message());
            }
        }
        if (e instanceof org.gridsafe.patrol.PatrolException p) {
            return patrolProblem(p);
        }
        if (e instanceof org.gridsafe.inspection.InspectionException p) {
            return inspectionProblem(p);
        }
        if (e instanceof org.gridsafe.selfcheck.SelfCheckException p) {
            return selfCheckProblem(p);
        }
        // Bad input is parsed where it is read and refused there as a ProblemException naming the
        // field; any other exception, an IllegalArgumentException from deep inside included, is a
        // bug on this side and never the client's fault.
        LOG.error("unexpected failure in {}", path, e);
        return ProblemException.of(500, "internal-error", "Internal error", "the server failed; the failure is logged");
    }

    private static ProblemException inspectionProblem(org.gridsafe.inspection.InspectionException p) {
        if (p instanceof org.gridsafe.inspection.InvalidInspectionException invalid) {
            return ProblemException.invalid(
                    p.getMessage(),
                    invalid.problems().stream()
                            .map(x -> new org.gridsafe.casework.FieldError(x.field(), x.message()))
                            .toList());
        }
        if (p instanceof org.gridsafe.inspection.InspectionAccessDeniedException denied) {
            return ProblemException.forbidden(denied.decision().rule(), p.getMessage());
        }
        if (p instanceof org.gridsafe.inspection.InspectionNotFoundException) {
            return ProblemException.notFound(p.getMessage());
        }
        if (p instanceof org.gridsafe.inspection.WrongInspectionStateException) {
            return ProblemException.of(409, "wrong-state", "Wrong state", p.getMessage());
        }
        if (p instanceof org.gridsafe.inspection.InspectionVersionConflictException) {
            return ProblemException.of(409, "stale-version", "Conflict", p.getMessage());
        }
        if (p instanceof org.gridsafe.inspection.InspectionCapExceededException) {
            return ProblemException.of(409, "inspection-cap-reached", "Conflict", p.getMessage());
        }
        return ProblemException.of(409, "already-exists", "Conflict", p.getMessage());
    }

    private static ProblemException patrolProblem(org.gridsafe.patrol.PatrolException p) {
        if (p instanceof org.gridsafe.patrol.InvalidPatrolException invalid) {
            return ProblemException.invalid(
                    p.getMessage(),
                    invalid.problems().stream()
                            .map(x -> new org.gridsafe.casework.FieldError(x.field(), x.message()))
                            .toList());
        }
        if (p instanceof org.gridsafe.patrol.PatrolAccessDeniedException denied) {
            return ProblemException.forbidden(denied.decision().rule(), p.getMessage());
        }
        if (p instanceof org.gridsafe.patrol.PatrolNotFoundException) {
            return ProblemException.notFound(p.getMessage());
        }
        if (p instanceof org.gridsafe.patrol.WrongPatrolStateException) {
            return ProblemException.of(409, "wrong-state", "Wrong state", p.getMessage());
        }
        if (p instanceof org.gridsafe.patrol.PatrolVersionConflictException) {
            return ProblemException.of(409, "stale-version", "Conflict", p.getMessage());
        }
        return ProblemException.of(409, "already-exists", "Conflict", p.getMessage());
    }

    private static ProblemException selfCheckProblem(org.gridsafe.selfcheck.SelfCheckException p) {
        if (p instanceof org.gridsafe.selfcheck.InvalidSelfCheckException invalid) {
            return ProblemException.invalid(
                    p.getMessage(),
                    invalid.problems().stream()
                            .map(x -> new org.gridsafe.casework.FieldError(x.field(), x.message()))
                            .toList());
        }
        if (p instanceof org.gridsafe.selfcheck.SelfCheckAccessDeniedException denied) {
            return ProblemException.forbidden(denied.decision().rule(), p.getMessage());
        }
        if (p instanceof org.gridsafe.selfcheck.SelfCheckNotFoundException) {
            return ProblemException.notFound(p.getMessage());
        }
        if (p instanceof org.gridsafe.selfcheck.WrongSelfCheckStateException) {
            return ProblemException.of(409, "wrong-state", "Wrong state", p.getMessage());
        }
        if (p instanceof org.gridsafe.selfcheck.SelfCheckVersionConflictException) {
            return ProblemException.of(409, "stale-version", "Conflict", p.getMessage());
        }
        if (p instanceof org.gridsafe.selfcheck.ReturnAlreadyFiledException) {
            return ProblemException.of(409, "return-filed", "Conflict", p.getMessage());
        }
        return ProblemException.of(409, "run-exists", "Conflict", p.getMessage());
    }

    private Actor authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ProblemException.unauthorized("send Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProblemException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        Actor actor = tokens.actorFor(header.substring(7).strip())
                .orElseThrow(() -> ProblemException.unauthorized("the bearer token is unknown or revoked"));
        ctx.attribute(ACTOR_ATTRIBUTE, actor.id());
        return actor;
    }

    private byte[] readBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBodyBytes) {
                throw tooLarge(in);
            }
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge(in);
            }
            return body;
        }
    }

    /**
     * The 413 problem, after reading (and dropping) what the client is still sending, up to a cap:
     * a client that is still writing when the answer comes sees a broken pipe instead of the 413.
     * The connection is closed afterwards.
     */
    private ProblemException tooLarge(InputStream in) throws IOException {
        long cap = DRAIN_LIMIT_BYTES;
        byte[] buffer = new byte[8192];
        int read;
        while (cap > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, cap))) > 0) {
            cap -= read;
        }
        return ProblemException.tooLarge(maxBodyBytes).withHeader("Connection", "close");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /**
     * The servlet container parses a Content-Type's charset when it is first read and throws for a
     * name that is malformed or unknown; that is the client's mistake, so it is a 415 here.
     */
    private static void checkContentTypeCharset(Context ctx) {
        try {
            ctx.contentType();
        } catch (IllegalArgumentException e) {
            throw ProblemException.of(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "the Content-Type names a charset that is not valid or not supported; send UTF-8");
        }
    }

    private Reply idempotent(Route route, Context ctx, Exchange exchange, String key) {
        // 200: the longest key the IdempotencyKeys port promises to hold (the JDBC table's column).
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1-200 visible ASCII characters");
        }
        String readable = "POST " + ctx.path() + "|"
                + exchange.optionalActor().map(Actor::id).orElse("-");
        // The port holds scopes of up to 200 characters; a longer one (a path with a 300-character
        // id) is kept as its hash, which is as unique and never clashes with a readable scope.
        String scope = readable.length() <= 200 ? readable : "sha256:" + HashedActorTokens.sha256(readable);
        String fingerprint = HashedActorTokens.sha256(
                "POST\n" + ctx.path() + "\n" + Objects.toString(ctx.header("If-Match"), "") + "\n"
                        + Objects.toString(ctx.contentType(), "") + "\n"
                        + new String(exchange.body(), StandardCharsets.UTF_8));
        IdempotencyClaim claim = idempotencyKeys.claim(scope, key, fingerprint, clock.instant());
        switch (claim.outcome()) {
            case REPLAY -> {
                return replay(claim.response().orElseThrow(), route.path());
            }
            case IN_PROGRESS ->
                throw ProblemException.of(
                        409,
                        "idempotency-in-progress",
                        "Request in progress",
                        "a request with this Idempotency-Key is still running; retry later");
            case MISMATCH ->
                throw ProblemException.of(
                        422,
                        "idempotency-key-reused",
                        "Idempotency key reused",
                        "this Idempotency-Key was used with a different request; use a new key for a new request");
            case CLAIMED -> {
                // handled below
            }
        }
        Reply reply;
        try {
            reply = route.handler().handle(exchange);
        } catch (Exception e) {
            ProblemException problem = toProblem(route, e, ctx.path());
            if (problem.kind.equals(ProblemException.OUTCOME_UNKNOWN)) {
                // The change may be stored: the key stays claimed, so a retry with it is answered
                // 409 idempotency-in-progress and never runs the request a second time.
                LOG.warn("idempotency key {} in {} kept claimed: the outcome of its request is unknown", key, scope);
            } else if (problem.status >= 500) {
                releaseQuietly(scope, key);
            } else {
                complete(scope, key, render(route, problem, ctx.path()));
            }
            return render(route, problem, ctx.path());
        }
        if (reply.status() >= 500) {
            releaseQuietly(scope, key);
        } else {
            complete(scope, key, reply);
        }
        return reply;
    }

    /**
     * Stores the answer for replays. If the store fails now, the request's own writes are already
     * committed, so its answer still goes out; the key stays claimed (a retry gets 409
     * idempotency-in-progress, never a second execution).
     */
    private void complete(String scope, String key, Reply reply) {
        try {
            idempotencyKeys.complete(
                    scope, key, new StoredResponse(reply.status(), reply.contentType(), reply.bodyText()));
        } catch (StoreUnavailableException e) {
            LOG.warn("idempotency key {} in {} not completed, the store failed: {}", key, scope, e.getMessage());
        }
    }

    /** Frees the key of a request that stored nothing; if the store is down it stays claimed (logged). */
    private void releaseQuietly(String scope, String key) {
        try {
            idempotencyKeys.release(scope, key);
        } catch (StoreUnavailableException e) {
            LOG.warn("idempotency key {} in {} not released, the store failed: {}", key, scope, e.getMessage());
        }
    }

    private Reply replay(StoredResponse stored, String routePath) {
        Reply reply = Reply.of(stored.status(), stored.contentType(), stored.body())
                .withHeader("Idempotent-Replayed", "true");
        if (stored.status() < 300 && stored.contentType().startsWith("application/json")) {
            try {
                JsonNode node = json.mapper().readTree(stored.body());
                if (node != null && node.has("id") && node.has("version")) {
                    reply = reply.withHeader("ETag", "\"" + node.get("version").asLong() + "\"");
                    if (stored.status() == 201) {
                        String collection =
                                routePath.equals("/api/v1/entities") ? "/api/v1/entities/" : "/api/v1/cases/";
                        reply = reply.withHeader(
                                "Location", collection + node.get("id").asText());
                    }
                }
            } catch (IOException e) {
                // Not a case body: no ETag to restore.
            }
        }
        return reply;
    }

    private Reply problem(ProblemException p, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("title", p.title);
        body.put("status", p.status);
        body.put("detail", p.getMessage());
        body.put("instance", instance);
        p.rule.ifPresent(rule -> body.put("rule", rule));
        if (!p.errors.isEmpty()) {
            body.put(
                    "errors",
                    p.errors.stream()
                            .map(e -> Map.of("field", e.field(), "message", e.message()))
                            .toList());
        }
        Reply reply = Reply.of(p.status, Reply.PROBLEM_JSON, json.write(body));
        for (var header : p.headers.entrySet()) {
            reply = reply.withHeader(header.getKey(), header.getValue());
        }
        return reply;
    }

    private Reply internalError(String path) {
        return problem(
                ProblemException.of(
                        500, "internal-error", "Internal error", "the server failed; the failure is logged"),
                path);
    }

    private static void write(Context ctx, Reply reply) {
        ctx.status(reply.status());
        ctx.contentType(reply.contentType());
        reply.headers().forEach(ctx::header);
        ctx.result(reply.body());
    }

    private static String openApiDocument() {
        return OpenApiDocument.JSON;
    }

    /**
     * The OpenAPI document, authored as {@code openapi.yaml} (readable, commented, easy to merge) and
     * served as JSON; converted once per class loader, on first use.
     */
    private static final class OpenApiDocument {
        static final String JSON = load();

        private static String load() {
            try (InputStream in = GridSafeHttpApi.class.getResourceAsStream("openapi.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.yaml is missing from the adapter's resources");
                }
                return new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read openapi.yaml", e);
            }
        }
    }

    /** Configures a {@link GridSafeHttpApi}. */
    public static final class Builder {
        private final GridSafe gridSafe;
        private ActorTokens tokens;
        private IdempotencyKeys idempotencyKeys;
        private Clock clock = Clock.systemUTC();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration stopTimeout = Duration.ofSeconds(10);
        private String open311Contact = "GridSafe command center";
        private BooleanSupplier healthCheck;
        private int maxFilesPerUpload = DEFAULT_MAX_FILES_PER_UPLOAD;
        private SupervisedEntities entities;
        private LicenceTypeCatalog licenceTypes = LicenceTypeCatalog.standard();
        private org.gridsafe.Patrols patrols;
        private org.gridsafe.Inspections inspections;
        private org.gridsafe.PatrolStatistics patrolStatistics;
        private org.gridsafe.InspectionStatistics inspectionStatistics;
        private org.gridsafe.SelfInspections selfInspections;
        private org.gridsafe.InternalReports internalReports;
        private final List<Consumer<JavalinConfig>> extensions = new ArrayList<>();
        private org.gridsafe.port.WritableGridDirectory administration;
        private org.gridsafe.districtdata.DistrictData districtData =
                org.gridsafe.districtdata.DistrictData.withDefaults();
        private long maxImportBytes = DEFAULT_MAX_IMPORT_BYTES;

        private Builder(GridSafe gridSafe) {
            this.gridSafe = Objects.requireNonNull(gridSafe, "gridSafe");
        }

        /** Who bearer tokens and Open311 api keys stand for. Required. */
        public Builder tokens(ActorTokens tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** Where {@code Idempotency-Key}s are kept (in memory, or the JDBC adapter's table). Required. */
        public Builder idempotencyKeys(IdempotencyKeys idempotencyKeys) {
            this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
            return this;
        }

        /** The time for "overdue" filters, escalation runs and idempotency claims; give the GridSafe's clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The largest request body accepted; larger ones get 413. Default 64 KiB. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** How long {@link #stop()} waits for requests in flight. Default 10 s. */
        public Builder stopTimeout(Duration stopTimeout) {
            if (stopTimeout.isNegative()) {
                throw new IllegalArgumentException("stopTimeout must not be negative");
            }
            this.stopTimeout = stopTimeout;
            return this;
        }

        /** The contact named in the Open311 discovery document. */
        public Builder open311Contact(String contact) {
            this.open311Contact = Objects.requireNonNull(contact, "contact");
            return this;
        }

        /**
         * What {@code GET /api/v1/health} asks: true if the store answers now. It may also throw
         * {@link StoreUnavailableException} for "no". Default: a read through the case queries port.
         * Give a cheap check when there is one (the JDBC adapter's {@code isAvailable()}).
         */
        public Builder healthCheck(BooleanSupplier healthCheck) {
            this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
            return this;
        }

        /**
         * The most files one {@code POST /api/v1/media} may carry; more are refused (400) before
         * any is stored. Each file's size and accepted types are the media store's
         * ({@code GridSafe.mediaStore().limits()}). Default 9.
         */
        public Builder maxFilesPerUpload(int maxFilesPerUpload) {
            if (maxFilesPerUpload < 1 || maxFilesPerUpload > org.gridsafe.casework.InputLimits.ATTACHMENTS) {
                throw new IllegalArgumentException("maxFilesPerUpload must be 1 to "
                        + org.gridsafe.casework.InputLimits.ATTACHMENTS + ", was " + maxFilesPerUpload);
            }
            this.maxFilesPerUpload = maxFilesPerUpload;
            return this;
        }

        /**
         * The registry of supervised entities served under {@code /api/v1/entities} (give it the
         * same directory and clock as the GridSafe). Without one those routes answer 501.
         */
        public Builder entities(SupervisedEntities entities) {
            this.entities = Objects.requireNonNull(entities, "entities");
            return this;
        }

        /** The licence types registrations may name; the shipped catalog unless given. */
        public Builder licenceTypes(LicenceTypeCatalog licenceTypes) {
            this.licenceTypes = Objects.requireNonNull(licenceTypes, "licenceTypes");
            return this;
        }

        /**
         * The patrol service; given, the API serves {@code /api/v1/checklists}, {@code /api/v1/patrol-plans}
         * and {@code /api/v1/patrols}. Build it over the same GridSafe's casework and access policy.
         */
        public Builder patrols(org.gridsafe.Patrols patrols) {
            this.patrols = Objects.requireNonNull(patrols, "patrols");
            return this;
        }

        /**
         * The inspection service; given, the API serves {@code /api/v1/inspections},
         * {@code /api/v1/enforcement-credentials} and {@code /api/v1/random-draws}. Build it over the same
         * GridSafe's casework and access policy.
         */
        public Builder inspections(org.gridsafe.Inspections inspections) {
            this.inspections = Objects.requireNonNull(inspections, "inspections");
            return this;
        }

        /**
         * The patrol indicators; given, the API serves {@code /api/v1/stats/patrol-indicators}, {@code
         * /api/v1/stats/rankings/patrol} and {@code /api/v1/stats/rankings/patrol/staff}. Build it over the same
         * GridSafe.
         */
        public Builder patrolStatistics(org.gridsafe.PatrolStatistics patrolStatistics) {
            this.patrolStatistics = Objects.requireNonNull(patrolStatistics, "patrolStatistics");
            return this;
        }

        /**
         * The inspection indicators; given, the API serves {@code /api/v1/stats/inspection-indicators} and
         * {@code /api/v1/stats/two-increases}, {@code /api/v1/stats/self-inspection-indicators} when it
         * was built with self-inspections and {@code /api/v1/stats/licence-expiries} when it was built with
         * entities or licence queries. Build it over the same GridSafe.
         */
        public Builder inspectionStatistics(org.gridsafe.InspectionStatistics inspectionStatistics) {
            this.inspectionStatistics = Objects.requireNonNull(inspectionStatistics, "inspectionStatistics");
            return this;
        }

        /**
         * The enterprise self-inspection service; given, the API serves {@code /api/v1/self-check/...} and
         * an entity's {@code /api/v1/entities/{id}/self-check/...}. Build it over the same GridSafe's
         * casework and access policy.
         */
        public Builder selfInspections(org.gridsafe.SelfInspections selfInspections) {
            this.selfInspections = Objects.requireNonNull(selfInspections, "selfInspections");
            return this;
        }

        /**
         * Employees' internal reports; given, the API serves {@code /api/v1/internal-reports/...} and an
         * entity's {@code /api/v1/entities/{id}/internal-reports}. Build it over the same GridSafe's casework
         * and access policy.
         */
        public Builder internalReports(org.gridsafe.InternalReports internalReports) {
            this.internalReports = Objects.requireNonNull(internalReports, "internalReports");
            return this;
        }

        /**
         * Something served beside the API on the same server (static pages, extra headers), applied
         * to the Javalin configuration after the API's routes when the server starts. Its routes must
         * not take the API's paths.
         */
        public Builder extension(Consumer<JavalinConfig> extension) {
            this.extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /**
         * The directory the district administrator's routes replace ({@code /api/v1/district/...},
         * {@code PUT /api/v1/grids/{code}/staff}): give the GridSafe's own directory. Without one
         * those routes answer 501.
         */
        public Builder administration(org.gridsafe.port.WritableGridDirectory directory) {
            this.administration = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** How district files are read and checked (validation rules, CSV charset); the defaults unless given. */
        public Builder districtData(org.gridsafe.districtdata.DistrictData districtData) {
            this.districtData = Objects.requireNonNull(districtData, "districtData");
            return this;
        }

        /**
         * The most bytes one district upload may carry, files and the inflated content of a .zip
         * counted; more are refused (413) before anything is checked. Default 32 MiB.
         */
        public Builder maxImportBytes(long maxImportBytes) {
            if (maxImportBytes < 1024) {
                throw new IllegalArgumentException("maxImportBytes must be at least 1024, was " + maxImportBytes);
            }
            this.maxImportBytes = maxImportBytes;
            return this;
        }

        /** Builds the API (not started yet). */
        public GridSafeHttpApi build() {
            return new GridSafeHttpApi(this);
        }
    }
}
