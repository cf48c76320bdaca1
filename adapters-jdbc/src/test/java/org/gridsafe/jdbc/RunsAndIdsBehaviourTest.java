package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Ids that are never handed out twice, a new case that never replaces another, and the start-up
 * check over the cases written since the last clean stop; run on each dialect by a subclass.
 */
abstract class RunsAndIdsBehaviourTest {

    /** An empty, not yet migrated database; each call for one test returns the same database. */
    abstract DataSource database();

    DataSource dataSource;
    JdbcGridSafeStorage storage;
    MutableClock clock;

    @AfterEach
    void closePool() throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @BeforeEach
    void migrate() {
        dataSource = database();
        storage = JdbcGridSafeStorage.create(dataSource).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        clock = SampleDistrict.mondayMorningClock();
    }

    @Test
    void idsAreNeverHandedOutTwiceAcrossRestartsAndNodes() throws Exception {
        Set<CaseId> ids = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int restart = 0; restart < 3; restart++) {
                // Two nodes on one database, each with its generator, four threads drawing.
                List<IdGenerator> nodes = List.of(
                        JdbcGridSafeStorage.create(dataSource).idGenerator(ZONE),
                        JdbcGridSafeStorage.create(dataSource).idGenerator(ZONE));
                List<Future<List<CaseId>>> drawn = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    IdGenerator node = nodes.get(t % 2);
                    drawn.add(pool.submit(() -> {
                        List<CaseId> mine = new ArrayList<>();
                        for (int i = 0; i < 55; i++) {
                            mine.add(node.next(clock.instant()));
                        }
                        return mine;
                    }));
                }
                for (Future<List<CaseId>> f : drawn) {
                    for (CaseId id : f.get()) {
                        assertThat(id.value()).matches("YH20260330-\\d{6}");
                        assertThat(ids.add(id)).as("id %s handed out twice", id).isTrue();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).hasSize(3 * 4 * 55);
    }

    @Test
    void aNewCaseUnderAnIdInUseIsRefusedAndTheCaseHoldingItIsUntouched() {
        Case first = wire(storage, storage.idGenerator(ZONE)).casework().report(jinqiaoGridManager(), report("安全出口上锁"));
        GridSafe reusing = wire(storage, now -> first.id());

        assertThatThrownBy(() -> reusing.casework().report(jinqiaoGridManager(), report("别人的报告")))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storage.caseQueries().find(first.id())).contains(first);
        assertThat(storage.caseStore().load(first.id())).hasSize(1);
    }

    @Test
    void aStartAfterACrashChecksTheCrashedRunsCasesAndRefusesADamagedLog() throws Exception {
        storage.startRun(false);
        GridSafe gs = wire(storage, storage.idGenerator(ZONE));
        Case a = gs.casework().report(jinqiaoGridManager(), report("安全出口上锁"));
        Case b = gs.casework().report(jinqiaoGridManager(), report("灭火器过期"));
        gs.casework().report(jinqiaoGridManager(), report("电线私拉乱接"));
        // No stopRun: the process died. The next start checks the three cases and finds them good.
        JdbcGridSafeStorage.StartCheck intact =
                JdbcGridSafeStorage.create(dataSource).startRun(false);
        assertThat(intact.casesChecked()).isEqualTo(3);
        assertThat(intact.all()).isFalse();

        // Written by that second run, which also dies; then the log of a is altered and b's
        // projection replaced by another case's.
        JdbcGridSafeStorage second = JdbcGridSafeStorage.create(dataSource);
        second.startRun(false);
        Case c = wire(second, second.idGenerator(ZONE)).casework().report(jinqiaoGridManager(), report("堆放杂物"));
        execute("UPDATE case_event SET payload = REPLACE(payload, '堆放杂物', '堆放整齐') WHERE case_id = ?", c.id());
        execute(
                "UPDATE case_view SET snapshot = (SELECT snapshot FROM case_view WHERE case_id = '" + a.id().value()
                        + "'), written_run = NULL WHERE case_id = ?",
                b.id());

        assertThatThrownBy(() -> JdbcGridSafeStorage.create(dataSource).startRun(false))
                .isInstanceOf(StorageDamagedException.class)
                .hasMessageContaining("2 damaged among 2 checked")
                .hasMessageContaining("refusing to serve")
                .satisfies(e -> assertThat(((StorageDamagedException) e).problems())
                        .containsExactly(
                                "case " + b.id() + ": the projection differs from the replayed log",
                                "case " + c.id() + ": the hash chain is broken at version 1"
                                        + " (content does not match its hash: the event was altered)"));
    }

    @Test
    void aCleanStopSparesTheNextStartButAFullCheckStillFindsDamage() {
        storage.startRun(false);
        GridSafe gs = wire(storage, storage.idGenerator(ZONE));
        Case a = gs.casework().report(jinqiaoGridManager(), report("安全出口上锁"));
        gs.casework().report(jinqiaoGridManager(), report("灭火器过期"));
        storage.stopRun();
        execute("UPDATE case_event SET payload = REPLACE(payload, '安全出口上锁', '安全出口畅通') WHERE case_id = ?", a.id());

        JdbcGridSafeStorage next = JdbcGridSafeStorage.create(dataSource);
        assertThat(next.startRun(false).casesChecked()).isZero();
        next.stopRun();

        assertThatThrownBy(() -> JdbcGridSafeStorage.create(dataSource).startRun(true))
                .isInstanceOf(StorageDamagedException.class)
                .hasMessageContaining("case " + a.id() + ": the hash chain is broken at version 1")
                .hasMessageContaining("refusing to serve");
    }

    @Test
    void aFullCheckFindsEventsWithoutACase() {
        Case a = wire(storage, storage.idGenerator(ZONE)).casework().report(jinqiaoGridManager(), report("安全出口上锁"));
        execute("DELETE FROM case_view WHERE case_id = ?", a.id());

        assertThat(JdbcGridSafeStorage.create(dataSource).startRun(false).casesChecked())
                .isZero();
        assertThatThrownBy(() -> JdbcGridSafeStorage.create(dataSource).startRun(true))
                .isInstanceOf(StorageDamagedException.class)
                .hasMessageContaining("case " + a.id() + ": events without a projection row");
    }

    GridSafe wire(JdbcGridSafeStorage s, IdGenerator ids) {
        return GridSafe.builder()
                .directory(s.directory())
                .caseStore(s.caseStore())
                .caseQueries(s.caseQueries())
                .idGenerator(ids)
                .clock(clock)
                .build();
    }

    void execute(String sql, CaseId id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id.value());
            assertThat(ps.executeUpdate()).as(sql).isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Report report(String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_IN_JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(description)
                .build();
    }
}
