package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
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
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.gridsafe.stats.MajorHazardReturnStatus;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.ReturnAlreadyFiledException;

/**
 * The major-hazard statistical returns (重大事故隐患统计) of a district or street: their figures for a
 * quarter or year ({@link org.gridsafe.stats.MajorHazardStatistics}), their filing (报送) and their
 * due days (原国家安全监管总局令第16号 art. 14, {@link ReturnPeriod}). Every method decides
 * {@link Action#MAJOR_HAZARD_RETURNS} over the return's grid first: command centers, inside their
 * home grid's subtree. Days are the district's ({@code WorkCalendar.zone()}).
 *
 * <pre>{@code
 * MajorHazardReturns returns = gridSafe.majorHazardReturns();
 * MajorHazardReturn q3 = returns.file(streetCenter, streetCode, ReturnPeriod.parse("2026-Q3"), "王主任", Optional.empty());
 * }</pre>
 */
public final class MajorHazardReturns {

    /** The signer's name, at most this long (a person's name with room for a title). */
    public static final int SIGNER = 100;

    private final CaseStatisticsQueries queries;
    private final GridDirectory directory;
    private final AccessPolicy access;
    private final MajorHazardReturnStore store;
    private final Clock clock;

    MajorHazardReturns(
            CaseStatisticsQueries queries,
            GridDirectory directory,
            AccessPolicy access,
            MajorHazardReturnStore store,
            Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    /** The figures of {@code scope}'s subtree over {@code period} as the cases stand now (the return before it is filed). */
    public MajorHazardFigures figures(Actor actor, GridCode scope, ReturnPeriod period) {
        return figures(actor, scope, period, clock.instant());
    }

    /** The figures of {@code scope}'s subtree over {@code period} as the cases stand at {@code asOf}. */
    public MajorHazardFigures figures(Actor actor, GridCode scope, ReturnPeriod period, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        check(actor, scope);
        gridOf(scope);
        return count(scope, period, asOf);
    }

    /** Where the return of {@code period} for {@code scope} stands today, with the filed return if any. */
    public MajorHazardReturnStatus status(Actor actor, GridCode scope, ReturnPeriod period) {
        check(actor, scope);
        gridOf(scope);
        return MajorHazardReturnStatus.of(scope, period, store.find(scope, period), today());
    }

    /**
     * The four quarters of {@code year} and the year itself, each with its due day and status today
     * (not due yet, due, overdue, filed on time, filed late).
     */
    public List<MajorHazardReturnStatus> periods(Actor actor, GridCode scope, Year year) {
        check(actor, scope);
        gridOf(scope);
        LocalDate today = today();
        List<MajorHazardReturn> filed = store.filed(scope);
        List<MajorHazardReturnStatus> rows = new ArrayList<>();
        List<ReturnPeriod> periods = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            periods.add(ReturnPeriod.quarter(year.getValue(), q));
        }
        periods.add(ReturnPeriod.year(year.getValue()));
        for (ReturnPeriod p : periods) {
            Optional<MajorHazardReturn> f =
                    filed.stream().filter(r -> r.period().equals(p)).findFirst();
            rows.add(MajorHazardReturnStatus.of(scope, p, f, today));
        }
        return List.copyOf(rows);
    }

    /**
     * Files the return of {@code period} for {@code scope} (the district or a street) with the figures
     * as they stand now, signed by {@code signer} (the command center's 主要负责人), on time when filed
     * by the due day. Refused: another return of the period and scope ({@link
     * ReturnAlreadyFiledException}; of racing filings exactly one is stored), a period that has not
     * ended, a scope below street level, a blank or long signer, a long note.
     */
    public MajorHazardReturn file(
            Actor actor, GridCode scope, ReturnPeriod period, String signer, Optional<String> note) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(note, "note");
        check(actor, scope);
        List<FieldError> errors = new ArrayList<>();
        Grid grid = gridOf(scope);
        if (grid.level() != GridLevel.DISTRICT && grid.level() != GridLevel.STREET) {
            errors.add(new FieldError(
                    "scope",
                    "grid " + scope.value() + " is a " + grid.level().enName()
                            + " grid; returns are filed for the district or a street"));
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone()).toLocalDate();
        if (today.isBefore(period.endExclusive())) {
            errors.add(new FieldError(
                    "period", period + " ends on " + period.endExclusive() + "; its return is filed from that day"));
        }
        String name = signer == null ? "" : signer.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("signer", "is required: the name of the command center's principal (主要负责人)"));
        } else if (name.length() > SIGNER) {
            errors.add(new FieldError("signer", "is longer than " + SIGNER + " characters"));
        }
        Optional<String> text = note.map(String::strip).filter(n -> !n.isEmpty());
        if (text.isPresent() && text.get().length() > InputLimits.NOTE) {
            errors.add(new FieldError("note", "is longer than " + InputLimits.NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("the major-hazard return is invalid: ");
            for (int i = 0; i < errors.size(); i++) {
                message.append(i == 0 ? "" : "; ").append(errors.get(i));
            }
            throw CaseworkException.of(
                    new Rejection(RejectionReason.INVALID_INPUT, message.toString(), errors, Optional.empty()));
        }
        if (store.find(scope, period).isPresent()) {
            throw new ReturnAlreadyFiledException(scope, period);
        }
        MajorHazardReturn filed = new MajorHazardReturn(
                scope, period, count(scope, period, now), now, name, text, actor.id(), now, !period.isLate(today));
        if (!store.file(filed)) {
            throw new ReturnAlreadyFiledException(scope, period);
        }
        return filed;
    }

    private MajorHazardFigures count(GridCode scope, ReturnPeriod period, Instant asOf) {
        ZoneId zone = zone();
        Period p = new Period(period.start(zone).toInstant(), period.end(zone).toInstant());
        return queries.majorHazardFigures(CaseScope.all().withinGrid(scope), p, zone, asOf);
    }

    private void check(Actor actor, GridCode scope) {
        Objects.requireNonNull(scope, "scope");
        AccessDecision decision = access.decide(actor, Action.MAJOR_HAZARD_RETURNS, ScopeFacts.within(scope));
        if (!decision.allowed()) {
            throw CaseworkException.of(new Rejection(
                    RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
        }
    }

    /** The grid, or a refusal on the field {@code scope}: nothing else can be checked without it. */
    private Grid gridOf(GridCode scope) {
        Optional<Grid> grid = directory.grids().find(scope);
        if (grid.isEmpty()) {
            FieldError error = new FieldError("scope", "no grid " + scope.value() + " in this district");
            throw CaseworkException.of(new Rejection(
                    RejectionReason.INVALID_INPUT,
                    "the major-hazard return is invalid: " + error,
                    List.of(error),
                    Optional.empty()));
        }
        return grid.get();
    }

    private ZoneId zone() {
        return directory.workCalendar().zone();
    }

    private LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }
}
