package org.gridsafe;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.port.PatrolStatisticsQueries;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.PatrolRankingWeights;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.RankedPatrol;
import org.gridsafe.stats.StaffMember;

/**
 * Patrol indicators and rankings for command centers (巡查统计): {@link PatrolIndicators} of a grid
 * subtree and period, and grids (a grid's children, or every grid of a level) and staff members ranked by
 * them under configured weights.
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
    private final PatrolRankingWeights staffWeights;

    private PatrolStatistics(Builder b) {
        this.gridSafe = b.gridSafe;
        this.zone = b.zone;
        this.weights = b.weights;
        this.staffWeights = b.staffWeights;
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

    /** The weights grid rankings score by. */
    public PatrolRankingWeights weights() {
        return weights;
    }

    /** The weights staff rankings score by. */
    public PatrolRankingWeights staffWeights() {
        return staffWeights;
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
        return rank(gridSafe.directory().grids().children(parent), period, asOf);
    }

    /** As {@link #rankGrids(Optional, GridLevel, Period, Instant)} for the grid {@code actor} may read. */
    public List<RankedPatrol<Grid>> rankGrids(
            Actor actor, Optional<GridCode> within, GridLevel level, Period period, Instant asOf) {
        return rankGrids(scopeFor(actor, within), level, period, asOf);
    }

    /**
     * Every grid of {@code level} in {@code within}'s subtree (empty: the whole district), each with its
     * subtree's patrol indicators, best first: the streets of a district, or every community of it, not only
     * a grid's direct children. {@code within} itself is ranked when it is of {@code level}.
     */
    public List<RankedPatrol<Grid>> rankGrids(Optional<GridCode> within, GridLevel level, Period period, Instant asOf) {
        Objects.requireNonNull(level, "level");
        GridTree tree = gridSafe.directory().grids();
        List<Grid> grids = within.map(w -> tree.subtree(w).toList()).orElseGet(() -> List.copyOf(tree.grids()));
        return rank(grids.stream().filter(g -> g.level() == level).toList(), period, asOf);
    }

    /** As {@link #rankStaff(Optional, Period, Instant)} for the grid {@code actor} may read. */
    public List<RankedPatrol<StaffMember>> rankStaff(
            Actor actor, Optional<GridCode> grid, Period period, Instant asOf) {
        return rankStaff(scopeFor(actor, grid), period, asOf);
    }

    /**
     * The staff members of {@code grid}'s subtree (empty: everywhere), each with their own patrol indicators
     * there ({@link PatrolIndicators#byStaff}), best first by the staff weights; ties by person id. Ranked
     * are those the directory assigns to a grid of the subtree (with nothing counted when they have no
     * figures) and anyone with figures in it.
     */
    public List<RankedPatrol<StaffMember>> rankStaff(Optional<GridCode> grid, Period period, Instant asOf) {
        Objects.requireNonNull(grid, "grid");
        SortedMap<String, PatrolIndicators> figures = queries.staffIndicators(grid, period, asOf, zone);
        GridTree tree = gridSafe.directory().grids();
        List<Grid> grids = grid.map(g -> tree.subtree(g).toList()).orElseGet(() -> List.copyOf(tree.grids()));
        // Names from every grid (a person may work in several); the staff from the subtree's grids.
        Map<String, String> names = new TreeMap<>();
        for (Grid g : tree.grids()) {
            for (StaffAssignment a : g.staff()) {
                names.putIfAbsent(a.personId(), a.displayName());
            }
        }
        SortedSet<String> staff = new TreeSet<>(figures.keySet());
        for (Grid g : grids) {
            for (StaffAssignment a : g.staff()) {
                staff.add(a.personId());
            }
        }
        List<PatrolIndicators> cohort = new ArrayList<>();
        for (String id : staff) {
            cohort.add(figures.getOrDefault(id, PatrolIndicators.none()));
        }
        List<Double> scores = staffWeights.scores(cohort);
        List<RankedPatrol<StaffMember>> ranked = new ArrayList<>();
        int n = 0;
        for (String id : staff) {
            ranked.add(new RankedPatrol<>(
                    new StaffMember(id, Optional.ofNullable(names.get(id))), cohort.get(n), scores.get(n)));
            n++;
        }
        return RankedPatrol.best(ranked, StaffMember::id);
    }

    private List<RankedPatrol<Grid>> rank(List<Grid> grids, Period period, Instant asOf) {
        List<PatrolIndicators> cohort = new ArrayList<>();
        for (Grid g : grids) {
            cohort.add(indicators(Optional.of(g.code()), period, asOf));
        }
        List<Double> scores = weights.scores(cohort);
        List<RankedPatrol<Grid>> ranked = new ArrayList<>();
        for (int n = 0; n < grids.size(); n++) {
            ranked.add(new RankedPatrol<>(grids.get(n), cohort.get(n), scores.get(n)));
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
        private PatrolRankingWeights staffWeights = PatrolRankingWeights.staffStandard();

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

        /** The grid ranking weights; {@link PatrolRankingWeights#standard()} unless given. */
        public Builder weights(PatrolRankingWeights value) {
            weights = Objects.requireNonNull(value, "weights");
            return this;
        }

        /** The staff ranking weights; {@link PatrolRankingWeights#staffStandard()} unless given. */
        public Builder staffWeights(PatrolRankingWeights value) {
            staffWeights = Objects.requireNonNull(value, "staffWeights");
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
