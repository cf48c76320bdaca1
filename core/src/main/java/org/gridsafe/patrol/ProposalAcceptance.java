package org.gridsafe.patrol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;

/**
 * A command center's acceptance of a plan proposal (采纳巡查计划建议): the proposal's inputs, kept so it can be
 * derived again, who accepted it and when, the fingerprint of the proposal accepted, and the occurrences it
 * stands for. One acceptance per grid subtree and period: its id is derived from both.
 *
 * @param id the grid and the period's key, e.g. {@code 430105001-2026-Q4}
 * @param request what was proposed: the subtree, period, capacities, caps and risk floors and targets
 * @param checklist the checklist of visits to entities that no saved plan covers (their plan's otherwise)
 * @param patrolRole the grid role who patrols those entities (their plan's role otherwise)
 * @param fingerprint {@link PlanProposal#fingerprint()} of the proposal accepted
 * @param acceptedBy the accepting actor's id
 * @param acceptedAt when
 * @param occurrences the occurrences the accepted visits are, in the order they were planned
 */
public record ProposalAcceptance(
        String id,
        PlanRequest request,
        Optional<ChecklistRef> checklist,
        GridRole patrolRole,
        String fingerprint,
        String acceptedBy,
        Instant acceptedAt,
        List<OccurrenceId> occurrences) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,55}");

    public ProposalAcceptance {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidPatrolException("id", "must be 1-55 letters, digits, '.', '-' or '_'; got " + id);
        }
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(patrolRole, "patrolRole");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        occurrences = List.copyOf(occurrences);
    }

    /** The id of the acceptance of a proposal for {@code grid}'s subtree in {@code period}. */
    public static String idOf(GridCode grid, PatrolPeriod period) {
        return grid.value() + "-" + period.key();
    }

    /** The plan id its occurrences carry ({@code proposal-<id>}): no saved plan has it. */
    public PatrolPlanId planId() {
        return planIdOf(id);
    }

    /** The plan id the occurrences of acceptance {@code id} carry. */
    public static PatrolPlanId planIdOf(String id) {
        return PatrolPlanId.of("proposal-" + id);
    }

    /** Whether {@code other} accepts the same inputs (who and when aside). */
    public boolean sameInputs(ProposalAcceptance other) {
        // The day only picks the period, which is part of the id.
        PlanRequest o = other.request;
        return request.grid().equals(o.grid())
                && request.period() == o.period()
                && request.capacity().equals(o.capacity())
                && request.caps().equals(o.caps())
                && request.riskFloors().equals(o.riskFloors())
                && request.riskTargets().equals(o.riskTargets())
                && checklist.equals(other.checklist)
                && patrolRole == other.patrolRole;
    }
}
