package org.gridsafe.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.RecordedSelfCheckEvent;
import org.gridsafe.selfcheck.ReturnAlreadyFiledException;
import org.gridsafe.selfcheck.RunAlreadyExistsException;
import org.gridsafe.selfcheck.SelfCheckDecision;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;
import org.gridsafe.selfcheck.StatisticsReturn;

/** Self-inspections in memory, every write under one lock. */
public final class InMemorySelfCheckStore implements SelfCheckStore {

    private final TreeMap<SelfCheckPlanId, SelfCheckPlanRecord> plans = new TreeMap<>();
    private final TreeMap<SelfCheckRunId, List<RecordedSelfCheckEvent>> histories = new TreeMap<>();
    private final TreeMap<SelfCheckRunId, SelfCheckRun> runs = new TreeMap<>();
    private final Map<String, StatisticsReturn> returns = new TreeMap<>();

    @Override
    public synchronized Optional<SelfCheckPlanRecord> findPlan(SelfCheckPlanId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized List<SelfCheckPlanRecord> plansOf(EntityId entity) {
        return plans.values().stream()
                .filter(p -> p.plan().entity().equals(entity))
                .toList();
    }

    @Override
    public synchronized List<EntityId> entitiesWithPlans() {
        return plans.values().stream()
                .map(p -> p.plan().entity())
                .distinct()
                .sorted(Comparator.comparing(EntityId::value))
                .toList();
    }

    @Override
    public synchronized void savePlan(SelfCheckPlanRecord plan) {
        long held = Optional.ofNullable(plans.get(plan.plan().id()))
                .map(SelfCheckPlanRecord::version)
                .orElse(0L);
        if (held != plan.version() - 1) {
            throw new SelfCheckVersionConflictException("plan " + plan.plan().id() + " is at version " + held + ", not "
                    + (plan.version() - 1) + "; reload it and save again");
        }
        plans.put(plan.plan().id(), plan);
    }

    @Override
    public synchronized Optional<SelfCheckRun> find(SelfCheckRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<RecordedSelfCheckEvent> history(SelfCheckRunId id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void append(SelfCheckDecision decision) {
        SelfCheckRunId id = decision.run().id();
        SelfCheckRun held = runs.get(id);
        if (decision.expectedVersion() == 0 && held != null) {
            throw new RunAlreadyExistsException("run " + id + " is submitted already");
        }
        long version = held == null ? 0 : held.version();
        if (version != decision.expectedVersion()) {
            throw new SelfCheckVersionConflictException(
                    "run " + id + " is at version " + version + ", not " + decision.expectedVersion());
        }
        histories.computeIfAbsent(id, k -> new ArrayList<>()).addAll(decision.events());
        runs.put(id, decision.run());
    }

    @Override
    public synchronized List<SelfCheckRun> runsOf(EntityId entity) {
        return runs.values().stream()
                .filter(r -> r.submitted().entity().equals(entity))
                .sorted(Comparator.comparing(SelfCheckRun::submittedAt)
                        .reversed()
                        .thenComparing(SelfCheckRun::id))
                .toList();
    }

    @Override
    public synchronized Optional<StatisticsReturn> findReturn(EntityId entity, ReturnPeriod period) {
        return Optional.ofNullable(returns.get(key(entity, period)));
    }

    @Override
    public synchronized List<StatisticsReturn> returnsOf(EntityId entity) {
        return returns.values().stream()
                .filter(r -> r.entity().equals(entity))
                .sorted(Comparator.comparing(StatisticsReturn::period))
                .toList();
    }

    @Override
    public synchronized void fileReturn(StatisticsReturn filing) {
        String key = key(filing.entity(), filing.period());
        if (returns.containsKey(key)) {
            throw new ReturnAlreadyFiledException(
                    "the return of " + filing.entity() + " for " + filing.period() + " is filed already");
        }
        returns.put(key, filing);
    }

    private static String key(EntityId entity, ReturnPeriod period) {
        return entity.value() + "|" + period;
    }
}
