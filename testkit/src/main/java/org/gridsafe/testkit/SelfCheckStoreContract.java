package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SelfCheckSamples.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseId;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.ReturnAlreadyFiledException;
import org.gridsafe.selfcheck.RunAlreadyExistsException;
import org.gridsafe.selfcheck.RunState;
import org.gridsafe.selfcheck.SelfCheckCommand;
import org.gridsafe.selfcheck.SelfCheckDecider;
import org.gridsafe.selfcheck.SelfCheckDecision;
import org.gridsafe.selfcheck.SelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRules;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;
import org.gridsafe.selfcheck.SelfReport;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SelfCheckStore} must do: keep plans (version-guarded), runs and their histories
 * exactly as decided, refuse a second submission under a run's id and a stale version, never lose an
 * update of concurrent writers, and keep one statistical return per entity and period. Subclasses
 * give a fresh store per test.
 */
public abstract class SelfCheckStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-10T02:00:00Z");
    private static final SelfCheckDecider DECIDER = new SelfCheckDecider(AccessPolicy.standard());
    private static final SelfCheckRules RULES = SelfCheckRules.standard();

    /** A fresh, empty store. */
    protected abstract SelfCheckStore newStore();

    private static Actor enterprise(EntityId e) {
        return enterpriseOf(e);
    }

    private static SelfCheckDecision submission(EntityId e, SelfCheckRunId id, Instant at, String... failed) {
        return DECIDER.decide(
                enterprise(e),
                new SelfCheckCommand.Submit(id, submitted(e, PLAN, failed)),
                Optional.empty(),
                RULES,
                at);
    }

    private static SelfCheckDecision record(SelfCheckRun run, String item, String caseId) {
        return DECIDER.decide(
                enterprise(run.submitted().entity()),
                new SelfCheckCommand.RecordEntry(run.id(), item, CaseId.of(caseId)),
                Optional.of(run),
                RULES,
                T0.plusSeconds(60));
    }

    @Test
    void plansAreKeptGuardedByTheirVersion() {
        SelfCheckStore store = newStore();
        SelfCheckPlanRecord first = new SelfCheckPlanRecord(monthly(PLAN, UNIT), 1, "ent-PU-1", T0);
        store.savePlan(first);
        assertThat(store.findPlan(PLAN)).contains(first);
        assertThatThrownBy(() -> store.savePlan(first)).isInstanceOf(SelfCheckVersionConflictException.class);
        SelfCheckPlanRecord second = new SelfCheckPlanRecord(
                new org.gridsafe.selfcheck.SelfCheckPlan(
                        PLAN, UNIT, org.gridsafe.selfcheck.SelfCheckKind.HOLIDAY, Optional.empty(), TWO_PART, "春节前自查"),
                2,
                "ent-PU-1",
                T0.plusSeconds(5));
        store.savePlan(second);
        assertThat(store.findPlan(PLAN)).contains(second);
        SelfCheckPlanRecord other =
                new SelfCheckPlanRecord(monthly(SelfCheckPlanId.of("PU-2-M"), EntityId.of("PU-2")), 1, "x", T0);
        store.savePlan(other);
        assertThat(store.plansOf(UNIT)).containsExactly(second);
        assertThat(store.entitiesWithPlans()).containsExactly(UNIT, EntityId.of("PU-2"));
        assertThat(store.findPlan(SelfCheckPlanId.of("NONE"))).isEmpty();
    }

    @Test
    void aRunIsKeptAsDecidedWithItsHistory() {
        SelfCheckStore store = newStore();
        SelfCheckRunId id = SelfCheckRunId.of("R-1");
        SelfCheckEvent.Submitted withPhoto = new SelfCheckEvent.Submitted(
                PLAN,
                UNIT,
                "金桥纺织有限公司",
                SampleDistrict.JINQIAO_MICRO_1,
                Optional.of(UNIT.value()),
                TWO_PART,
                java.util.Set.of("PRODUCTION_UNIT"),
                List.of("GONGMAO_TEXTILE"),
                answers("M01", "S02"),
                List.of(
                        new SelfReport(
                                "M01",
                                goodReport("M01").place(),
                                goodReport("M01").description(),
                                goodReport("M01").measure(),
                                goodReport("M01").domain(),
                                goodReport("M01").hazard(),
                                goodReport("M01").grade(),
                                List.of(photo(1), photo(2))),
                        goodReport("S02")));
        SelfCheckDecision d = DECIDER.decide(
                enterprise(UNIT), new SelfCheckCommand.Submit(id, withPhoto), Optional.empty(), RULES, T0);
        store.append(d);
        SelfCheckRun held = store.find(id).orElseThrow();
        assertThat(held).isEqualTo(d.run());
        assertThat(held.state()).isEqualTo(RunState.SUBMITTED);
        assertThat(held.entries()).hasSize(2);
        assertThat(held.entries().get(0).report().photos()).containsExactly(photo(1), photo(2));

        SelfCheckDecision r1 = record(held, "M01", "YH-1");
        store.append(r1);
        SelfCheckDecision r2 = record(r1.run(), "S02", "YH-2");
        store.append(r2);
        SelfCheckRun done = store.find(id).orElseThrow();
        assertThat(done).isEqualTo(r2.run());
        assertThat(done.state()).isEqualTo(RunState.REPORTED);
        assertThat(done.entries().get(1).caseId()).contains(CaseId.of("YH-2"));
        assertThat(store.history(id)).hasSize(3);
        assertThat(SelfCheckRun.replay(store.history(id))).isEqualTo(done);
        assertThat(store.history(SelfCheckRunId.of("NONE"))).isEmpty();
    }

    @Test
    void aSecondSubmissionUnderTheSameIdAndAStaleVersionAreRefusedLeavingTheRunAsItWas() {
        SelfCheckStore store = newStore();
        SelfCheckRunId id = SelfCheckRunId.of("R-2");
        SelfCheckDecision first = submission(UNIT, id, T0, "M02");
        store.append(first);
        assertThatThrownBy(() -> store.append(submission(UNIT, id, T0, "M03")))
                .isInstanceOf(RunAlreadyExistsException.class);
        SelfCheckDecision one = record(first.run(), "M02", "YH-3");
        store.append(one);
        assertThatThrownBy(() -> store.append(record(first.run(), "M02", "YH-4")))
                .isInstanceOf(SelfCheckVersionConflictException.class);
        assertThat(store.find(id)).contains(one.run());
        assertThat(store.history(id)).hasSize(2);
    }

    @Test
    void runsOfAnEntityAreNewestFirst() {
        SelfCheckStore store = newStore();
        store.append(submission(UNIT, SelfCheckRunId.of("R-a"), T0));
        store.append(submission(UNIT, SelfCheckRunId.of("R-b"), T0.plusSeconds(3600), "M01"));
        store.append(submission(EntityId.of("PU-9"), SelfCheckRunId.of("R-c"), T0.plusSeconds(60)));
        assertThat(store.runsOf(UNIT).stream().map(r -> r.id().value())).containsExactly("R-b", "R-a");
        assertThat(store.runsOf(UNIT).get(1).state()).isEqualTo(RunState.REPORTED);
        assertThat(store.runsOf(EntityId.of("NONE"))).isEmpty();
    }

    @Test
    void ofConcurrentWritersAtOneVersionExactlyOneWins() throws Exception {
        SelfCheckStore store = newStore();
        SelfCheckRunId id = SelfCheckRunId.of("R-race");
        SelfCheckDecision first = submission(UNIT, id, T0, "M01", "M02", "M03", "M04");
        store.append(first);
        List<String> items = List.of("M01", "M02", "M03", "M04");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                SelfCheckDecision d = record(first.run(), items.get(i), "YH-R" + i);
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        store.append(d);
                        return true;
                    } catch (SelfCheckVersionConflictException lost) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : results) {
                won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        SelfCheckRun held = store.find(id).orElseThrow();
        assertThat(held.version()).isEqualTo(2);
        assertThat(held.entries().stream().filter(e -> e.caseId().isPresent())).hasSize(1);
        assertThat(store.history(id)).hasSize(2);
    }

    @Test
    void oneReturnPerEntityAndPeriod() {
        SelfCheckStore store = newStore();
        StatisticsReturn q3 = new StatisticsReturn(
                UNIT, ReturnPeriod.quarter(2026, 3), 5, 4, 1, "王主要", "ent-PU-1", T0, LocalDate.of(2026, 10, 16));
        StatisticsReturn y25 = new StatisticsReturn(
                UNIT, ReturnPeriod.year(2025), 12, 12, 0, "王主要", "ent-PU-1", T0, LocalDate.of(2026, 1, 20));
        store.fileReturn(q3);
        store.fileReturn(y25);
        assertThat(store.findReturn(UNIT, ReturnPeriod.quarter(2026, 3))).contains(q3);
        assertThat(store.findReturn(UNIT, ReturnPeriod.quarter(2026, 2))).isEmpty();
        assertThat(store.findReturn(UNIT, ReturnPeriod.quarter(2026, 3))
                        .orElseThrow()
                        .late())
                .isTrue();
        assertThat(store.returnsOf(UNIT)).containsExactly(y25, q3);
        assertThatThrownBy(() -> store.fileReturn(q3)).isInstanceOf(ReturnAlreadyFiledException.class);
        assertThat(store.returnsOf(EntityId.of("PU-2"))).isEmpty();
    }
}
