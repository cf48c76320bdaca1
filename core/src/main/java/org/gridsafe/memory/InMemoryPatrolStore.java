package org.gridsafe.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.patrol.OccurrenceAlreadyExistsException;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PatrolVersionConflictException;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.port.PatrolStore;

/** Patrol plans and occurrences in memory; thread-safe (one lock), lost on restart. */
public final class InMemoryPatrolStore implements PatrolStore {

    private final Map<PatrolPlanId, PlanRecord> plans = new TreeMap<>();
    private final Map<OccurrenceId, PatrolOccurrence> occurrences = new TreeMap<>();
    private final Map<OccurrenceId, List<RecordedPatrolEvent>> histories = new TreeMap<>();
    private final Map<String, ProposalAcceptance> acceptances = new TreeMap<>();

    @Override
    public synchronized Optional<PlanRecord> findPlan(PatrolPlanId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized List<PlanRecord> plans() {
        return List.copyOf(plans.values());
    }

    @Override
    public synchronized void savePlan(PlanRecord plan) {
        long held = Optional.ofNullable(plans.get(plan.plan().id()))
                .map(PlanRecord::version)
                .orElse(0L);
        if (held != plan.version() - 1) {
            throw new PatrolVersionConflictException("plan " + plan.plan().id() + " is at version " + held + ", not "
                    + (plan.version() - 1) + "; reload it and save again");
        }
        plans.put(plan.plan().id(), plan);
    }

    @Override
    public synchronized Optional<PatrolOccurrence> find(OccurrenceId id) {
        return Optional.ofNullable(occurrences.get(id));
    }

    @Override
    public synchronized List<RecordedPatrolEvent> history(OccurrenceId id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void append(PatrolDecision decision) {
        OccurrenceId id = decision.occurrence().id();
        PatrolOccurrence held = occurrences.get(id);
        if (decision.expectedVersion() == 0 && held != null) {
            throw new OccurrenceAlreadyExistsException("occurrence " + id + " is scheduled already");
        }
        long version = held == null ? 0 : held.version();
        if (version != decision.expectedVersion()) {
            throw new PatrolVersionConflictException("occurrence " + id + " is no longer at version "
                    + decision.expectedVersion() + "; another change came first");
        }
        occurrences.put(id, decision.occurrence());
        histories.computeIfAbsent(id, k -> new ArrayList<>()).addAll(decision.events());
    }

    @Override
    public synchronized Optional<ProposalAcceptance> findAcceptance(String id) {
        return Optional.ofNullable(acceptances.get(id));
    }

    @Override
    public synchronized ProposalAcceptance saveAcceptance(ProposalAcceptance acceptance) {
        return acceptances.computeIfAbsent(acceptance.id(), k -> acceptance);
    }

    @Override
    public synchronized List<PatrolOccurrence> search(PatrolQuery query) {
        return occurrences.values().stream()
                .filter(query::matches)
                .limit(query.limit())
                .toList();
    }
}
