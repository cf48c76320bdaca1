package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.RecordedSelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckDecision;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.StatisticsReturn;

/**
 * Where enterprises' self-inspection plans, runs (with their histories) and statistical returns are
 * kept. Every write is all or nothing and guarded by the version the writer saw, so of two concurrent
 * writers one wins and the other gets {@link org.gridsafe.selfcheck.SelfCheckVersionConflictException}.
 */
public interface SelfCheckStore {

    /** The plan as last saved. */
    Optional<SelfCheckPlanRecord> findPlan(SelfCheckPlanId id);

    /** The plans of {@code entity}, in id order. */
    List<SelfCheckPlanRecord> plansOf(EntityId entity);

    /** Every entity with at least one plan, in id order. */
    List<EntityId> entitiesWithPlans();

    /**
     * Saves {@code plan} if it is still at {@code plan.version() - 1} (0: it does not exist yet).
     *
     * @throws org.gridsafe.selfcheck.SelfCheckVersionConflictException when another save came first
     */
    void savePlan(SelfCheckPlanRecord plan);

    /** The run as it is now. */
    Optional<SelfCheckRun> find(SelfCheckRunId id);

    /** Every version of the run's history, oldest first; empty if there is no such run. */
    List<RecordedSelfCheckEvent> history(SelfCheckRunId id);

    /**
     * Writes a decision if the run is still at {@link SelfCheckDecision#expectedVersion()} (0: it does
     * not exist yet).
     *
     * @throws org.gridsafe.selfcheck.SelfCheckVersionConflictException when another writer got there first
     * @throws org.gridsafe.selfcheck.RunAlreadyExistsException when a submission's id is taken
     */
    void append(SelfCheckDecision decision);

    /** The runs of {@code entity}, newest submission first (then by id). */
    List<SelfCheckRun> runsOf(EntityId entity);

    /** The return of {@code entity} for {@code period}. */
    Optional<StatisticsReturn> findReturn(EntityId entity, ReturnPeriod period);

    /** The returns of {@code entity}, by period. */
    List<StatisticsReturn> returnsOf(EntityId entity);

    /**
     * Keeps {@code filing} unless a return of its entity and period is held.
     *
     * @throws org.gridsafe.selfcheck.ReturnAlreadyFiledException when one is held
     */
    void fileReturn(StatisticsReturn filing);
}
