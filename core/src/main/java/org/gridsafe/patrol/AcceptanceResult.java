package org.gridsafe.patrol;

import java.util.List;
import java.util.Objects;
import org.gridsafe.registry.EntityId;

/**
 * What accepting a plan proposal did.
 *
 * @param acceptance the acceptance as stored (the first one, when the same proposal was accepted before)
 * @param proposal the proposal derived again from the acceptance's inputs
 * @param created the occurrences this call scheduled
 * @param existing the occurrences an earlier acceptance of the same proposal had scheduled already
 * @param unassigned the entities with visits whose grid has nobody in the patrolling role
 * @param first whether this call stored the acceptance (false: the same proposal was accepted before)
 */
public record AcceptanceResult(
        ProposalAcceptance acceptance,
        PlanProposal proposal,
        List<OccurrenceId> created,
        List<OccurrenceId> existing,
        List<EntityId> unassigned,
        boolean first) {

    public AcceptanceResult {
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(proposal, "proposal");
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        unassigned = List.copyOf(unassigned);
    }
}
