package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.IdGenerator;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * SIGKILL the PostgreSQL postmaster (and its backends) in the middle of a write burst, restart it
 * on the same data directory, and check: every command that returned success is there; none that
 * failed cleanly is; those whose commit outcome is unknown may be either; projections equal the
 * replay of their events; every hash chain verifies. While the server is down, calls fail fast
 * with {@link StorageUnavailableException}; once it is back, the same storage object works again.
 */
class PostgresCrashTest {

    /** What a writer knows about each case id it used. */
    enum Outcome {
        COMMITTED,
        FAILED,
        UNKNOWN
    }

    record Attempt(CaseId id, long versionAfter) {}

    @Test
    void acknowledgedCommandsSurviveAKilledServerAndWorkResumesWithoutRestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-crash-").toAbsolutePath();
        EmbeddedPostgres first = TestDatabases.startPostgres(
                EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false));
        int port = first.getPort();
        HikariDataSource ds = TestDatabases.pooled(firstDatabase(first));
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        MutableClock clock = mondayMorningClock();
        ThreadLocal<CaseId> lastId = new ThreadLocal<>();
        IdGenerator sequence = storage.idGenerator(ZONE);
        IdGenerator remembering = now -> {
            CaseId id = sequence.next(now);
            lastId.set(id);
            return id;
        };
        GridSafe gs = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(remembering)
                .clock(clock)
                .build();

        Map<Attempt, Outcome> attempts = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger successes = new AtomicInteger();
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    lastId.remove();
                    try {
                        Case reported = gs.casework().report(jinqiaoGridManager(), report("崩溃测试 " + writer + "-" + i));
                        attempts.put(new Attempt(reported.id(), 1), Outcome.COMMITTED);
                        successes.incrementAndGet();
                        lastId.set(reported.id());
                        Case registered = gs.casework().register(jinqiaoCommandCenter(), register(reported.id()));
                        attempts.put(new Attempt(registered.id(), 2), Outcome.COMMITTED);
                        successes.incrementAndGet();
                    } catch (StorageUnavailableException e) {
                        CaseId id = lastId.get();
                        if (id != null) {
                            long version = attempts.containsKey(new Attempt(id, 1)) ? 2 : 1;
                            attempts.put(
                                    new Attempt(id, version), e.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED);
                        }
                        pause(50);
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                        pause(50);
                    }
                }
                return null;
            }));
        }
        while (successes.get() < 60) {
            Thread.sleep(10);
        }

        killServer(dataDir);
        long start = System.nanoTime();
        assertThatThrownBy(() -> storage.caseQueries().find(CaseQuery.all()))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails fast").isLessThan(Duration.ofSeconds(10));
        Thread.sleep(300); // writers keep trying against the dead server
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        first.close(); // pg_ctl stop fails on the dead server (logged); releases zonky's lock

        EmbeddedPostgres second = TestDatabases.startPostgres(EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port));
        try {
            // The pool reconnects by itself; under load that can take a few of its connection
            // timeouts, so wait for it (bounded) instead of failing on the first refused attempt.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!storage.isAvailable() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(storage.isAvailable())
                    .as("the same pool reconnects after the restart")
                    .isTrue();
            assertThat(unexpected).as("only storage-unavailable failures").isEmpty();
            assertThat(attempts.values()).contains(Outcome.COMMITTED);
            // The same storage and pool: no restart of the host.
            for (Map.Entry<Attempt, Outcome> e : attempts.entrySet()) {
                List<RecordedEvent> log = storage.caseStore().load(e.getKey().id());
                long stored = log.size();
                long v = e.getKey().versionAfter();
                switch (e.getValue()) {
                    case COMMITTED ->
                        assertThat(stored).as("acknowledged %s", e.getKey()).isGreaterThanOrEqualTo(v);
                    case FAILED ->
                        assertThat(stored).as("failed %s", e.getKey()).isLessThan(v);
                    case UNKNOWN ->
                        assertThat(stored).as("unknown %s", e.getKey()).isBetween(v - 1, v);
                }
            }
            int checked = 0;
            for (Case c : allCases(storage)) {
                List<RecordedEvent> log = storage.caseStore().load(c.id());
                assertThat(c).isEqualTo(Case.replay(log));
                assertThat(CaseAudit.verify(log).intact()).isTrue();
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(30);
            Case after = gs.casework().report(jinqiaoGridManager(), report("恢复后上报"));
            assertThat(storage.caseQueries().find(after.id())).contains(after);
        } finally {
            ds.close();
            second.close();
        }
    }

    private static List<Case> allCases(JdbcGridSafeStorage storage) {
        List<Case> all = new ArrayList<>();
        CaseQuery q = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        while (true) {
            var page = storage.caseQueries().find(q);
            all.addAll(page.cases());
            if (page.next().isEmpty()) {
                return all;
            }
            q = q.after(page.next().get());
        }
    }

    private static javax.sql.DataSource firstDatabase(EmbeddedPostgres pg) {
        try (var c = pg.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE crash");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestDatabases.dataSource(pg.getPort(), "crash");
    }

    /** SIGKILL the postmaster and every backend: no shutdown checkpoint, like a power cut for the server. */
    private static void killServer(Path dataDir) throws Exception {
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().get();
        for (ProcessHandle b : backends) {
            b.onExit().get();
        }
        assertThat(Set.of(postmaster.isAlive())).containsOnly(false);
    }

    private static Report report(String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_IN_JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(description)
                .build();
    }

    private static Register register(CaseId id) {
        return Register.of(id).expectedVersion(1).build();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
