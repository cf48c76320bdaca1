package org.gridsafe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.InspectionStatisticsQueries;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.port.LicenceStatisticsQueries;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.port.SelfInspectionStatisticsQueries;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.FourDecreases;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.LicenceExpiryCounts;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.SelfInspectionIndicators;
import org.gridsafe.stats.TwoIncreases;

/**
 * Inspection indicators (行政检查指标), the 两升 and the self-inspection indicators for command centers:
 * {@link InspectionIndicators} of a grid subtree and period, {@link TwoIncreases} (on-site inspections,
 * penalties, hazards found, the rectification rate) compared 同比 and 环比, and {@link
 * SelfInspectionIndicators} (return submission, self-report quality, self-found against government-found),
 * and the licence expiry indicator {@link LicenceExpiryCounts} (证照到期).
 *
 * <p>The methods taking an {@link Actor} decide {@link Action#READ_STATISTICS} over the grid first. The
 * figures are a grid's (a district's or street's), so an actor whose statistics reach only a department
 * (a department officer) is refused (rule {@code inspection-statistics-for-command-centers}).
 *
 * <pre>{@code
 * InspectionStatistics s = InspectionStatistics.builder().gridSafe(gridSafe).store(inspectionStore).build();
 * InspectionIndicators month = s.indicators(actor, Optional.of(street), november);
 * }</pre>
 */
public final class InspectionStatistics {

    /** The rule refusing actors whose statistics reach a department only. */
    public static final String GRIDS_ONLY = "inspection-statistics-for-command-centers";

    private final GridSafe gridSafe;
    private final InspectionStatisticsQueries queries;
    private final SelfInspectionStatisticsQueries selfQueries;
    private final LicenceStatisticsQueries licenceQueries;
    private final ZoneId zone;

