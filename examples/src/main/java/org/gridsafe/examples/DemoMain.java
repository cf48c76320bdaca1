package org.gridsafe.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.files.FileSystemMediaStore;
import org.gridsafe.jdbc.H2CrashRecovery;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.jdbc.OutboxRelay;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.port.MediaStore;
import org.gridsafe.rest.GridSafeHttpApi;
import org.gridsafe.rest.HashedActorTokens;
import org.gridsafe.web.WebPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's main job: the demo server. An H2 file database under the data directory (or the
 * database given), migrations applied, the demo district loaded on first start, the HTTP API on
 * 127.0.0.1:8080, the outbox relay, an escalation run every minute, a daily licence run (expired
 * licences open cases) and a daily purge of delivered
 * notifications and old idempotency keys. Ctrl-C stops it gracefully.
 */
public final class DemoMain {

    /** The reason the demo server's first load records in the directory's history. */
    static final String FIRST_LOAD_REASON = "示范区首次加载";

    private static final Logger LOG = LoggerFactory.getLogger(DemoMain.class);

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && DistrictCommand.COMMANDS.contains(args[0])) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            System.exit(DistrictCommand.run(args, System.getenv(), out, err));
            return;
        }
        ServerOptions options;
        try {
            options = ServerOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException badOption) {
            System.err.println(badOption.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ServerOptions.USAGE);
            return;
        }
        DemoServer server;
        try {
            server = DemoServer.start(options);
        } catch (Exception | Error e) {
            // One line an operator can act on: what is wrong and where (the log has the details).
            LOG.debug("start failed", e);
            System.err.println("GridSafe cannot start: " + oneLine(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "gridsafe-shutdown"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        server.printWelcome(out);
        stopped.await();
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /** A running demo server; {@link #close()} stops it gracefully. */
    public static final class DemoServer implements AutoCloseable {
        private final HikariDataSource dataSource;
        private final JdbcGridSafeStorage storage;
        private final OutboxRelay relay;
        private final ScheduledExecutorService background;
        private final GridSafeHttpApi api;
        private final List<DemoActor> actors;
        private final String databaseDescription;

        private DemoServer(
                HikariDataSource dataSource,
                JdbcGridSafeStorage storage,
                OutboxRelay relay,
                ScheduledExecutorService background,
                GridSafeHttpApi api,
                List<DemoActor> actors,
                String databaseDescription) {
            this.dataSource = dataSource;
            this.storage = storage;
            this.relay = relay;
            this.background = background;
            this.api = api;
            this.actors = actors;
            this.databaseDescription = databaseDescription;
        }

        /**
         * Starts everything: database, district, the start-up check, relay, escalation and purge
         * schedule, HTTP. Throws with a one-line message when the data directory cannot be used or
         * the stored cases are damaged ({@link org.gridsafe.jdbc.StorageDamagedException}).
         */
        public static DemoServer start(ServerOptions options) throws Exception {
            if (options.databaseUrl().isEmpty()) {
                DataDirectory.requireUsable(options.dataDirectory(), "gridsafe.mv.db");
            }
            // Before H2's first connection: a file left by a crash must open with all its commits.
            H2CrashRecovery.beforeOpening(options.jdbcUrl())
                    .filter(outcome -> !outcome.wasClean())
                    .ifPresent(outcome -> LOG.info(
                            "the H2 database was not closed cleanly: recovered {} at store version {}{}",
                            outcome.file(),
                            outcome.recoveredVersion(),
                            outcome.headerWasBehind()
                                    ? " (its header named version " + outcome.headerVersion() + ")"
                                    : ""));
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(options.jdbcUrl());
            options.databaseUser().ifPresent(pool::setUsername);
            options.databasePassword().ifPresent(pool::setPassword);
            pool.setMaximumPoolSize(8);
            pool.setPoolName("gridsafe");
            boundTimeouts(pool, options.jdbcUrl());
            HikariDataSource dataSource = new HikariDataSource(pool);
            try {
                JdbcGridSafeStorage storage =
                        JdbcGridSafeStorage.create(dataSource).migrate();
                if (!storage.directory().isSaved()) {
                    LOG.info("first start: loading the demo district from its data files");
                    var grids = DemoDistrict.grids();
                    var calendar = DemoDistrict.calendar();
                    // The first load is the history's version 1: the system's, effective the day of loading.
                    storage.directory()
                            .replace(
                                    grids,
                                    DemoDistrict.dutyMatrix(),
                                    DemoDistrict.timeLimits(),
                                    calendar,
                                    new org.gridsafe.port.DirectoryChange(
                                            org.gridsafe.access.Actor.SYSTEM,
                                            FIRST_LOAD_REASON,
                                            java.time.LocalDate.now(java.time.Clock.system(calendar.zone()))));
                }
                // Before serving: the cases written since the last clean stop (all with
                // --check-all) must verify; a damaged log stops the start here.
                JdbcGridSafeStorage.StartCheck check = storage.startRun(options.checkAll());
                LOG.info(
                        "start-up check: {} cases verified ({})",
                        check.casesChecked(),
                        check.all() ? "all cases" : "written since the last clean stop");
                Clock clock = Clock.systemUTC();
                MediaStore media = mediaStore(options, storage);
                GridSafe gridSafe = GridSafe.builder()
                        .directory(storage.directory())
                        .caseStore(storage.caseStore())
                        .caseQueries(storage.caseQueries())
                        .caseStatistics(storage.caseStatistics())
                        .idGenerator(storage.idGenerator(
                                storage.directory().workCalendar().zone()))
                        .mediaStore(media)
                        .entityRegistry(storage.entityRegistry())
                        .majorHazardReturnStore(storage.majorHazardReturns())
                        .districtNotices(storage.districtNotices(), new org.gridsafe.port.Notifier() {
                            @Override
                            public void deliver(org.gridsafe.casework.Notification notification) {}

                            @Override
                            public void deliverNotice(org.gridsafe.notice.DistrictNotice notice) {
                                // The demo's "delivery" is the log: a host sends it by SMS or its messaging app.
                                LOG.warn(
                                        "district notice to {} ({}): {}",
                                        notice.recipientId().orElse("command center"),
                                        notice.scope(),
                                        notice.message());
                            }
                        })
                        .clock(clock)
                        .build();
                // 网格调整: open cases of grids a directory change removed move before anything is served.
                gridSafe.casework()
                        .moveCasesOfRemovedGrids(Actor.SYSTEM, clock.instant())
                        .forEach(move -> LOG.info(
                                "网格调整: case {} moved from removed grid {} to {} ({})",
                                move.caseId(),
                                move.from(),
                                move.to(),
                                move.basis()));
                OutboxRelay relay = storage.outboxRelay(
                        notification -> LOG.info(
                                "notify {} case {} v{} to {}",
                                notification.kind(),
                                notification.caseId(),
                                notification.caseVersion(),
                                notification
                                        .recipientId()
                                        .orElse(notification
                                                .department()
                                                .map(Object::toString)
                                                .orElse("grid " + notification.grid()))),
                        clock);
                relay.start(Duration.ofSeconds(1));
                // Two threads: a long purge must not hold up the escalation run.
                ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
                    Thread thread = new Thread(r, "gridsafe-background");
                    thread.setDaemon(true);
                    return thread;
                });
                background.scheduleWithFixedDelay(
                        () -> {
                            try {
                                int written = gridSafe.casework().escalateOverdue(clock.instant());
                                if (written > 0) {
                                    LOG.info("escalated overdue work: {} escalation events", written);
                                }
                            } catch (RuntimeException e) {
                                LOG.warn("escalation run failed; the next run retries: {}", e.toString());
                            }
                        },
                        60,
                        60,
                        TimeUnit.SECONDS);
                // Expired licences of operating units open cases: a minute after start (the demo
                // entities are loaded by then) and daily; a rerun opens nothing twice.
                background.scheduleWithFixedDelay(
                        () -> {
                            try {
                                int opened = gridSafe.casework()
                                        .openExpiredLicenceCases(clock.instant())
                                        .size();
                                if (opened > 0) {
                                    LOG.info("expired licences: {} cases opened", opened);
                                }
                            } catch (RuntimeException e) {
                                LOG.warn("licence run failed; tomorrow's run retries: {}", e.toString());
                            }
                        },
                        1,
                        24 * 60,
                        TimeUnit.MINUTES);
                // The calendar's coverage, at start and then daily: from 1 November of its last year
                // deadlines of the next one would ignore its holidays. The district notices' sweep
                // (the same day's run again raises nothing) turns it, and overdue major-hazard
                // returns, into notices to the command centers; the warning stays in the log too.
                background.scheduleWithFixedDelay(
                        () -> {
                            CalendarCoverageWarning.at(storage.directory().workCalendar(), clock.instant())
                                    .ifPresent(LOG::warn);
                            try {
                                int raised = gridSafe.districtNotices()
                                        .sweep(clock.instant())
                                        .raised()
                                        .size();
                                if (raised > 0) {
                                    LOG.info("district notices: {} raised today", raised);
                                }
                            } catch (RuntimeException e) {
                                LOG.warn("district notice sweep failed; the next run retries: {}", e.toString());
                            }
                        },
                        0,
                        24 * 60,
                        TimeUnit.MINUTES);
                // Housekeeping once a day, first 5 minutes after start (so a server restarted often
                // still purges): delivered notifications after 30 days, idempotency keys after 7;
                // cases and their logs are never purged.
                background.scheduleWithFixedDelay(
                        () -> {
                            try {
                                Instant now = clock.instant();
                                JdbcGridSafeStorage.Purged purged =
                                        storage.purge(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(7)));
                                LOG.info(
                                        "purged {} delivered notifications and {} idempotency keys",
                                        purged.deliveredNotifications(),
                                        purged.idempotencyKeys());
                            } catch (RuntimeException e) {
                                LOG.warn("purge failed; tomorrow's run retries: {}", e.toString());
                            }
                        },
                        5,
                        24 * 60,
                        TimeUnit.MINUTES);
                // The registry of production units and places; its demo data is loaded on first start.
                org.gridsafe.SupervisedEntities entities = org.gridsafe.SupervisedEntities.builder()
                        .registry(storage.entityRegistry())
                        .directory(storage.directory())
                        .clock(clock)
                        .nineSmallProfile(DemoEntities.NINE_SMALL_PROFILE)
                        .build();
                int registered = DemoEntities.load(
                        entities,
                        org.gridsafe.access.Actor.commandCenter(
                                "cc-district-loader", "区网格化信息指挥中心", DemoDistrict.DISTRICT),
                        java.time.LocalDate.now(clock.withZone(
                                storage.directory().workCalendar().zone())));
                if (registered > 0) {
                    LOG.info("first start: registered {} demo production units and places", registered);
                }
                // Patrols by grid staff and inspections by credentialed officers, on the same database.
                java.time.ZoneId zone = storage.directory().workCalendar().zone();
                org.gridsafe.Patrols patrols = org.gridsafe.Patrols.builder()
                        .store(storage.patrolStore())
                        .tracks(storage.patrolTrackStore())
                        .entities(storage.entityRegistry())
                        .directory(storage.directory())
                        .casework(gridSafe.casework())
                        .clock(clock)
                        .zone(zone)
                        .build();
                // The demo's patrol plans and a month of patrol history, on first start only.
                DemoPatrols.loadInto(
                                storage,
                                media,
                                org.gridsafe.access.Actor.commandCenter(
                                        "cc-district-loader", "区网格化信息指挥中心", DemoDistrict.DISTRICT),
                                zone,
                                clock)
                        .ifPresent(
                                history -> LOG.info("first start: patrol plans and a month of history: {}", history));
                org.gridsafe.Inspections inspections = org.gridsafe.Inspections.builder()
                        .store(storage.inspectionStore())
                        .entities(storage.entityRegistry())
                        .casework(gridSafe.casework())
                        .clock(clock)
                        .zone(zone)
                        .build();
                // Ranking weights: system properties gridsafe.patrol.(staff-)weights.*, else the defaults.
                org.gridsafe.PatrolStatistics patrolStatistics = org.gridsafe.PatrolStatistics.builder()
                        .gridSafe(gridSafe)
                        .queries(storage.patrolStatistics())
                        .zone(zone)
                        .weights(DemoRankingWeights.grids(System.getProperties()))
                        .staffWeights(DemoRankingWeights.staff(System.getProperties()))
                        .build();
                // Inspection, self-inspection and licence-expiry indicators for command centers: SQL where the
                // storage has it, the licences scanned from the registry.
                org.gridsafe.InspectionStatistics inspectionStatistics = org.gridsafe.InspectionStatistics.builder()
                        .gridSafe(gridSafe)
                        .queries(storage.inspectionStatistics())
                        .selfChecks(storage.selfCheckStore())
                        .selfInspectionQueries(storage.selfInspectionStatistics())
                        .entities(storage.entityRegistry())
                        .zone(zone)
                        .build();
                // Enterprises' own hazard checks (企业隐患自查自报), reported into the same loop.
                org.gridsafe.SelfInspections selfInspections = org.gridsafe.SelfInspections.builder()
                        .store(storage.selfCheckStore())
                        .entities(storage.entityRegistry())
                        .casework(gridSafe.casework())
                        .clock(clock)
                        .zone(zone)
                        .build();
                List<DemoActor> actors =
                        DemoActor.all(DemoEnterprises.all(storage.directory().grids()));
                HashedActorTokens tokens = new HashedActorTokens();
                actors.forEach(a -> tokens.register(a.token(), a.actor()));
                GridSafeHttpApi api = GridSafeHttpApi.builder(gridSafe)
                        .tokens(tokens)
                        .entities(entities)
                        .patrols(patrols)
                        .inspections(inspections)
                        .patrolStatistics(patrolStatistics)
                        .inspectionStatistics(inspectionStatistics)
                        .selfInspections(selfInspections)
                        // The district administrator's routes replace this same directory.
                        .administration(storage.directory())
                        .healthCheck(storage::isAvailable)
                        .idempotencyKeys(storage.idempotencyKeys())
                        .clock(clock)
                        // The web pages at /: the resident page reports as the demo's citizen app.
                        .extension(WebPages.builder()
                                .zone(storage.directory().workCalendar().zone())
                                .residentAppKey(DemoActor.OPEN311_KEY)
                                .build())
                        .build()
                        .start(options.host(), options.port());
                String database = options.databaseUrl().isPresent()
                        ? options.jdbcUrl().replaceAll("password=[^&;]*", "password=***")
                        : "H2 file " + options.dataDirectory().toAbsolutePath().resolve("gridsafe.mv.db");
                return new DemoServer(dataSource, storage, relay, background, api, actors, database);
            } catch (Exception | Error e) {
                dataSource.close();
                throw e;
            }
        }

        /**
         * Evidence files: by default in {@code media} under the data directory (durable: fsync and
         * atomic rename), with {@code --media-store database} in the database. Limits are core's
         * defaults (10 MiB; JPEG, PNG, WebP, HEIC, PDF).
         */
        static MediaStore mediaStore(ServerOptions options, JdbcGridSafeStorage storage) {
            if (options.mediaInDatabase()) {
                LOG.info("evidence files: in the database (media_object)");
                return storage.mediaStore(MediaLimits.defaults());
            }
            try {
                FileSystemMediaStore files =
                        FileSystemMediaStore.open(options.mediaDirectory(), MediaLimits.defaults());
                LOG.info("evidence files: {}", files.root());
                return files;
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new DataDirectory.UnusableDataDirectoryException("cannot keep evidence files: " + e.getMessage());
            }
        }

        /**
         * While the database is down a request must fail fast (503), not hang: a free connection is
         * waited for at most 3 s (Hikari's default is 30 s); on PostgreSQL a connect gives up after
         * 3 s, a statement is cancelled by the server after 10 s, and a read on a connection whose
         * server went silent gives up after 15 s (pgjdbc's default is to wait forever). The values
         * are the project's own choice, far above the statements measured in BENCHMARKS.md (the
         * overdue scan over 10 million cases takes about 70 ms). Settings in the URL win.
         */
        static void boundTimeouts(HikariConfig pool, String jdbcUrl) {
            pool.setConnectionTimeout(3_000);
            pool.setValidationTimeout(1_000);
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                pool.addDataSourceProperty("connectTimeout", "3");
                pool.addDataSourceProperty("loginTimeout", "3");
                pool.addDataSourceProperty("socketTimeout", "15");
                pool.addDataSourceProperty("options", "-c statement_timeout=10000");
            }
        }

        /** The port the HTTP API listens on. */
        public int port() {
            return api.port();
        }

        /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
        public String baseUrl() {
            return "http://127.0.0.1:" + port();
        }

        /** The demo accounts. */
        public List<DemoActor> actors() {
            return actors;
        }

        void printWelcome(PrintStream out) {
            String base = baseUrl();
            out.println("GridSafe listening on " + base);
            out.println("  database: " + databaseDescription);
            out.println("  web pages: " + base + "/ (resident report), " + base
                    + "/signin.html (command center: sign in with a demo token), " + base
                    + "/workbench.html (departments), " + base + "/patrol.html (grid staff, works offline)");
            out.println("Demo tokens (Authorization: Bearer <token>):");
            for (DemoActor actor : actors) {
                out.printf("  %-24s %s%n", actor.token(), actor.description());
            }
            out.println("Try:");
            out.println("  curl -s " + base + "/api/v1/grids/320599001 -H 'Authorization: Bearer demo-citizen'");
            out.println("  curl -s -X POST " + base + "/api/v1/cases -H 'Authorization: Bearer demo-grid-staff' \\");
            out.println("       -H 'Content-Type: application/json' -H 'Idempotency-Key: first-report' \\");
            out.println("       -d '{\"source\":\"GRID_PATROL\",\"location\":{\"lon\":120.003,\"lat\":31.395},"
                    + "\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"消防通道堆放杂物\"}'");
            out.println("  curl -s " + base + "/api/v1/cases -H 'Authorization: Bearer demo-street-center'");
            out.println("  curl -s '" + base
                    + "/api/v1/entities?sector=HAZARDOUS_CHEMICALS' -H 'Authorization: Bearer demo-district-center'");
            out.println(
                    "  curl -s " + base + "/api/v1/licence-expiries -H 'Authorization: Bearer demo-district-center'");
            out.println("  curl -s '" + base
                    + "/api/v1/stats/licence-expiries?withinDays=90' -H 'Authorization: Bearer demo-district-center'");
            out.println("  curl -s -o district.zip '" + base
                    + "/api/v1/district/export?format=csv' -H 'Authorization: Bearer demo-district-admin'");
            out.println("  curl -s " + base + "/openapi.json");
            out.println("  curl -s " + base + "/open311/v2/services.json");
            out.println("Ctrl-C stops the server; data stays in the database.");
        }

        @Override
        public void close() {
            api.stop();
            background.shutdownNow();
            relay.stop();
            try {
                storage.stopRun();
            } catch (RuntimeException e) {
                // Not recorded as clean: the next start checks this run's cases, nothing is lost.
                LOG.warn("could not record the clean stop: {}", e.toString());
            }
            dataSource.close();
            LOG.info("GridSafe stopped");
        }
    }
}
