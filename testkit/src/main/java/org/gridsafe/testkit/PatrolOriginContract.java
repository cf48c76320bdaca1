package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseOriginTakenException;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Report;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.patrol.InvalidPatrolException;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolVersionConflictException;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * What every store does for the origin of a case (the patrol occurrence and checklist item it came
 * from): at most one case per origin, found by it, so a retried, repeated or racing patrol
 * submission makes one case per failed item. Run on memory, H2 and PostgreSQL by extending this
 * class and giving fresh stores.
 */
public abstract class PatrolOriginContract {

    /** Fresh, empty stores for one test. */
    protected abstract PatrolWorld.Stores newStores();

    private static Report report(String occurrence, String item, String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(description)
                .origin(new CaseOrigin(occurrence, item))
                .build();
    }

    @Test
    void aCaseIsFoundByItsOriginAndTheStoreRefusesASecondCaseOfTheSameOrigin() {
        PatrolWorld.Stores stores = newStores();
        GridSafe gridSafe = new PatrolWorld(stores, 1).gridSafe();
        Case first = gridSafe.casework().report(PATROLLER, report("P:2026-11:PL-1", "T07", "通道堆放杂物"));
        Case other = gridSafe.casework().report(PATROLLER, report("P:2026-11:PL-1", "T10", "私拉电线"));
        // The same origin reported elsewhere: the change a racing writer would append.
        InMemoryCaseStore scratchStore = new InMemoryCaseStore();
        ChangeRecorder elsewhere = new ChangeRecorder(scratchStore);
        GridSafe scratch = GridSafe.builder()
                .directory(directory())
                .caseStore(elsewhere)
                .caseQueries(scratchStore)
                .mediaStore(new InMemoryMediaStore())
                .build();
        Case second = scratch.casework().report(PATROLLER, report("P:2026-11:PL-1", "T07", "第二次上报"));

        assertThatThrownBy(() -> stores.cases().append(elsewhere.accepted().get(0)))
                .isInstanceOfSatisfying(
                        CaseOriginTakenException.class,
                        e -> assertThat(e.existing()).isEqualTo(first.id()))
                .hasMessageContaining("already reported as case " + first.id());
        assertThat(stores.cases().load(second.id())).isEmpty();
        assertThat(stores.caseQueries().find(second.id())).isEmpty();
        assertThat(first.origin()).contains(new CaseOrigin("P:2026-11:PL-1", "T07"));
        assertThat(stores.caseQueries().find(first.id()).orElseThrow().origin()).isEqualTo(first.origin());
        assertThat(stores.caseQueries().findByOrigin(new CaseOrigin("P:2026-11:PL-1", "T07")))
                .map(Case::id)
                .contains(first.id());
        assertThat(stores.caseQueries().findByOrigin(new CaseOrigin("P:2026-11:PL-1", "T99")))
                .isEmpty();
        assertThat(stores.caseQueries().findByOriginOccurrence("P:2026-11:PL-1"))
                .extracting(Case::id)
                .containsExactlyInAnyOrder(first.id(), other.id());
        assertThat(stores.caseQueries().findByOriginOccurrence("P:2026-11:PL-2"))
                .isEmpty();
    }

    @Test
    void reportingTheSameOriginAgainAnswersTheCaseAlreadyMadeAndCasesWithoutOriginAreNotAffected() {
        PatrolWorld.Stores stores = newStores();
        PatrolWorld world = new PatrolWorld(stores, 1);
        Case first = world.gridSafe().casework().report(PATROLLER, report("P:2026-11:PL-1", "T07", "通道堆放杂物"));
        Case again = world.gridSafe().casework().report(PATROLLER, report("P:2026-11:PL-1", "T07", "重复提交"));
        Report plain = Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("灭火器过期")
                .build();
        Case a = world.gridSafe().casework().report(PATROLLER, plain);
        Case b = world.gridSafe().casework().report(PATROLLER, plain);

        assertThat(again).isEqualTo(first);
        assertThat(again.description()).isEqualTo("通道堆放杂物");
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(world.allCases()).hasSize(3);
    }

