package org.gridsafe.patrol;

import java.util.List;
import java.util.Objects;

/**
 * A proposed patrol plan for one period: the visits per entity and the shortfall per grid.
 *
 * @param period the period planned
 * @param rules the conversion of staff time used
 * @param visits every entity's visits, by pool grid and then the order they were planned in
 * @param grids every pool grid's balance, in grid order
 */
public record PlanProposal(
        PatrolPeriod period, PlanningRules rules, List<PlannedVisits> visits, List<GridShortfall> grids) {

    public PlanProposal {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rules, "rules");
        visits = List.copyOf(visits);
        grids = List.copyOf(grids);
    }

    /**
     * A digest of what the proposal plans (SHA-256, hex, over the period and each entity's pool and visits
     * in order): the same for the same plan, so an acceptance can tell that the plan it accepts is the one
     * proposed.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(period.key())
                .append('|')
                .append(period.start())
                .append('|')
                .append(period.end());
        for (PlannedVisits v : visits) {
            text.append('\n')
                    .append(v.demand().entityId())
                    .append('|')
                    .append(v.demand().pool().value())
                    .append('|')
                    .append(v.visits());
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The floor visits left unmet in every grid. */
    public int shortVisits() {
        return grids.stream().mapToInt(GridShortfall::shortVisits).sum();
    }
}
