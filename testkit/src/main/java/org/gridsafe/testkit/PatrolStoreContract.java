package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.patrol.Advice;
import org.gridsafe.patrol.AdviceKind;
import org.gridsafe.patrol.CheckInFlag;
import org.gridsafe.patrol.CheckInMethod;
import org.gridsafe.patrol.FindingReport;
import org.gridsafe.patrol.OccurrenceAlreadyExistsException;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolDecider;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolPlanPresets;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PatrolRules;
import org.gridsafe.patrol.PatrolVersionConflictException;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.port.PatrolStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PatrolStore} must do. An adapter extends this class and makes a fresh, empty store
 * in {@link #newStore()}; decisions are made by the real decider.
 */
public abstract class PatrolStoreContract {

    private static final Actor SYSTEM = Actor.SYSTEM;
    private final PatrolDecider decider = new PatrolDecider(AccessPolicy.standard());
    private final PatrolRules rules = PatrolRules.standard();
    protected PatrolStore store;

    /** A fresh, empty store for one test. */
    protected abstract PatrolStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    private PatrolOccurrence schedule(String entity, GridCode grid, String assignee) {
        PatrolEvent.Scheduled s = scheduled(entity, grid, assignee, PLAN);
        PatrolDecision d =
                decider.decide(SYSTEM, new PatrolCommand.Schedule(idOf(s), s), Optional.empty(), rules, november10());
        store.append(d);
        return d.occurrence();
    }

    private PatrolOccurrence run(Actor actor, PatrolCommand command) {
        PatrolDecision d = decider.decide(actor, command, store.find(command.id()), rules, november10());
        store.append(d);
        return d.occurrence();
    }

    private PatrolCommand.RecordCheckIn checkIn(OccurrenceId id, double longitude) {
        return new PatrolCommand.RecordCheckIn(
                id,
                OptionalLong.empty(),
                november10(),
                CheckInMethod.GPS,
                Optional.of(new GeoPoint(longitude, 31.02)),
                Optional.of(8.5),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void aFullOccurrenceRoundTripsWithItsHistory() {
        PatrolOccurrence o = schedule("PL-1", JINQIAO_MICRO_1, PATROLLER.id());
        run(PATROLLER, checkIn(o.id(), 120.03));
        List<ChecklistAnswer> answers = new ArrayList<>(answers("T07"));
        answers.set(
                6,
                answers.get(6)
                        .with(
                                List.of(new org.gridsafe.media.MediaReference(
                                        org.gridsafe.media.MediaHash.parse("ab".repeat(32)),
                                        org.gridsafe.media.MediaType.JPEG,
                                        2048)),
                                "通道堆放纸箱"));
        run(
                PATROLLER,
                new PatrolCommand.Submit(
                        o.id(),
                        OptionalLong.of(2),
                        answers,
                        List.of(new Advice(AdviceKind.PERSUASION, "劝导店主清理通道")),
                        List.of(new FindingReport(
                                "T07",
                                SafetyDomain.FIRE,
                                PROTECTION_DEFECT,
                                HazardGrade.GENERAL,
                                Optional.of("当场清理")))));
        PatrolOccurrence linked = run(PATROLLER, new PatrolCommand.RecordFinding(o.id(), "T07", CaseId.of("C-1")));

        PatrolOccurrence found = store.find(o.id()).orElseThrow();
        assertThat(found).isEqualTo(linked);
        assertThat(found.state()).isEqualTo(OccurrenceState.DONE);
        assertThat(found.checkIn().orElseThrow().flags()).containsExactly(CheckInFlag.FAR_FROM_PREMISES);
        assertThat(found.findings().get(0).caseId()).contains(CaseId.of("C-1"));
        assertThat(store.history(o.id())).hasSize(4);
        assertThat(PatrolOccurrence.replay(store.history(o.id()))).isEqualTo(found);
        assertThat(store.history(OccurrenceId.of("none"))).isEmpty();
    }

    @Test
    void aSecondSchedulingAndAStaleWriteAreRefusedAndChangeNothing() {
        PatrolOccurrence o = schedule("PL-1", JINQIAO_MICRO_1, PATROLLER.id());
        PatrolDecision again = decider.decide(
                SYSTEM, new PatrolCommand.Schedule(o.id(), o.scheduled()), Optional.empty(), rules, november10());
        assertThatThrownBy(() -> store.append(again)).isInstanceOf(OccurrenceAlreadyExistsException.class);
        PatrolDecision a = decider.decide(PATROLLER, checkIn(o.id(), 120.02), Optional.of(o), rules, november10());
        PatrolDecision b = decider.decide(
                PATROLLER,
                new PatrolCommand.Skip(o.id(), OptionalLong.empty(), "停业"),
                Optional.of(o),
                rules,
                november10());
        store.append(a);
        assertThatThrownBy(() -> store.append(b)).isInstanceOf(PatrolVersionConflictException.class);
        assertThat(store.find(o.id()).orElseThrow().state()).isEqualTo(OccurrenceState.CHECKED_IN);
        assertThat(store.history(o.id())).hasSize(2);
    }

    @Test
    void concurrentWritersOfOneOccurrenceNeverBothWin() throws Exception {
        PatrolOccurrence o = schedule("PL-1", JINQIAO_MICRO_1, PATROLLER.id());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                double lon = 120.02 + i * 0.0001;
                results.add(pool.submit(() -> {
                    try {
                        store.append(
                                decider.decide(PATROLLER, checkIn(o.id(), lon), Optional.of(o), rules, november10()));
                        return true;
                    } catch (PatrolVersionConflictException lost) {
                        return false;
                    }
                }));
            }
            int wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.history(o.id())).hasSize(2);
    }

    @Test
    void searchesFollowTheQueryInIdOrder() {
        schedule("PL-3", JINQIAO_MICRO_1, PATROLLER.id());
        schedule("PL-1", JINQIAO_MICRO_2, "so-m112");
        PatrolOccurrence shihu = schedule("PL-2", SHIHU_MICRO_1, "so-m211");
        run(Actor.SYSTEM, new PatrolCommand.MarkMissed(shihu.id(), Instant.parse("2026-12-01T00:00:00Z")));

        assertThat(store.search(PatrolQuery.all()).stream()
                        .map(o -> o.scheduled().entity().value()))
                .containsExactly("PL-1", "PL-2", "PL-3");
        assertThat(store.search(PatrolQuery.all().within(JINQIAO_STREET)).stream()
                        .map(o -> o.scheduled().entity().value()))
                .containsExactly("PL-1", "PL-3");
        assertThat(store.search(PatrolQuery.all().assignee("so-m112"))).hasSize(1);
        assertThat(store.search(PatrolQuery.all().states(EnumSet.of(OccurrenceState.MISSED))))
                .extracting(PatrolOccurrence::id)
                .containsExactly(shihu.id());
        assertThat(store.search(PatrolQuery.all().windowEndsBefore(Instant.parse("2026-11-15T00:00:00Z"))))
                .isEmpty();
        assertThat(store.search(PatrolQuery.all().windowEndsBefore(Instant.parse("2026-12-15T00:00:00Z"))))
                .hasSize(3);
        assertThat(store.search(PatrolQuery.all().plan(PatrolPlanId.of("OTHER"))))
                .isEmpty();
        List<PatrolOccurrence> first = store.search(PatrolQuery.all().limit(2));
        assertThat(first).hasSize(2);
        assertThat(store.search(PatrolQuery.all().after(first.get(1).id()))).hasSize(1);
    }

    @Test
    void plansAreSavedByVersion() {
        PatrolPlan plan = PatrolPlanPresets.nineSmallMonthly(PLAN, JINQIAO_STREET, TEN_POINT);
        Instant t = november10();
        store.savePlan(new PlanRecord(plan, 1, "cc-jinqiao", t));
        assertThatThrownBy(() -> store.savePlan(new PlanRecord(plan, 1, "cc-other", t)))
                .isInstanceOf(PatrolVersionConflictException.class);
        PatrolPlan quarterly = PatrolPlanPresets.enterprisesQuarterly(PLAN, JINQIAO_STREET, TEN_POINT);
        store.savePlan(new PlanRecord(quarterly, 2, "cc-jinqiao", t));
        assertThat(store.findPlan(PLAN).orElseThrow().plan()).isEqualTo(quarterly);
        assertThat(store.findPlan(PLAN).orElseThrow().version()).isEqualTo(2);
        assertThat(store.plans()).hasSize(1);
        assertThat(store.findPlan(PatrolPlanId.of("none"))).isEmpty();
    }

    @Test
    void anAcceptanceIsKeptOnceWithItsInputs() {
        org.gridsafe.patrol.PlanRequest request = new org.gridsafe.patrol.PlanRequest(
                JINQIAO_STREET,
                org.gridsafe.patrol.PatrolFrequency.QUARTERLY,
                java.time.LocalDate.of(2026, 11, 10),
                java.util.Map.of(JINQIAO_MICRO_1, 7, JINQIAO_COMMUNITY, 3),
                java.util.Map.of("PL-1", 1),
                java.util.Map.of(org.gridsafe.hazard.RiskLevel.RED, 4),
                java.util.Map.of(org.gridsafe.hazard.RiskLevel.BLUE, 1));
        org.gridsafe.patrol.ProposalAcceptance first = new org.gridsafe.patrol.ProposalAcceptance(
                JINQIAO_STREET.value() + "-2026-Q4",
                request,
                Optional.of(TEN_POINT),
                org.gridsafe.grid.GridRole.SAFETY_OFFICER,
                "ab".repeat(32),
                "cc-jinqiao",
                Instant.parse("2026-11-10T02:00:00Z"),
                List.of(OccurrenceId.of("proposal-x:2026-Q4.1:PL-1"), OccurrenceId.of("proposal-x:2026-Q4.2:PL-1")));
        assertThat(store.findAcceptance(first.id())).isEmpty();
        assertThat(store.saveAcceptance(first)).isEqualTo(first);
        org.gridsafe.patrol.ProposalAcceptance second = new org.gridsafe.patrol.ProposalAcceptance(
                first.id(),
                request,
                Optional.empty(),
                org.gridsafe.grid.GridRole.GRID_MANAGER,
                "cd".repeat(32),
                "cc-other",
                Instant.parse("2026-11-10T03:00:00Z"),
                List.of());
        assertThat(store.saveAcceptance(second)).isEqualTo(first);
        assertThat(store.findAcceptance(first.id())).contains(first);
        assertThat(store.findAcceptance("nothing-2026-Q4")).isEmpty();
    }
}