    @Test
    void concurrentSubmissionsOfOnePatrolMakeExactlyOneCasePerFailedItem() throws Exception {
        PatrolWorld world = new PatrolWorld(newStores(), 1);
        OccurrenceId id = world.occurrences().get(0);
        world.patrols().checkIn(PATROLLER, world.checkIn(id));
        PatrolCommand.Submit submit = PatrolWorld.submission(id, List.of("T03", "T07", "T10"));
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<PatrolOccurrence>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Callable<Optional<PatrolOccurrence>> writer = () -> {
                    start.await();
                    try {
                        return Optional.of(world.patrols().submit(PATROLLER, submit));
                    } catch (PatrolVersionConflictException lostTooOften) {
                        return Optional.empty(); // a 409 the terminal retries; never a second case
                    }
                };
                results.add(pool.submit(writer));
            }
            start.countDown();
            for (Future<Optional<PatrolOccurrence>> r : results) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // Whoever lost every race retries once more, as a terminal would.
        PatrolOccurrence done = world.patrols().submit(PATROLLER, submit);

        assertThat(done.state()).isEqualTo(OccurrenceState.DONE);
        assertThat(done.hasPendingFindings()).isFalse();
        List<Case> cases = world.allCases();
        assertThat(cases).hasSize(3);
        assertThat(cases)
                .extracting(c -> c.origin().orElseThrow().item())
                .containsExactlyInAnyOrder("T03", "T07", "T10");
        assertThat(done.findings())
                .extracting(f -> f.caseId().orElseThrow())
                .containsExactlyInAnyOrderElementsOf(
                        cases.stream().map(Case::id).toList());
        assertThat(world.gridSafe().casework().casesFromOccurrence(jinqiaoCommandCenter(), id.value()))
                .hasSize(3);
    }

    @Test
    void aCaseMadeWhileThePatrolDidNotRecordItIsTheCaseOfTheRetry() {
        PatrolWorld.Stores stores = newStores();
        FailingOnce failing = new FailingOnce(stores.patrols());
        PatrolWorld world = new PatrolWorld(
                new PatrolWorld.Stores(stores.cases(), stores.caseQueries(), failing, stores.media()), 1);
        OccurrenceId id = world.occurrences().get(0);
        world.patrols().checkIn(PATROLLER, world.checkIn(id));
        PatrolCommand.Submit submit = PatrolWorld.submission(id, List.of("T07"));
        failing.failNextFindingReported = true;

        assertThatThrownBy(() -> world.patrols().submit(PATROLLER, submit))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(world.allCases()).hasSize(1);
        assertThat(world.patrols().get(PATROLLER, id).hasPendingFindings()).isTrue();

        // The terminal retries the same submission (no Idempotency-Key survived): no second case.
        PatrolOccurrence retried = world.patrols().submit(PATROLLER, submit);
        PatrolOccurrence rerun = world.patrols().reportPendingFindings(PATROLLER, id);

        List<Case> cases = world.allCases();
        assertThat(cases).hasSize(1);
        assertThat(retried.findings().get(0).caseId()).contains(cases.get(0).id());
        assertThat(rerun).isEqualTo(retried);
        // Another submission for the done occurrence is still refused as it was.
        assertThatThrownBy(() -> world.patrols().submit(PATROLLER, PatrolWorld.submission(id, List.of("T10"))))
                .hasMessageContaining("DONE");
    }

    @Test
    void aPhotoOfAnAnswerMustBeStoredAndBecomesTheCasesReportMedia() {
        PatrolWorld.Stores stores = newStores();
        PatrolWorld world = new PatrolWorld(stores, 1);
        OccurrenceId id = world.occurrences().get(0);
        world.patrols().checkIn(PATROLLER, world.checkIn(id));
        MediaReference stored = stores.media().put(MediaSamples.jpeg(11));
        MediaReference unknown = new MediaReference(MediaHash.parse("ab".repeat(32)), MediaType.JPEG, 2048);
        MediaReference wrongSize = new MediaReference(stored.hash(), stored.type(), stored.size() + 1);
        PatrolCommand.Submit plain = PatrolWorld.submission(id, List.of("T07"));
        List<ChecklistAnswer> bad = new ArrayList<>(plain.answers());
        bad.set(6, bad.get(6).with(List.of(stored, unknown), "通道堆放纸箱"));
        bad.set(2, bad.get(2).with(List.of(wrongSize), null));

        assertThatThrownBy(() -> world.patrols()
                        .submit(
                                PATROLLER,
                                new PatrolCommand.Submit(id, OptionalLong.empty(), bad, List.of(), plain.findings())))
                .isInstanceOfSatisfying(
                        InvalidPatrolException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("answers[2].photos[0]", "answers[6].photos[1]"))
                .hasMessageContaining("item T07: no file with hash " + "ab".repeat(32))
                .hasMessageContaining("item T03: the file " + stored.hash() + " is stored as image/jpeg");
        assertThat(world.patrols().history(PATROLLER, id)).hasSize(2);
        assertThat(world.allCases()).isEmpty();

        List<ChecklistAnswer> good = new ArrayList<>(plain.answers());
        good.set(6, good.get(6).with(List.of(stored), "通道堆放纸箱"));
        PatrolOccurrence done = world.patrols()
                .submit(
                        PATROLLER,
                        new PatrolCommand.Submit(id, OptionalLong.empty(), good, List.of(), plain.findings()));
        assertThat(done.answers().get(6).photos()).containsExactly(stored);
        assertThat(world.patrols().get(PATROLLER, id).answers().get(6).photos()).containsExactly(stored);
        CaseId caseId = done.findings().get(0).caseId().orElseThrow();
        Actor center = jinqiaoCommandCenter();
        assertThat(world.gridSafe().casework().media(center, caseId))
                .extracting(m -> m.reference())
                .containsExactly(stored);
        assertThat(world.gridSafe().casework().get(center, caseId).attachments())
                .isEmpty();
    }

    /** A patrol store that fails the next append recording a finding's case, after the case was made. */
    static final class FailingOnce implements PatrolStore {
        private final PatrolStore delegate;
        volatile boolean failNextFindingReported;

        FailingOnce(PatrolStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<org.gridsafe.patrol.ProposalAcceptance> findAcceptance(String id) {
            return delegate.findAcceptance(id);
        }

        @Override
        public org.gridsafe.patrol.ProposalAcceptance saveAcceptance(org.gridsafe.patrol.ProposalAcceptance a) {
            return delegate.saveAcceptance(a);
        }

        @Override
        public Optional<org.gridsafe.patrol.PlanRecord> findPlan(org.gridsafe.patrol.PatrolPlanId id) {
            return delegate.findPlan(id);
        }

        @Override
        public List<org.gridsafe.patrol.PlanRecord> plans() {
            return delegate.plans();
        }

        @Override
        public void savePlan(org.gridsafe.patrol.PlanRecord plan) {
            delegate.savePlan(plan);
        }

        @Override
        public Optional<PatrolOccurrence> find(OccurrenceId id) {
            return delegate.find(id);
        }

        @Override
        public List<org.gridsafe.patrol.RecordedPatrolEvent> history(OccurrenceId id) {
            return delegate.history(id);
        }

        @Override
        public void append(PatrolDecision decision) {
            if (failNextFindingReported
                    && decision.events().stream().anyMatch(e -> e.event() instanceof PatrolEvent.FindingReported)) {
                failNextFindingReported = false;
                throw new StoreUnavailableException("the patrol store went down (test)", null, true);
            }
            delegate.append(decision);
        }

        @Override
        public List<PatrolOccurrence> search(org.gridsafe.patrol.PatrolQuery query) {
            return delegate.search(query);
        }
    }
}
