package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.StoreUnavailableException;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful: random runs of check-ins, submissions, retries of them, reports of pending findings and
 * two terminals submitting at once, over three occurrences, with a store failing at a random point
 * of a step: the case store before a case is made, the patrol store after a case was made but
 * before the occurrence recorded it ("case created, patrol not recorded"), or the patrol store
 * refusing the submission itself. At no point are there more cases than failed items of submitted
 * occurrences; once the pending findings are reported, there is exactly one case per failed item,
 * named by its origin and recorded by its finding. QuickTheories shrinks a failing run.
 */
class PatrolRetryPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 100);
    private static final int OCCURRENCES = 3;

    /** What a step does: 0 check in, 1 submit (or retry it), 2 report pending findings, 3 two terminals submit at once. */
    private record Step(int occurrence, int kind, int fault) {}

    /** Where a step's store fails: 0 nowhere, 1 case store, 2 patrol store after the case, 3 patrol store on the submission. */
    private static Gen<Step> steps() {
        return integers()
                .between(0, OCCURRENCES - 1)
                .zip(integers().between(0, 3), integers().between(0, 3), Step::new);
    }

    /** The failed items of each occurrence: up to three of the ten, from a bit mask. */
    private static List<String> failedItems(int mask) {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < TEN_ITEMS.size() && failed.size() < 3; i++) {
            if ((mask & (1 << i)) != 0) {
                failed.add(TEN_ITEMS.get(i));
            }
        }
        return failed;
    }

    @Test
    void retriedAndRacedSubmissionsMakeExactlyOneCasePerFailedItem() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(integers().between(0, 1023)).ofSize(OCCURRENCES),
                        lists().of(steps()).ofSizeBetween(1, 14))
                .checkAssert((masks, run) -> {
                    FlakyCases cases = new FlakyCases(new InMemoryCaseStore());
                    FlakyPatrols patrolStore = new FlakyPatrols(new InMemoryPatrolStore());
                    PatrolWorld world = new PatrolWorld(
                            new PatrolWorld.Stores(cases, cases, patrolStore, new InMemoryMediaStore()), OCCURRENCES);
                    List<OccurrenceId> ids = world.occurrences();
                    Map<OccurrenceId, List<String>> failed = new HashMap<>();
                    for (int i = 0; i < OCCURRENCES; i++) {
                        failed.put(ids.get(i), failedItems(masks.get(i)));
                    }
                    for (Step step : run) {
                        OccurrenceId id = ids.get(step.occurrence());
                        PatrolCommand.Submit submit = PatrolWorld.submission(id, failed.get(id));
                        cases.failNext = step.fault() == 1;
                        patrolStore.failNextFinding = step.fault() == 2;
                        patrolStore.failNextSubmission = step.fault() == 3;
                        try {
                            switch (step.kind()) {
                                case 0 -> world.patrols().checkIn(PATROLLER, world.checkIn(id));
                                case 1 -> world.patrols().submit(PATROLLER, submit);
                                case 2 -> world.patrols().reportPendingFindings(PATROLLER, id);
                                default -> race(world, submit);
                            }
                        } catch (StoreUnavailableException | PatrolException expected) {
                            // a store went down, or the step does not fit the state: the terminal retries later
                        } finally {
                            cases.failNext = false;
                            patrolStore.failNextFinding = false;
                            patrolStore.failNextSubmission = false;
                        }
                        assertThat(allCases(cases).size())
                                .as("cases after %s", step)
                                .isLessThanOrEqualTo(failedOfDone(world, ids, failed));
                    }
                    // The terminals come back online: every done occurrence reports what is pending.
                    for (OccurrenceId id : ids) {
                        if (world.patrols().get(PATROLLER, id).state() == OccurrenceState.DONE) {
                            world.patrols().reportPendingFindings(PATROLLER, id);
                        }
                    }
                    List<Case> all = allCases(cases);
                    assertThat(all).hasSize(failedOfDone(world, ids, failed));
                    Set<CaseOrigin> origins = new HashSet<>();
                    for (Case c : all) {
                        assertThat(origins.add(c.origin().orElseThrow())).isTrue();
                    }
                    for (OccurrenceId id : ids) {
                        PatrolOccurrence o = world.patrols().get(PATROLLER, id);
                        for (Finding f : o.findings()) {
                            CaseId caseId = f.caseId().orElseThrow();
                            Case c = cases.find(caseId).orElseThrow();
                            assertThat(c.origin())
                                    .contains(new CaseOrigin(
                                            id.value(), f.report().item()));
                        }
                    }
                });
    }

    private static void race(PatrolWorld world, PatrolCommand.Submit submit) {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> terminals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    world.patrols().submit(PATROLLER, submit);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (StoreUnavailableException | PatrolException expected) {
                    // lost the race or hit the failing store: retried later
                }
            });
            t.start();
            terminals.add(t);
        }
        start.countDown();
        for (Thread t : terminals) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int failedOfDone(PatrolWorld world, List<OccurrenceId> ids, Map<OccurrenceId, List<String>> failed) {
        int count = 0;
        for (OccurrenceId id : ids) {
            if (world.patrols().get(PATROLLER, id).state() == OccurrenceState.DONE) {
                count += failed.get(id).size();
            }
        }
        return count;
    }

    private static List<Case> allCases(CaseQueries queries) {
        CasePage page = queries.find(CaseQuery.all().limit(CaseQuery.MAX_LIMIT));
        return page.cases();
    }

    /** A case store that fails its next append, before anything is written. */
    private static final class FlakyCases implements CaseStore, CaseQueries {
        private final InMemoryCaseStore delegate;
        volatile boolean failNext;

        FlakyCases(InMemoryCaseStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<RecordedEvent> load(CaseId caseId) {
            return delegate.load(caseId);
        }

        @Override
        public void append(CaseChange change) {
            if (failNext) {
                failNext = false;
                throw new StoreUnavailableException("the case store went down (test)", null, false);
            }
            delegate.append(change);
        }

        @Override
        public Optional<Case> find(CaseId caseId) {
            return delegate.find(caseId);
        }

        @Override
        public CasePage find(CaseQuery query) {
            return delegate.find(query);
        }

        @Override
        public List<Case> findByOriginOccurrence(String occurrence) {
            return delegate.findByOriginOccurrence(occurrence);
        }

        @Override
        public Optional<Case> findByOrigin(CaseOrigin origin) {
            return delegate.findByOrigin(origin);
        }
    }

    /** A patrol store that fails the next append of a finding's case or of a submission. */
    private static final class FlakyPatrols implements PatrolStore {
        private final PatrolStore delegate;
        volatile boolean failNextFinding;
        volatile boolean failNextSubmission;

        FlakyPatrols(PatrolStore delegate) {
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
        public Optional<PlanRecord> findPlan(PatrolPlanId id) {
            return delegate.findPlan(id);
        }

        @Override
        public List<PlanRecord> plans() {
            return delegate.plans();
        }

        @Override
        public void savePlan(PlanRecord plan) {
            delegate.savePlan(plan);
        }

        @Override
        public Optional<PatrolOccurrence> find(OccurrenceId id) {
            return delegate.find(id);
        }

        @Override
        public List<RecordedPatrolEvent> history(OccurrenceId id) {
            return delegate.history(id);
        }

        @Override
        public synchronized void append(PatrolDecision decision) {
            boolean finding =
                    decision.events().stream().anyMatch(e -> e.event() instanceof PatrolEvent.FindingReported);
            boolean submission = decision.events().stream().anyMatch(e -> e.event() instanceof PatrolEvent.Submitted);
            if ((finding && failNextFinding) || (submission && failNextSubmission)) {
                failNextFinding = false;
                failNextSubmission = false;
                throw new StoreUnavailableException("the patrol store went down (test)", null, true);
            }
            delegate.append(decision);
        }

        @Override
        public List<PatrolOccurrence> search(PatrolQuery query) {
            return delegate.search(query);
        }
    }
}
