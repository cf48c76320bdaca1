package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SelfCheckSamples.*;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridsafe.SelfInspections;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.port.StoreUnavailableException;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.RecordedSelfCheckEvent;
import org.gridsafe.selfcheck.RunState;
import org.gridsafe.selfcheck.SelfCheckDecision;
import org.gridsafe.selfcheck.SelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.junit.jupiter.api.Test;

/**
 * What a self-inspection run's cases are on real stores: one case per failed item, named by its origin,
 * however often a terminal retries, and after a crash between a case and the run recording it.
 * Subclasses give fresh stores per test.
 */
public abstract class SelfCheckOriginContract {

    /** Fresh stores. */
    protected abstract SelfCheckWorld.Stores newStores();

    @Test
    void retriesAndACrashAfterTheCaseMakeExactlyOneCasePerFailedItem() {
        SelfCheckWorld.Stores stores = newStores();
        FailingOnce failing = new FailingOnce(stores.selfChecks());
        SelfCheckWorld world = new SelfCheckWorld(
                new SelfCheckWorld.Stores(stores.cases(), stores.caseQueries(), failing, stores.media()));
        SelfInspections self = world.selfInspections();
        self.savePlan(enterpriseOf(UNIT), monthly(PLAN, UNIT), 0);
        SelfCheckRunId id = SelfCheckRunId.of("R-crash");
        failing.failNextEntry.set(true);
        assertThatThrownBy(() ->
                        self.submit(enterpriseOf(UNIT), id, PLAN, answers("M01", "M02"), goodReports("M01", "M02")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(world.allCases()).hasSize(2); // the second case is made, its recording failed
        assertThat(self.run(enterpriseOf(UNIT), id).state()).isEqualTo(RunState.SUBMITTED);

        SelfCheckRun run = self.submit(enterpriseOf(UNIT), id, PLAN, answers("M01", "M02"), goodReports("M01", "M02"));
        SelfCheckRun again =
                self.submit(enterpriseOf(UNIT), id, PLAN, answers("M01", "M02"), goodReports("M01", "M02"));
        assertThat(again).isEqualTo(run);
        assertThat(run.state()).isEqualTo(RunState.REPORTED);
        List<Case> cases = world.allCases();
        assertThat(cases).hasSize(2).allMatch(c -> c.source() == CaseSource.ENTERPRISE_SELF_REPORT);
        assertThat(run.entries().stream().map(e -> e.caseId().orElseThrow()).toList())
                .containsExactlyInAnyOrderElementsOf(
                        cases.stream().map(Case::id).toList());
        assertThat(world.gridSafe().casework().casesFromOccurrence(enterpriseOf(UNIT), SelfInspections.originOf(id)))
                .hasSize(2);
    }

    /** A store that fails the next ledger entry's recording once, after its case was made. */
    private static final class FailingOnce implements SelfCheckStore {
        private final SelfCheckStore inner;
        final AtomicBoolean failNextEntry = new AtomicBoolean();

        FailingOnce(SelfCheckStore inner) {
            this.inner = inner;
        }

        @Override
        public void append(SelfCheckDecision decision) {
            if (decision.events().get(0).event() instanceof SelfCheckEvent.EntryReported
                    && decision.run().version() == 3
                    && failNextEntry.getAndSet(false)) {
                throw new StoreUnavailableException("the store went away", null, true);
            }
            inner.append(decision);
        }

        @Override
        public Optional<SelfCheckPlanRecord> findPlan(SelfCheckPlanId id) {
            return inner.findPlan(id);
        }

        @Override
        public List<SelfCheckPlanRecord> plansOf(EntityId entity) {
            return inner.plansOf(entity);
        }

        @Override
        public List<EntityId> entitiesWithPlans() {
            return inner.entitiesWithPlans();
        }

        @Override
        public void savePlan(SelfCheckPlanRecord plan) {
            inner.savePlan(plan);
        }

        @Override
        public Optional<SelfCheckRun> find(SelfCheckRunId id) {
            return inner.find(id);
        }

        @Override
        public List<RecordedSelfCheckEvent> history(SelfCheckRunId id) {
            return inner.history(id);
        }

        @Override
        public List<SelfCheckRun> runsOf(EntityId entity) {
            return inner.runsOf(entity);
        }

        @Override
        public Optional<StatisticsReturn> findReturn(EntityId entity, ReturnPeriod period) {
            return inner.findReturn(entity, period);
        }

        @Override
        public List<StatisticsReturn> returnsOf(EntityId entity) {
            return inner.returnsOf(entity);
        }

        @Override
        public void fileReturn(StatisticsReturn filing) {
            inner.fileReturn(filing);
        }
    }
}