    private InspectionStatistics(Builder b) {
        this.gridSafe = b.gridSafe;
        this.zone = b.zone;
        this.queries = b.queries != null ? b.queries : new ScanningInspectionStatistics(b.store, b.entities);
        this.selfQueries = b.selfQueries != null
                ? b.selfQueries
                : b.selfChecks == null
                        ? null
                        : new ScanningSelfInspectionStatistics(b.selfChecks, b.entities, b.gridSafe.caseQueries());
        this.licenceQueries = b.licenceQueries != null
                ? b.licenceQueries
                : b.entities == null ? null : new ScanningLicenceStatistics(b.entities);
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The zone whose days the inspections' and documents' days are. */
    public ZoneId zone() {
        return zone;
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
                    "inspection indicators are a grid's figures: for command centers over their subtree, not for"
                            + " a department",
                    GRIDS_ONLY);
        }
        return requested.isPresent() ? requested : reach.grid();
    }

    /** As {@link #indicators(Optional, Period)} for the grid {@code actor} may read. */
    public InspectionIndicators indicators(Actor actor, Optional<GridCode> grid, Period period) {
        return indicators(scopeFor(actor, grid), period);
    }

    /** The inspection indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}. */
    public InspectionIndicators indicators(Optional<GridCode> grid, Period period) {
        Objects.requireNonNull(grid, "grid");
        return queries.inspectionIndicators(grid, period, zone);
    }

    /** As {@link #twoIncreases(Optional, Period, Instant)} for the grid {@code actor} may read. */
    public TwoIncreases twoIncreases(Actor actor, Optional<GridCode> grid, Period period, Instant asOf) {
        return twoIncreases(scopeFor(actor, grid), period, asOf);
    }

    /**
     * The 两升 of {@code grid}'s subtree over {@code period}: 同比 against {@link Period#sameTimeLastYear},
     * 环比 against {@link Period#previousIn}, the cases counted as they stand at {@code asOf}.
     */
    public TwoIncreases twoIncreases(Optional<GridCode> grid, Period period, Instant asOf) {
        Objects.requireNonNull(grid, "grid");
        Period lastYear = period.sameTimeLastYear(zone);
        Period before = period.previousIn(zone);
        TwoIncreases.Figures current = figures(grid, period, asOf);
        return new TwoIncreases(
                current,
                TwoIncreases.Comparison.of(
                        FourDecreases.Basis.YEAR_ON_YEAR, lastYear, current, figures(grid, lastYear, asOf)),
                TwoIncreases.Comparison.of(
                        FourDecreases.Basis.PERIOD_ON_PERIOD, before, current, figures(grid, before, asOf)));
    }

    /** As {@link #selfInspectionIndicators(Optional, Period)} for the grid {@code actor} may read. */
    public SelfInspectionIndicators selfInspectionIndicators(Actor actor, Optional<GridCode> grid, Period period) {
        return selfInspectionIndicators(scopeFor(actor, grid), period);
    }

    /**
     * The self-inspection indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}.
     *
     * @throws IllegalStateException when the service was built without self-inspections
     */
    public SelfInspectionIndicators selfInspectionIndicators(Optional<GridCode> grid, Period period) {
        Objects.requireNonNull(grid, "grid");
        if (selfQueries == null) {
            throw new IllegalStateException("built without self-inspections (selfChecks or selfInspectionQueries)");
        }
        return selfQueries.selfInspectionIndicators(grid, period, zone);
    }

    /** Whether self-inspection indicators are served (a self-check store or queries were given). */
    public boolean hasSelfInspections() {
        return selfQueries != null;
    }

    /**
     * As {@link #licenceExpiries(Optional, LocalDate, java.time.Period)} for the grid {@code actor} may read.
     */
    public LicenceExpiryCounts licenceExpiries(
            Actor actor, Optional<GridCode> grid, LocalDate asOf, java.time.Period window) {
        return licenceExpiries(scopeFor(actor, grid), asOf, window);
    }

    /**
     * The licences of {@code grid}'s subtree (empty: everywhere) expired on {@code asOf} or expiring within
     * {@code window} of it ({@link org.gridsafe.entity.Licence#DEFAULT_EXPIRY_WARNING} is the usual one).
     *
     * @throws org.gridsafe.entity.InvalidEntityValueException naming {@code window} if it is negative
     * @throws IllegalStateException when the service was built without entities or licence queries
     */
    public LicenceExpiryCounts licenceExpiries(Optional<GridCode> grid, LocalDate asOf, java.time.Period window) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new org.gridsafe.entity.InvalidEntityValueException("window", "must not be negative; got " + window);
        }
        if (licenceQueries == null) {
            throw new IllegalStateException("built without entities or licenceQueries");
        }
        return licenceQueries.licenceExpiries(grid, asOf, window);
    }

    /** Whether the licence expiry indicator is served (entities or licence queries were given). */
    public boolean hasLicences() {
        return licenceQueries != null;
    }

    private TwoIncreases.Figures figures(Optional<GridCode> grid, Period period, Instant asOf) {
        CaseScope scope = grid.map(g -> CaseScope.all().withinGrid(g)).orElse(CaseScope.all());
        CaseIndicators cases = gridSafe.statistics().indicators(scope, period, asOf);
        return TwoIncreases.Figures.of(indicators(grid, period), cases);
    }

    private static CaseworkException denied(String message, String rule) {
        return CaseworkException.of(
                new Rejection(RejectionReason.ACCESS_DENIED, message, List.of(), Optional.of(rule)));
    }

    /** Configures an {@link InspectionStatistics}. */
    public static final class Builder {
        private GridSafe gridSafe;
        private InspectionStore store;
        private EntityRegistry entities;
        private InspectionStatisticsQueries queries;
        private SelfCheckStore selfChecks;
        private SelfInspectionStatisticsQueries selfQueries;
        private LicenceStatisticsQueries licenceQueries;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");

        private Builder() {}

        /** The cases, directory and access policy. */
        public Builder gridSafe(GridSafe value) {
            gridSafe = Objects.requireNonNull(value, "gridSafe");
            return this;
        }

        /** Where inspections are kept (give the inspections' store); not needed with {@link #queries}. */
        public Builder store(InspectionStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** Where entities are kept (for the focus enterprises); not needed with {@link #queries}. */
        public Builder entities(EntityRegistry value) {
            entities = Objects.requireNonNull(value, "entities");
            return this;
        }

        /** Indicators computed by the store (a database's SQL); without it they are scanned from the stores. */
        public Builder queries(InspectionStatisticsQueries value) {
            queries = Objects.requireNonNull(value, "queries");
            return this;
        }

        /** Where self-inspection plans and returns are kept, for the self-inspection indicators (scanned). */
        public Builder selfChecks(SelfCheckStore value) {
            selfChecks = Objects.requireNonNull(value, "selfChecks");
            return this;
        }

        /** Self-inspection indicators computed by the store (a database's SQL). */
        public Builder selfInspectionQueries(SelfInspectionStatisticsQueries value) {
            selfQueries = Objects.requireNonNull(value, "selfInspectionQueries");
            return this;
        }

        /** The licence expiry indicator computed by the store (a database's SQL); without it the entities are scanned. */
        public Builder licenceQueries(LicenceStatisticsQueries value) {
            licenceQueries = Objects.requireNonNull(value, "licenceQueries");
            return this;
        }

        /** The zone of the days; Asia/Shanghai unless given (the project's own default, as for inspections). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The service. */
        public InspectionStatistics build() {
            Objects.requireNonNull(gridSafe, "gridSafe");
            if (queries == null || (selfChecks != null && selfQueries == null)) {
                Objects.requireNonNull(store, "store (or queries)");
                Objects.requireNonNull(entities, "entities (or queries)");
            }
            return new InspectionStatistics(this);
        }
    }
}
