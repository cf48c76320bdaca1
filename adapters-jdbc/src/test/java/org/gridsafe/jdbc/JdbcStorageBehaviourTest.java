package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.AuditResult;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.ChangeMajorHazardCriterion;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.MajorHazardCriterionChanged;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.StaleCaseVersionException;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.IdempotencyClaim;
import org.gridsafe.port.IdempotencyClaim.Outcome;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.StoredResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** What the JDBC adapter adds beyond the port contract, run on each dialect by a subclass. */
abstract class JdbcStorageBehaviourTest {

    /** An empty, not yet migrated database for one test. */
    abstract DataSource emptyDatabase();

    JdbcGridSafeStorage storage;
    DataSource dataSource;
    MutableClock clock;
    Casework casework;

    @BeforeEach
    void wireGridSafeOverJdbc() {
        dataSource = emptyDatabase();
        storage = JdbcGridSafeStorage.create(dataSource).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        clock = mondayMorningClock();
        casework = gridSafe(storage).casework();
    }

    GridSafe gridSafe(JdbcGridSafeStorage s) {
        return GridSafe.builder()
                .directory(s.directory())
                .caseStore(s.caseStore())
                .caseQueries(s.caseQueries())
                .idGenerator(s.idGenerator(ZONE))
                .clock(clock)
                .build();
    }

