package org.gridsafe.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ExistingCaseCommand;
import org.gridsafe.casework.ExtensionApproved;
import org.gridsafe.casework.ExtensionDenied;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.StaleCaseVersionException;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.VerificationFailed;
import org.gridsafe.casework.Verify;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.RecordingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads issue conflicting commands on a few cases through {@link Casework}. The commands
 * chosen (rectify, fail verification, request/approve/deny extension) can follow each other
 * forever, so the cases never run out of work; whichever don't fit the state are refused.
 */
class InMemoryConcurrencyTest {

    private static final int THREADS = 8;
    private static final int COMMANDS_PER_THREAD = 200;
    private static final int CASES = 4;
    /** Report, register, dispatch: written before the threads start, counted apart. */
    private static final int SETUP_EVENTS = 3;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final InMemoryCaseStore store = new InMemoryCaseStore(notifier);
    private final Casework casework = GridSafe.builder()
            .directory(directory())
            .caseStore(store)
            .caseQueries(store)
            .clock(mondayMorning())
            .build()
            .casework();
    private final List<CaseId> cases = new ArrayList<>();

    @BeforeEach
    void dispatchAFewFireHazards() {
        for (int i = 0; i < CASES; i++) {
            Case c = casework.report(
                    jinqiaoGridManager(),
                    Report.builder()
                            .source(CaseSource.GRID_PATROL)
                            .grid(JINQIAO_MICRO_1)
                            .domain(SafetyDomain.FIRE)
                            .hazard(PROTECTION_DEFECT)
                            .grade(HazardGrade.GENERAL)
                            .description("消防通道堆放杂物 " + i)
                            .build());
            c = casework.register(
                    jinqiaoCommandCenter(),
                    Register.of(c.id()).expectedVersion(1).build());
            c = casework.dispatch(
                    jinqiaoCommandCenter(),
                    Dispatch.of(c.id()).expectedVersion(2).build());
            assertThat(c.version()).isEqualTo(SETUP_EVENTS);
            cases.add(c.id());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void conflictingCommandsLeaveGaplessVerifiableLogsAndOneEventPerSuccessfulCommand() throws Exception {
        long seed = System.nanoTime();
        Map<CaseId, Set<Long>> versionsReturned = new ConcurrentHashMap<>();
        cases.forEach(id -> versionsReturned.put(id, ConcurrentHashMap.newKeySet()));
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger staleWithVersion = new AtomicInteger();
        AtomicInteger staleAfterRetries = new AtomicInteger();
        AtomicInteger wrongState = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = new SplittableRandom(seed + t);
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        CaseId id = cases.get(random.nextInt(CASES));
                        Case seen = store.find(id).orElseThrow();
                        boolean explicit = random.nextBoolean();
                        OptionalLong expected = explicit ? OptionalLong.of(seen.version()) : OptionalLong.empty();
                        int kind = random.nextInt(5);
                        try {
                            Case after = casework.execute(actor(kind), command(kind, seen, expected));
                            succeeded.incrementAndGet();
                            if (!versionsReturned.get(id).add(after.version())) {
                                problems.add("two commands both returned " + id + " v" + after.version());
                            }
                            if (explicit && after.version() != seen.version() + 1) {
                                problems.add(
                                        "a command expecting v" + seen.version() + " returned v" + after.version());
                            }
                        } catch (StaleCaseVersionException | ConcurrentUpdateException stale) {
                            (explicit ? staleWithVersion : staleAfterRetries).incrementAndGet();
                        } catch (WrongCaseStateException notNow) {
                            wrongState.incrementAndGet();
                        } catch (InvalidCommandException deadlineMovedMeanwhile) {
                            invalid.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get(15, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        String run = "seed " + seed;
        assertThat(problems).as(run).isEmpty();
        assertThat(succeeded.get()
                        + staleWithVersion.get()
                        + staleAfterRetries.get()
                        + wrongState.get()
                        + invalid.get())
                .as(run)
                .isEqualTo(THREADS * COMMANDS_PER_THREAD);
        int eventsWritten = 0;
        List<RecordedEvent> all = new ArrayList<>();
        for (CaseId id : cases) {
            List<RecordedEvent> log = store.load(id);
            all.addAll(log);
            eventsWritten += log.size() - SETUP_EVENTS;
            assertThat(log)
                    .extracting(RecordedEvent::version)
                    .as("%s versions of %s", run, id)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, log.size()).boxed().toList());
            assertThat(versionsReturned.get(id))
                    .as("%s: each version after setup returned by exactly one command", run)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(SETUP_EVENTS + 1, log.size())
                            .boxed()
                            .toList());
            assertThat(CaseAudit.verify(log).intact()).as(run).isTrue();
            assertThat(store.find(id)).as(run).contains(Case.replay(log));
        }
        assertThat(eventsWritten)
                .as("%s: one event per successful command", run)
                .isEqualTo(succeeded.get());
        assertThat(succeeded.get()).as(run).isPositive();

        Map<NotificationKind, Long> delivered = notifier.delivered().stream()
                .filter(n -> cases.contains(n.caseId()))
                .collect(Collectors.groupingBy(Notification::kind, Collectors.counting()));
        long failures = all.stream()
                .filter(e -> e.event() instanceof VerificationFailed)
                .count();
        long decisions = all.stream()
                .filter(e -> e.event() instanceof ExtensionApproved || e.event() instanceof ExtensionDenied)
                .count();
        assertThat(delivered.getOrDefault(NotificationKind.REWORK_REQUIRED, 0L))
                .as(run)
                .isEqualTo(failures);
        assertThat(delivered.getOrDefault(NotificationKind.EXTENSION_DECIDED, 0L))
                .as(run)
                .isEqualTo(decisions);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void ofTwoCommandsThatSawTheSameVersionExactlyOneIsStoredAndTheOtherIsStale() throws Exception {
        CaseId id = cases.get(0);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                Case seen = store.find(id).orElseThrow();
                List<Future<Boolean>> racers = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    racers.add(pool.submit(() -> {
                        together.await();
                        try {
                            casework.requestExtension(
                                    fireOfficer(),
                                    RequestExtension.of(id)
                                            .expectedVersion(seen.version())
                                            .requestedDeadline(seen.deadline()
                                                    .orElseThrow()
                                                    .plus(Duration.ofDays(1)))
                                            .reason("配件未到")
                                            .build());
                            return true;
                        } catch (StaleCaseVersionException | ConcurrentUpdateException lost) {
                            return false;
                        }
                    }));
                }
                int won = 0;
                for (Future<Boolean> racer : racers) {
                    won += racer.get(5, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("winners in round %d", round).isEqualTo(1);
                assertThat(store.load(id)).hasSize((int) seen.version() + 1);
                casework.denyExtension(
                        jinqiaoCommandCenter(),
                        DenyExtension.of(id)
                                .expectedVersion(seen.version() + 1)
                                .reason("不同意")
                                .build());
            }
        } finally {
            pool.shutdownNow();
        }
        List<RecordedEvent> log = store.load(id);
        assertThat(log).hasSize(SETUP_EVENTS + 100);
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.DISPATCHED);
    }

    private static Actor actor(int kind) {
        return switch (kind) {
            case 0, 2 -> fireOfficer();
            case 1 -> jinqiaoGridManager();
            default -> jinqiaoCommandCenter();
        };
    }

    private static ExistingCaseCommand command(int kind, Case seen, OptionalLong expected) {
        return switch (kind) {
            case 0 ->
                SubmitRectification.of(seen.id())
                        .expectedVersion(expected)
                        .evidence("已整改")
                        .build();
            case 1 ->
                Verify.of(seen.id())
                        .expectedVersion(expected)
                        .passed(false)
                        .remarks("未整改到位")
                        .build();
            case 2 ->
                RequestExtension.of(seen.id())
                        .expectedVersion(expected)
                        .requestedDeadline(seen.deadline().orElseThrow().plus(Duration.ofDays(1)))
                        .reason("配件未到")
                        .build();
            case 3 ->
                DenyExtension.of(seen.id())
                        .expectedVersion(expected)
                        .reason("不同意")
                        .build();
            default -> ApproveExtension.of(seen.id()).expectedVersion(expected).build();
        };
    }
}
