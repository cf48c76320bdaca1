package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.patrol.RecordedPatrolEvent;

/**
 * Where patrol plans, occurrences and their histories are kept. Every write is all or nothing and
 * guarded by the version the writer saw, so of two concurrent writers one wins and the other gets
 * {@link org.gridsafe.patrol.PatrolVersionConflictException}.
 */
public interface PatrolStore {

    /** The plan as last saved. */
    Optional<PlanRecord> findPlan(PatrolPlanId id);

    /** Every plan, in id order. */
    List<PlanRecord> plans();

    /**
     * Saves {@code plan} if it is still at {@code plan.version() - 1} (0: it does not exist yet).
     *
     * @throws org.gridsafe.patrol.PatrolVersionConflictException when another save came first
     */
    void savePlan(PlanRecord plan);

    /** The occurrence as it is now. */
    Optional<PatrolOccurrence> find(OccurrenceId id);

    /** Every version of the occurrence's history, oldest first; empty if there is no such occurrence. */
    List<RecordedPatrolEvent> history(OccurrenceId id);

    /**
     * Writes a decision if the occurrence is still at {@link PatrolDecision#expectedVersion()} (0: it
     * does not exist yet).
     *
     * @throws org.gridsafe.patrol.PatrolVersionConflictException when another writer got there first
     * @throws org.gridsafe.patrol.OccurrenceAlreadyExistsException when a scheduling's id is taken
     */
    void append(PatrolDecision decision);

    /** The acceptance of a plan proposal with this id ({@link ProposalAcceptance#idOf}). */
    Optional<ProposalAcceptance> findAcceptance(String id);

    /**
     * Stores {@code acceptance} unless one with its id is held already; either way answers the one held,
     * so of two concurrent acceptances one is kept and both callers see it.
     */
    ProposalAcceptance saveAcceptance(ProposalAcceptance acceptance);

    /** The occurrences {@code query} matches, in id order, at most {@code query.limit()}. */
    List<PatrolOccurrence> search(PatrolQuery query);

    /**
     * The store of track points and days kept beside these patrols, for a store that has one (the
     * JDBC store's, in the same database): {@code Patrols}' builder uses it when the host gives no
     * {@code tracks(...)}, so a host that wires a durable patrol store keeps tracks durably too.
     * Default: none (tracks in memory).
     */
    default Optional<PatrolTrackStore> trackStore() {
        return Optional.empty();
    }
}