    Case report(String description) {
        return casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description(description)
                        .build());
    }

    Case register(Case c) {
        return casework.register(jinqiaoCommandCenter(), Register.of(c.id()).build());
    }

    Case dispatch(Case c) {
        return casework.dispatch(jinqiaoCommandCenter(), Dispatch.of(c.id()).build());
    }

    @Test
    void caseIdsComeFromTheDatabaseSequenceAndStayUniqueAcrossRestarts() {
        Set<CaseId> ids = new HashSet<>();
        for (int restart = 0; restart < 3; restart++) {
            JdbcGridSafeStorage reopened =
                    JdbcGridSafeStorage.create(dataSource).migrate();
            for (int i = 0; i < 20; i++) {
                CaseId id = reopened.idGenerator(ZONE).next(clock.instant());
                assertThat(id.value()).matches("YH20260330-\\d{6}");
                assertThat(ids.add(id)).as("id %s given twice", id).isTrue();
            }
        }
    }

    @Test
    void aStaleChangeIsRefusedWithCoreExceptionAndWritesNothing() {
        Case reported = report("配电箱前堆放纸箱");
        Case registered = register(reported);
        List<RecordedEvent> log = storage.caseStore().load(reported.id());
        long pendingBefore = pendingOutbox();
        CaseChange replayedRegister = new CaseChange(
                reported.id(), 1, log.subList(1, 2), registered, List.of(notificationFor(reported.id(), 2)));

        assertThatThrownBy(() -> storage.caseStore().append(replayedRegister))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> storage.caseStore()
                        .append(new CaseChange(reported.id(), 0, log.subList(0, 1), reported, List.of())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storage.caseStore().load(reported.id())).isEqualTo(log);
        assertThat(storage.caseQueries().find(reported.id())).contains(registered);
        assertThat(pendingOutbox()).isEqualTo(pendingBefore);
    }

    @Test
    void aStaleRefusalNamesTheVersionStoredNow() {
        Case reported = report("安全出口锁闭");
        Case registered = register(reported);
        Case dispatched = dispatch(registered);
        List<RecordedEvent> log = storage.caseStore().load(reported.id());
        CaseChange fromVersionOne = new CaseChange(reported.id(), 1, log.subList(1, 2), registered, List.of());

        assertThatThrownBy(() -> storage.caseStore().append(fromVersionOne))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("is at version 3, not 1");
        assertThatThrownBy(() -> storage.caseStore()
                        .append(new CaseChange(reported.id(), 0, log.subList(0, 1), reported, List.of())))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("is at version 3, not 0");
        assertThat(storage.caseQueries().find(reported.id())).contains(dispatched);
    }

    @Test
    void aConstraintViolationIsAStorageConstraintExceptionAndRollsBackTheWholeChange() throws SQLException {
        Case reported = report("电线私拉乱接");
        Case registered = register(reported);
        List<RecordedEvent> log = storage.caseStore().load(reported.id());
        // Make the outbox refuse the next insert: the events and the projection must roll back with it.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "ALTER TABLE outbox ADD CONSTRAINT outbox_no_dispatch CHECK (case_version < 3)")) {
            ps.execute();
        }

        assertThatThrownBy(() -> dispatch(registered)).isInstanceOf(StorageConstraintException.class);

        assertThat(storage.caseStore().load(reported.id())).isEqualTo(log);
        assertThat(storage.caseQueries().find(reported.id())).contains(registered);
    }

    @Test
    void theOutboxRelayRetriesAFailedDeliveryWithBackOffUntilItGoesThrough() {
        for (int i = 0; i < 5; i++) {
            report("隐患" + i);
        }
        List<String> delivered = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        MutableClock relayClock = MutableClock.of(clock.instant().plusSeconds(1), ZONE);
        OutboxRelay relay = storage.outboxRelay(
                n -> {
                    if (calls.incrementAndGet() == 3) {
                        throw new IllegalStateException("SMS gateway timed out");
                    }
                    delivered.add(n.key());
                },
                relayClock,
                100,
                Duration.ofMinutes(1),
                Duration.ofSeconds(10),
                Duration.ofMinutes(5));

        assertThat(relay.relayOnce()).isEqualTo(4);
        assertThat(relay.pending()).isEqualTo(1);
        relayClock.add(Duration.ofSeconds(5));
        assertThat(relay.relayOnce()).as("still backing off").isZero();
        relayClock.add(Duration.ofSeconds(6));
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(relay.pending()).isZero();
        assertThat(delivered).hasSize(5).doesNotHaveDuplicates();
        assertThat(relay.backoff(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(relay.backoff(3)).isEqualTo(Duration.ofSeconds(80));
        assertThat(relay.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRelayThatDiesMidBatchLosesNothing() {
        for (int i = 0; i < 6; i++) {
            report("隐患" + i);
        }
        Set<String> delivered = new HashSet<>();
        AtomicInteger calls = new AtomicInteger();
        MutableClock relayClock = MutableClock.of(clock.instant().plusSeconds(1), ZONE);
        class ProcessDied extends Error {
            private static final long serialVersionUID = 1L;
        }
        OutboxRelay dying = storage.outboxRelay(
                n -> {
                    if (calls.incrementAndGet() == 3) {
                        throw new ProcessDied(); // not a RuntimeException: the relay does not get to reschedule
                    }
                    delivered.add(n.key());
                },
                relayClock,
                100,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                Duration.ofMinutes(5));
        assertThatThrownBy(dying::relayOnce).isInstanceOf(ProcessDied.class);
        assertThat(delivered).hasSize(2);

        OutboxRelay restarted = storage.outboxRelay(n -> delivered.add(n.key()), relayClock);
        assertThat(restarted.relayOnce()).as("the untouched rows").isEqualTo(3);
        relayClock.add(Duration.ofMinutes(2)); // the dead relay's lease runs out
        assertThat(restarted.relayOnce()).as("the row it was delivering").isEqualTo(1);
        assertThat(delivered).hasSize(6);
        assertThat(restarted.pending()).isZero();
    }

    @Test
    void anOverdueCaseEscalatesToAPersonAndItsNotificationsKeepTheirFieldsThroughTheOutbox() {
        Case c = report("消防通道堆物");
        // Registration was due at 11:00 local; on Friday morning three rungs are due (Wednesday is a holiday).
        clock.setInstant(clock.instant().plus(Duration.ofDays(4)));
        assertThat(casework.escalateOverdue(clock.instant())).isEqualTo(3);
        List<Notification> delivered = new ArrayList<>();
        storage.outboxRelay(delivered::add, MutableClock.of(clock.instant().plusSeconds(1), ZONE))
                .relayOnce();

        List<Notification> escalations = delivered.stream()
                .filter(n -> n.kind() == org.gridsafe.casework.NotificationKind.CASE_ESCALATED)
                .toList();
        assertThat(escalations).hasSize(3).allSatisfy(n -> {
            assertThat(n.caseId()).isEqualTo(c.id());
            assertThat(n.recipientId()).isPresent();
            assertThat(n.rung()).isPresent();
            assertThat(n.state()).contains(CaseState.REPORTED);
            assertThat(n.zone()).isEqualTo(ZONE);
            assertThat(n.deadlineInZone())
                    .get()
                    .extracting(d -> d.toLocalTime().toString())
                    .isEqualTo("11:00");
            assertThat(n.message()).contains("2026-03-30 11:00").doesNotContain("T03:00");
            assertThat(n.messageEn()).contains("2026-03-30 11:00 (Asia/Shanghai)");
        });
        assertThat(escalations)
                .extracting(n -> n.recipientId().orElseThrow())
                .containsExactly("specific-m111", "in-charge-m111", "first-m111");
    }

    @Test
    void aSuspensionIsStoredListedApartNeverDueAndResumedByTheScanAtItsReviewDate() {
        Case dispatched = dispatch(register(report("消防管网需结合改造工程更换")));
        java.time.LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        Case suspended = casework.suspend(
                jinqiaoCommandCenter(),
                org.gridsafe.casework.Suspend.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .kind(org.gridsafe.casework.SuspensionKind.CARRIED_OVER)
                        .reason("资金未落实（挂账）")
                        .approval("街道网格办 李主任")
                        .reviewDate(today.plusDays(7))
                        .build());

        assertThat(storage.caseQueries().find(suspended.id())).contains(suspended);
        assertThat(storage.caseQueries()
                        .find(CaseQuery.all()
                                .inStates(java.util.EnumSet.of(CaseState.SUSPENDED))
                                .limit(10))
                        .cases())
                .extracting(Case::id)
                .containsExactly(suspended.id());
        assertThat(storage.caseQueries()
                        .find(CaseQuery.all()
                                .dueBefore(Instant.parse("2100-01-01T00:00:00Z"))
                                .limit(10))
                        .cases())
                .as("a suspended case is never due")
                .isEmpty();
        clock.add(Duration.ofDays(6));
        assertThat(casework.escalateOverdue(clock.instant())).isZero();

        clock.setInstant(today.plusDays(7).atStartOfDay(ZONE).toInstant());
        assertThat(casework.escalateOverdue(clock.instant())).isEqualTo(1);
        Case resumed = storage.caseQueries().find(suspended.id()).orElseThrow();
        assertThat(resumed.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(resumed.suspension()).isEmpty();
        assertThat(resumed.deadline()).isPresent();

        List<RecordedEvent> log = storage.caseStore().load(resumed.id());
        assertThat(log)
                .extracting(r -> r.event().type())
                .containsExactly(
                        "case.reported", "case.registered", "case.dispatched", "case.suspended", "case.resumed");
        assertThat(log.get(3).event())
                .isEqualTo(new org.gridsafe.casework.CaseSuspended(
                        org.gridsafe.casework.SuspensionKind.CARRIED_OVER,
                        "资金未落实（挂账）",
                        "街道网格办 李主任",
                        today.plusDays(7),
                        today.plusDays(7).atStartOfDay(ZONE).toInstant()));
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(Case.replay(log)).isEqualTo(resumed);
    }

    @Test
    void aReturnAndAReassignmentAreStoredReplayedProjectedAndVerified() {
        Case dispatched = dispatch(register(report("工地消防通道堵塞")));
        Case returned = casework.returnCase(
                fireOfficer(),
                org.gridsafe.casework.ReturnCase.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .reason("属住建局监管")
                        .build());
        Case again = casework.dispatch(
                jinqiaoCommandCenter(),
                Dispatch.of(returned.id())
                        .expectedVersion(returned.version())
                        .department(HOUSING)
                        .overrideReason("属住建局监管")
                        .build());
        Case reassigned = casework.reassign(
                jinqiaoCommandCenter(),
                org.gridsafe.casework.Reassign.of(again.id())
                        .expectedVersion(again.version())
                        .department(EMERGENCY)
                        .reason("涉及危化品")
                        .build());

        List<RecordedEvent> log = storage.caseStore().load(reassigned.id());
        assertThat(log)
                .extracting(r -> r.event().type())
                .containsExactly(
                        "case.reported",
                        "case.registered",
                        "case.dispatched",
                        "case.returned",
                        "case.dispatched",
                        "case.reassigned");
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(Case.replay(log)).isEqualTo(reassigned);
        assertThat(storage.caseQueries().find(reassigned.id())).contains(reassigned);
        assertThat(storage.caseQueries()
                        .find(CaseQuery.all().department(EMERGENCY).limit(10))
                        .cases())
                .extracting(Case::id)
                .containsExactly(reassigned.id());
        assertThat(storage.caseQueries()
                        .find(CaseQuery.all().department(FIRE_BRIGADE).limit(10))
                        .cases())
                .as("the projection follows the case away from the department that returned it")
                .isEmpty();
    }

    @Test
    void anOutboxRowWrittenBeforeNotificationsHadStructuredFieldsIsStillDelivered() throws SQLException {
        Case c = report("旧通知");
        String oldPayload = "{\"caseId\":\"" + c.id() + "\",\"caseVersion\":1,\"kind\":\"CASE_REPORTED\","
                + "\"grid\":\"" + JINQIAO_MICRO_1.value() + "\",\"department\":null,\"recipientId\":null,"
                + "\"message\":\"新上报：旧通知\"}";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement("INSERT INTO outbox (notification_key, case_id,"
                        + " case_version, payload, created_at, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?)")) {
            java.time.OffsetDateTime at = clock.instant().atOffset(java.time.ZoneOffset.UTC);
            ps.setString(1, c.id() + "/1/CASE_REPORTED/old");
            ps.setString(2, c.id().toString());
            ps.setLong(3, 1);
            ps.setString(4, oldPayload);
            ps.setObject(5, at);
            ps.setObject(6, at);
            ps.executeUpdate();
        }
        List<Notification> delivered = new ArrayList<>();
        storage.outboxRelay(delivered::add, MutableClock.of(clock.instant().plusSeconds(1), ZONE))
                .relayOnce();

        assertThat(delivered)
                .filteredOn(n -> n.message().equals("新上报：旧通知"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.zone()).isEqualTo(java.time.ZoneOffset.UTC);
                    assertThat(n.messageEn()).isEqualTo("新上报：旧通知");
                    assertThat(n.rung()).isEmpty();
                    assertThat(n.state()).isEmpty();
                    assertThat(n.deadline()).isEmpty();
                });
    }

    @Test
    void theBackgroundRelayDeliversWithoutBeingAsked() throws Exception {
        report("烟道积油");
        List<Notification> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (OutboxRelay relay = storage.outboxRelay(
                delivered::add, MutableClock.of(clock.instant().plusSeconds(1), ZONE))) {
            relay.start(Duration.ofMillis(50));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (delivered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(delivered).isNotEmpty();
    }

    @Test
    void purgeDeletesOnlyDeliveredNotificationsAndKeysOlderThanTheCutoffs() throws SQLException {
        for (int i = 0; i < 3; i++) {
            report("楼道堆物" + i);
        }
        AtomicInteger calls = new AtomicInteger();
        MutableClock relayClock = MutableClock.of(clock.instant().plusSeconds(1), ZONE);
        OutboxRelay relay = storage.outboxRelay(
                n -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new IllegalStateException("SMS gateway timed out");
                    }
                },
                relayClock);
        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(relay.pending()).isEqualTo(1);

        IdempotencyKeys keys = storage.idempotencyKeys();
        Instant now = clock.instant();
        StoredResponse created = new StoredResponse(201, "application/json", "{}");
        keys.claim("cases|u1", "old-done", "fp", now);
        keys.complete("cases|u1", "old-done", created);
        keys.claim("cases|u1", "old-abandoned", "fp", now);
        keys.claim("cases|u1", "new-done", "fp", now.plus(Duration.ofDays(2)));
        keys.complete("cases|u1", "new-done", created);
        keys.claim("cases|u1", "new-running", "fp", now.plus(Duration.ofDays(2)));

        JdbcGridSafeStorage.Purged purged =
                storage.purge(relayClock.instant().plusSeconds(1), now.plus(Duration.ofDays(1)));

        assertThat(purged).isEqualTo(new JdbcGridSafeStorage.Purged(2, 2));
        assertThat(countRows("outbox")).as("the undelivered notification stays").isEqualTo(1);
        assertThat(relay.pending()).isEqualTo(1);
        assertThat(keys.claim("cases|u1", "old-done", "fp", now).outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(keys.claim("cases|u1", "old-abandoned", "fp", now).outcome())
                .as("an abandoned claim no longer blocks its key")
                .isEqualTo(Outcome.CLAIMED);
        assertThat(keys.claim("cases|u1", "new-done", "fp", now).outcome()).isEqualTo(Outcome.REPLAY);
        assertThat(keys.claim("cases|u1", "new-running", "fp", now).outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(countRows("case_event")).as("the log is never purged").isEqualTo(3);
        assertThat(storage.purge(relayClock.instant().plusSeconds(1), now.plus(Duration.ofDays(1))))
                .as("the re-claimed old key was claimed before the cutoff again")
                .isEqualTo(new JdbcGridSafeStorage.Purged(0, 2));
    }

    @Test
    void purgeWorksThroughMoreRowsThanOneBatch() throws SQLException {
        int keys = JdbcGridSafeStorage.PURGE_BATCH + 5;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key"
                        + " (scope, idem_key, fingerprint, claimed_at) VALUES ('bulk', ?, 'fp', ?)")) {
            for (int i = 0; i < keys; i++) {
                ps.setString(1, "k" + i);
                ps.setObject(2, JdbcCaseStore.utc(clock.instant()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        JdbcGridSafeStorage.Purged purged =
                storage.purge(clock.instant(), clock.instant().plusSeconds(1));
        assertThat(purged.idempotencyKeys()).isEqualTo(keys);
        assertThat(countRows("idempotency_key")).isZero();
    }

    private long countRows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void idempotencyKeysClaimReplayRefuseAndRelease() {
        IdempotencyKeys keys = storage.idempotencyKeys();
        Instant now = clock.instant();
        assertThat(keys.claim("cases|u1", "k1", "fp-a", now).outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(keys.claim("cases|u1", "k1", "fp-a", now).outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(keys.claim("cases|u1", "k1", "fp-b", now).outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(keys.claim("cases|u2", "k1", "fp-b", now).outcome())
                .as("another scope")
                .isEqualTo(Outcome.CLAIMED);

        StoredResponse created = new StoredResponse(201, "application/json", "{\"id\":\"YH1\",\"说明\":\"已上报\"}");
        keys.complete("cases|u1", "k1", created);
        assertThat(keys.claim("cases|u1", "k1", "fp-a", now)).isEqualTo(IdempotencyClaim.replay(created));
        assertThatThrownBy(() -> keys.complete("cases|u1", "k1", created)).isInstanceOf(IllegalStateException.class);
        keys.release("cases|u1", "k1");
        assertThat(keys.claim("cases|u1", "k1", "fp-a", now).outcome())
                .as("a completed key survives release")
                .isEqualTo(Outcome.REPLAY);

        keys.release("cases|u2", "k1");
        assertThat(keys.claim("cases|u2", "k1", "fp-c", now).outcome())
                .as("a released claim can be retried")
                .isEqualTo(Outcome.CLAIMED);
        assertThat(JdbcGridSafeStorage.create(dataSource)
                        .idempotencyKeys()
                        .claim("cases|u1", "k1", "fp-a", now)
                        .outcome())
                .as("after a restart")
                .isEqualTo(Outcome.REPLAY);
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        IdempotencyKeys keys = storage.idempotencyKeys();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(
                        () -> keys.claim("s", "race", "fp", clock.instant()).outcome()));
            }
            List<Outcome> results = new ArrayList<>();
            for (Future<Outcome> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsOnlyOnce(Outcome.CLAIMED);
            assertThat(results).filteredOn(o -> o != Outcome.CLAIMED).containsOnly(Outcome.IN_PROGRESS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDirectoryRoundTripsAndSavingItAgainChangesNothing() {
        JdbcGridDirectory loaded = JdbcGridSafeStorage.create(dataSource).directory();
        assertThat(loaded.isSaved()).isTrue();
        assertDirectoryEqualsSample(loaded);

        loaded.save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        JdbcGridDirectory again = JdbcGridSafeStorage.create(dataSource).directory();
        assertDirectoryEqualsSample(again);
        assertThat(again.grids()).as("same snapshot until reload").isSameAs(again.grids());
    }

    @Test
    void aCalendarWithALunchBreakAndCoveredYearsRoundTrips() {
        WorkCalendar lunch = WorkCalendar.parse("zone Asia/Shanghai\n"
                + "hours 08:30-12:00 14:00-17:30\n"
                + "weekend SATURDAY SUNDAY\n"
                + "covers 2026..2027\n"
                + "holiday 2026-10-01..2026-10-07 国庆节\n"
                + "workday 2026-10-10 国庆节调休\n"
                + "holiday 2027-01-01 元旦\n");
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), lunch);

        WorkCalendar loaded = JdbcGridSafeStorage.create(dataSource).directory().workCalendar();
        assertThat(loaded).isEqualTo(lunch);
        assertThat(loaded.windows()).hasSize(2);
        assertThat(loaded.lastCoveredYear()).contains(Year.of(2027));

        WorkCalendar plain = WorkCalendar.builder().build();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), plain);
        WorkCalendar reloaded =
                JdbcGridSafeStorage.create(dataSource).directory().workCalendar();
        assertThat(reloaded).isEqualTo(plain);
        assertThat(reloaded.lastCoveredYear()).isEmpty();
    }

    private static void assertDirectoryEqualsSample(JdbcGridDirectory d) {
        assertThat(d.grids().grids()).containsExactlyInAnyOrderElementsOf(grids().grids());
        for (Grid g : grids().grids()) {
            Grid stored = d.grids().get(g.code());
            assertThat(stored.boundary().get().equalsExact(g.boundary().get()))
                    .as("boundary of %s", g.code())
                    .isTrue();
            assertThat(stored.staff()).isEqualTo(g.staff());
            assertThat(stored.responsibilityChain()).isEqualTo(g.responsibilityChain());
        }
        assertThat(d.dutyMatrix().departments())
                .containsExactlyInAnyOrderElementsOf(dutyMatrix().departments());
        assertThat(d.dutyMatrix().rules()).isEqualTo(dutyMatrix().rules());
        assertThat(d.timeLimits()).isEqualTo(TimeLimits.defaults());
        assertThat(d.workCalendar()).isEqualTo(calendar());
    }

    /**
     * The frozen fixture holds rows written by an earlier build (every event type, five cases).
     * Today's code must read those exact bytes, fold them to the case that build stored as its
     * projection, and verify every hash chain.
     */
    @Test
    void anEventLogWrittenByAnEarlierBuildStillReadsFoldsAndVerifies() throws SQLException {
        EventLogV1Fixture fixture = EventLogV1Fixture.load();
        assertThat(fixture.events)
                .extracting(EventLogV1Fixture.EventRow::eventType)
                .as("the fixture covers every event type")
                .containsAll(List.of(
                        "CaseReported",
                        "CaseRegistered",
                        "CaseRejected",
                        "CaseMerged",
                        "CaseDispatched",
                        "RectificationSubmitted",
                        "ExtensionRequested",
                        "ExtensionApproved",
                        "ExtensionDenied",
                        "VerificationPassed",
                        "VerificationFailed",
                        "CaseClosed",
                        "CaseEscalated"));
        for (EventLogV1Fixture.EventRow row : fixture.events) {
            insertRawEvent(row);
        }
        JsonCodec codec = new JsonCodec();
        for (EventLogV1Fixture.ViewRow view : fixture.views) {
            CaseId id = CaseId.of(view.caseId());
            List<RecordedEvent> log = storage.caseStore().load(id);
            assertThat(log).as("events of %s", id).hasSize((int) view.version());
            assertThat(CaseAudit.verify(log).problem())
                    .as("hash chain of %s", id)
                    .isEmpty();
            for (int i = 0; i < log.size(); i++) {
                EventLogV1Fixture.EventRow row = fixture.events.stream()
                        .filter(r -> r.caseId().equals(view.caseId()))
                        .toList()
                        .get(i);
                assertThat(log.get(i).hash()).isEqualTo(row.hash());
                assertThat(log.get(i).at()).isEqualTo(Instant.parse(row.occurredAt()));
            }
            Case folded = Case.replay(log);
            assertThat(folded.state().name()).isEqualTo(view.state());
            assertThat(view.snapshotVersion()).isEqualTo(CaseSnapshot.VERSION);
            assertThat(codec.decodeCase(view.snapshot()))
                    .as("the stored projection of %s equals the fold of its stored events", id)
                    .isEqualTo(folded);
        }
        Case merged = Case.replay(storage.caseStore().load(CaseId.of("YH20260612-000004")));
        assertThat(merged.mergedInto()).contains(CaseId.of("YH20260331-000002"));
    }

    @Test
    void newEventsAreStoredUnderTheirStableNames() throws SQLException {
        Case dispatched = dispatch(register(report("安全出口锁闭")));
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT event_type FROM case_event WHERE case_id = ? ORDER BY seq")) {
            ps.setString(1, dispatched.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        assertThat(types).containsExactly("case.reported", "case.registered", "case.dispatched");
        assertThat(CaseAudit.verify(storage.caseStore().load(dispatched.id())).intact())
                .isTrue();
    }

    @Test
    void aCriterionLinkedInTheReportAndChangedLaterIsStoredUnderStableNamesAndReadsBack() throws SQLException {
        Case reported = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .description("特种作业人员无证上岗")
                        .majorHazardCriterion("MEM_ORDER_10_2023:3.2")
                        .build());
        Case changed = casework.changeMajorHazardCriterion(
                jinqiaoCommandCenter(),
                ChangeMajorHazardCriterion.of(reported.id())
                        .expectedVersion(reported.version())
                        .criterion("MEM_ORDER_10_2023:3.1")
                        .reason("复核：实为除尘系统问题")
                        .build());
        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT event_type, payload FROM case_event WHERE case_id = ? ORDER BY seq")) {
            ps.setString(1, reported.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                    payloads.add(rs.getString(2));
                }
            }
        }
        assertThat(types).containsExactly("case.reported", "case.major-hazard-criterion-changed");
        assertThat(payloads.get(0)).contains("\"majorHazardCriterion\":\"MEM_ORDER_10_2023:3.2\"");
        List<RecordedEvent> log = storage.caseStore().load(reported.id());
        assertThat(((CaseReported) log.get(0).event()).majorHazardCriterion()).contains("MEM_ORDER_10_2023:3.2");
        assertThat(log.get(1).event())
                .isEqualTo(new MajorHazardCriterionChanged(
                        "MEM_ORDER_10_2023:3.1", Optional.of("MEM_ORDER_10_2023:3.2"), "复核：实为除尘系统问题"));
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(storage.caseQueries().find(reported.id())).contains(changed).contains(Case.replay(log));
        assertThat(changed.grade()).isEqualTo(HazardGrade.MAJOR);
    }

    /**
     * A report stored by a build before reports could name a criterion has no such property (at
     * the current schema version); it reads with no criterion and keeps its hash.
     */
    @Test
    void aReportRowWrittenBeforeReportsCouldLinkACriterionReadsWithoutOneAndVerifies() throws SQLException {
        Case c = report("旧版本写入的上报");
        try (Connection connection = dataSource.getConnection()) {
            String payload;
            try (PreparedStatement ps =
                    connection.prepareStatement("SELECT payload FROM case_event WHERE case_id = ? AND seq = 1")) {
                ps.setString(1, c.id().value());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    payload = rs.getString(1);
                }
            }
            String older = payload.replace(",\"majorHazardCriterion\":null", "");
            assertThat(older).as("the row as an older build wrote it").isNotEqualTo(payload);
            try (PreparedStatement ps =
                    connection.prepareStatement("UPDATE case_event SET payload = ? WHERE case_id = ? AND seq = 1")) {
                ps.setString(1, older);
                ps.setString(2, c.id().value());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        List<RecordedEvent> log = storage.caseStore().load(c.id());
        assertThat(((CaseReported) log.get(0).event()).majorHazardCriterion()).isEmpty();
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(log.get(0).hash()).isEqualTo(c.lastHash());
        assertThat(Case.replay(log)).isEqualTo(c);
    }

    @Test
    void aFixtureEventAlteredByOneCharacterFailsTheAudit() throws SQLException {
        EventLogV1Fixture.EventRow dispatched = EventLogV1Fixture.load().events.stream()
                .filter(r ->
                        r.eventType().equals("CaseDispatched") && r.payload().contains("示安委督"))
                .findFirst()
                .orElseThrow();
        for (EventLogV1Fixture.EventRow row : EventLogV1Fixture.load().events) {
            if (row.caseId().equals(dispatched.caseId())) {
                insertRawEvent(
                        row.equals(dispatched)
                                ? new EventLogV1Fixture.EventRow(
                                        row.caseId(),
                                        row.seq(),
                                        row.eventType(),
                                        row.schemaVersion(),
                                        row.payload().replace("3号", "4号"),
                                        row.actorId(),
                                        row.occurredAt(),
                                        row.previousHash(),
                                        row.hash())
                                : row);
            }
        }
        AuditResult result = CaseAudit.verify(storage.caseStore().load(CaseId.of(dispatched.caseId())));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenVersion()).contains(dispatched.seq());
    }

    @Test
    void aCurrentVersionRowMissingAComponentIsRefusedAsCorrupt() throws SQLException {
        EventLogV1Fixture.EventRow reported = EventLogV1Fixture.load().events.get(0);
        String withoutLocation = reported.payload().replaceFirst("\"location\":\\{[^}]*\\},", "");
        assertThat(withoutLocation).isNotEqualTo(reported.payload());
        insertRawEvent(new EventLogV1Fixture.EventRow(
                reported.caseId(),
                1,
                reported.eventType(),
                JsonCodec.EVENT_SCHEMA_VERSION,
                withoutLocation,
                reported.actorId(),
                reported.occurredAt(),
                reported.previousHash(),
                reported.hash()));
        assertThatThrownBy(() -> storage.caseStore().load(CaseId.of(reported.caseId())))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("CaseReported")
                .cause()
                .hasMessageContaining("'location'");
    }

    private void insertRawEvent(EventLogV1Fixture.EventRow row) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO case_event (case_id, seq, event_type,"
                        + " schema_version, payload, actor_id, occurred_at, previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, row.caseId());
            ps.setLong(2, row.seq());
            ps.setString(3, row.eventType());
            ps.setInt(4, row.schemaVersion());
            ps.setString(5, row.payload());
            ps.setString(6, row.actorId());
            ps.setString(7, row.occurredAt());
            ps.setString(8, row.previousHash());
            ps.setString(9, row.hash());
            ps.executeUpdate();
        }
    }

    @Test
    void concurrentConflictingCommandsLeaveGapFreeLogsThatReplayToTheProjection() throws Exception {
        List<CaseId> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(register(report("并发" + i)).id());
        }
        int threads = 6;
        int commandsPerThread = 12;
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int m = 0; m < commandsPerThread; m++) {
                        CaseId id = cases.get((thread + m) % cases.size());
                        Case current = storage.caseQueries().find(id).orElseThrow();
                        try {
                            // Every command states the version it read: of those that race, one wins.
                            Case after = step(casework, current, OptionalLong.of(current.version()));
                            accepted.addAndGet((int) (after.version() - current.version()));
                        } catch (StaleCaseVersionException | ConcurrentUpdateException lost) {
                            // lost the race: the expected outcome for most of them
                        } catch (CaseworkException refused) {
                            // the case moved on to a state where this command no longer applies
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long events = 0;
        for (CaseId id : cases) {
            List<RecordedEvent> log = storage.caseStore().load(id);
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).version()).isEqualTo(i + 1);
            }
            assertThat(CaseAudit.verify(log).intact()).isTrue();
            assertThat(storage.caseQueries().find(id)).contains(Case.replay(log));
            events += log.size() - 2; // report and register came before the race
        }
        assertThat(events).isEqualTo(accepted.get()).isPositive();
    }

    /** The next step of the loop, by the actor who may take it: only the version decides who wins. */
    static Case step(Casework casework, Case c, OptionalLong expected) {
        return switch (c.state()) {
            case REGISTERED ->
                casework.execute(
                        jinqiaoCommandCenter(),
                        Dispatch.of(c.id()).expectedVersion(expected).build());
            case DISPATCHED ->
                casework.execute(
                        fireOfficer(),
                        SubmitRectification.of(c.id())
                                .expectedVersion(expected)
                                .evidence("已整改")
                                .attachments(List.of("photo:x"))
                                .build());
            case RECTIFIED ->
                casework.execute(
                        jinqiaoGridManager(),
                        Verify.of(c.id())
                                .expectedVersion(expected)
                                .passed(false)
                                .remarks("整改不到位")
                                .build());
            default -> throw new IllegalStateException("no next step from " + c.state());
        };
    }

    private long pendingOutbox() {
        return storage.outboxRelay(n -> {}, clock).pending();
    }

    private static Notification notificationFor(CaseId id, long version) {
        return new Notification(
                id,
                version,
                org.gridsafe.casework.NotificationKind.CASE_DISPATCHED,
                JINQIAO_MICRO_1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                java.time.ZoneId.of("Asia/Shanghai"),
                Optional.empty(),
                "测试",
                "test");
    }

    static CaseQuery overdue(Instant t) {
        return CaseQuery.all().dueBefore(t).limit(CaseQuery.MAX_LIMIT);
    }

    static Set<CaseState> openStates() {
        return java.util.EnumSet.of(CaseState.REPORTED, CaseState.REGISTERED, CaseState.DISPATCHED);
    }
}
