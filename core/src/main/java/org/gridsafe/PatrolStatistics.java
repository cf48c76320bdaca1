package org.gridsafe;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.PatrolStatisticsQueries;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.PatrolRankingWeights;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.RankedPatrol;

/**
 * Patrol indicators and rankings for command centers (巡查统计): {@link PatrolIndicators} of a grid
 * subtree and period, and the children of a grid ranked by them under configured weights.
 *
 * <p>The methods taking an {@link Actor} decide {@link Action#READ_STATISTICS} over the grid first.
 * Patrols are the grids' work, not a department's, so an actor whose statistics reach only a department
 * (a department officer) is refused (rule {@code patrol-statistics-for-command-centers}).
 *
 * <pre>{@code
 * PatrolStatistics patrolStats = PatrolStatistics.builder().gridSafe(gridSafe).store(patrolStore).build();
 * PatrolIndicators month = patrolStats.indicators(actor, Optional.of(street), november, now);
 * }</pre>
 */
public final class PatrolStatistics {

    /** The rule refusing actors whose statistics reach a department only. */
    public static final String GRIDS_ONLY = "patrol-statistics-for-command-centers";

    private final GridSafe gridSafe;
    private final PatrolStatisticsQueries queries;
    private final ZoneId zone;
    private final PatrolRankingWeights weights;

    private PatrolStatistics(Builder b) {
        this.gridSafe = b.gridSafe;
        this.zone = b.zone;
        this.weights = b.weights;
        this.queries = b.queries != null
                ? b.queries
                : new ScanningPatrolStatistics(b.store, b.tracks, gridSafe.caseQueries(), gridSafe.directory());
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The zone periods' days are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /** The weights rankings score by. */
    public PatrolRankingWeights weights() {
        return weights;
    }

    /**
     * The grid {@code actor} gets for {@code requested}: checked, and when none is named its home grid
     * (a command center) or everywhere (the system).
     */
    public Optional<GridCode> scopeFor(Actor actor, Optional<GridCode> requested) {
        AccessPolicy access = gridSafe.accessPolicy();
        AccessDecision decision = access.decide(
                actor, Action.READ_STATISTICS, requested.map(ScopeFacts::within).orElse(ScopeFacts.everything()));
        if (!decision.allowed()) {
            throw denied(decision.explanation(), decision.rule());
        }
        ScopeFacts reach = access.scopeOf(actor, Action.READ_STATISTICS);
        if (reach.department().isPresent()) {
            throw denied(
                    "patrol indicators are the grids' figures: for command centers over their subtree, not for"
                            + " a department",
                    GRIDS_ONLY);
        }
        return requested.isPresent() ? requested : reach.grid();
    }

    /** As {@link #indicators(Optional, Period, Instant)} for the grid {@code actor} may read. */
    public PatrolIndicators indicators(Actor actor, Optional<GridCode> grid, Period period, Instant asOf) {
        return indicators(scopeFor(actor, grid), period, asOf);
    }

    /** The patrol indicators of {@code grid}'s subtree (empty: everywhere) over {@code period} at {@code asOf}. */
    public PatrolIndicators indicators(Optional<GridCode> grid, Period period, Instant asOf) {
        Objects.requireNonNull(grid, "grid");
        return queries.patrolIndicators(grid, period, asOf, zone);
    }

    /** As {@link #rankChildGrids(GridCode, Period, Instant)} after checking {@code actor} may read {@code parent}. */
    public List<RankedPatrol<Grid>> rankChildGrids(Actor actor, GridCode parent, Period period, Instant asOf) {
        scopeFor(actor, Optional.of(parent));
        return rankChildGrids(parent, period, asOf);
    }

    /**
     * The children of {@code parent} (streets of a district, communities of a street, ...), each with its
     * subtree's patrol indicators, best first by the weighted score ({@link RankedPatrol#best}).
     */
    public List<RankedPatrol<Grid>> rankChildGrids(GridCode parent, Period period, Instant asOf) {
        List<RankedPatrol<Grid>> ranked = new ArrayList<>();
        for (Grid child : gridSafe.directory().grids().children(parent)) {
            PatrolIndicators i = indicators(Optional.of(child.code()), period, asOf);
            ranked.add(new RankedPatrol<>(child, i, weights.score(i)));
        }
        return RankedPatrol.best(ranked, g -> g.code().value());
    }

    private static CaseworkException denied(String message, String rule) {
        return CaseworkException.of(
                new Rejection(RejectionReason.ACCESS_DENIED, message, List.of(), Optional.of(rule)));
    }

    /** Configures a {@link PatrolStatistics}. */
    public static final class Builder {
        private GridSafe gridSafe;
        private PatrolStore store;
        private PatrolTrackStore tracks = new org.gridsafe.memory.InMemoryPatrolTrackStore();
        private PatrolStatisticsQueries queries;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private PatrolRankingWeights weights = PatrolRankingWeights.standard();

        private Builder() {}

        /** The cases, directory and access policy. */
        public Builder gridSafe(GridSafe value) {
            gridSafe = Objects.requireNonNull(value, "gridSafe");
            return this;
        }

        /** Where occurrences are kept (give the patrols' store); not needed with {@link #queries}. */
        public Builder store(PatrolStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** Where track days are kept (give the patrols' track store); in memory unless given. */
        public Builder tracks(PatrolTrackStore value) {
            tracks = Objects.requireNonNull(value, "tracks");
            return this;
        }

        /** Indicators computed by the store (a database's SQL); without it they are scanned from the stores. */
        public Builder queries(PatrolStatisticsQueries value) {
            queries = Objects.requireNonNull(value, "queries");
            return this;
        }

        /** The zone of track days; Asia/Shanghai unless given (the project's own default, as for patrols). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The ranking weights; {@link PatrolRankingWeights#standard()} unless given. */
        public Builder weights(PatrolRankingWeights value) {
            weights = Objects.requireNonNull(value, "weights");
            return this;
        }

        /** The service. */
        public PatrolStatistics build() {
            Objects.requireNonNull(gridSafe, "gridSafe");
            if (queries == null) {
                Objects.requireNonNull(store, "store (or queries)");
            }
            return new PatrolStatistics(this);
        }
    }
}
