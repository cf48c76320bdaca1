package org.gridsafe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.notice.NoticeFacts;
import org.gridsafe.notice.NoticeKind;
import org.gridsafe.notice.NoticeSweep;
import org.gridsafe.notice.NoticeTemplates;
import org.gridsafe.port.DistrictNoticeStore;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.port.Notifier;
import org.gridsafe.stats.MajorHazardReturnStatus;

/**
 * District notices (区级提醒): warnings that concern no case, raised by a daily {@link #sweep} and
 * delivered at least once through the {@link Notifier}'s {@code deliverNotice}. The sweep raises
 *
 * <ul>
 *   <li>{@link NoticeKind#CALENDAR_COVERAGE_ENDING} to the district command center each day from 1
 *       November of the last year the work calendar covers ({@link #CALENDAR_AHEAD}) until next
 *       year's notice is loaded;
 *   <li>{@link NoticeKind#MAJOR_HAZARD_RETURN_OVERDUE} to the district's or a street's command
 *       center each day one of its major-hazard returns is overdue ({@link ReturnPeriod#dueDate}),
 *       for returns due within the last year ({@link #OVERDUE_LOOKBACK}).
 * </ul>
 *
 * Each notice's key is kind/scope/period/day, so a sweep run again the same day raises nothing
 * twice. Each goes to the scope grid's command center and names the person who answers first for
 * it (the lowest held rung of its responsibility chain, else of the nearest grid above, as
 * escalation finds a command center's person). Days are the district's ({@code WorkCalendar.zone()}).
 *
 * <pre>{@code
 * NoticeSweep today = gridSafe.districtNotices().sweep(clock.instant()); // daily, by the host's scheduler
 * }</pre>
 */
public final class DistrictNotices {

    /**
     * How far ahead of the end of the calendar's coverage the warning starts: two months, so from 1
     * November. Our reading of practice: the State Council's General Office publishes the next
     * year's holiday arrangement (部分节假日安排的通知) in November or December, so from November the
     * command center can load it; the exact lead is the project's choice.
     */
    public static final Period CALENDAR_AHEAD = Period.ofMonths(2);

    /** Overdue returns are reminded while their due day is at most this long past: the project's choice. */
    public static final Period OVERDUE_LOOKBACK = Period.ofYears(1);

    /** The most notices one listing answers. */
    public static final int LIST_LIMIT = 500;

    /** Waiting notices delivered per batch of a sweep. */
    static final int DELIVERY_BATCH = 100;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DistrictNotices.class);

    private final GridDirectory directory;
    private final AccessPolicy access;
    private final MajorHazardReturnStore returns;
    private final DistrictNoticeStore store;
    private final Notifier notifier;
    private final NoticeTemplates templates;

    DistrictNotices(
            GridDirectory directory,
            AccessPolicy access,
            MajorHazardReturnStore returns,
            DistrictNoticeStore store,
            Notifier notifier,
            NoticeTemplates templates) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.access = Objects.requireNonNull(access, "access");
        this.returns = Objects.requireNonNull(returns, "returns");
        this.store = Objects.requireNonNull(store, "store");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * Raises the notices due on {@code now}'s day that are not raised yet, then delivers every
     * notice still waiting (this run's and earlier runs' undelivered ones). Idempotent per day.
     */
    public NoticeSweep sweep(Instant now) {
        Objects.requireNonNull(now, "now");
        List<DistrictNotice> raised = new ArrayList<>();
        for (DistrictNotice n : due(now)) {
            if (store.raise(n)) {
                raised.add(n);
            }
        }
        int[] outcome = deliver(now);
        return new NoticeSweep(raised, outcome[0], outcome[1]);
    }

    /** The notices {@code now}'s day calls for, raised or not (what {@link #sweep} would keep). */
    public List<DistrictNotice> due(Instant now) {
        Objects.requireNonNull(now, "now");
        GridTree tree = directory.grids();
        WorkCalendar calendar = directory.workCalendar();
        ZoneId zone = calendar.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<DistrictNotice> due = new ArrayList<>();
        List<Grid> districts = tree.roots();
        if (calendar.coverageEndsWithin(now, CALENDAR_AHEAD)) {
            Year last = calendar.lastCoveredYear().orElseThrow();
            Instant ends = last.plusYears(1).atDay(1).atStartOfDay(zone).toInstant();
            for (Grid district : districts) {
                due.add(notice(
                        tree, district, NoticeKind.CALENDAR_COVERAGE_ENDING, last.toString(), today, ends, zone, now));
            }
        }
        for (Grid district : districts) {
            List<Grid> scopes = new ArrayList<>();
            scopes.add(district);
            tree.subtree(district.code())
                    .filter(g -> g.level() == GridLevel.STREET)
                    .forEach(scopes::add);
            for (Grid scope : scopes) {
                for (ReturnPeriod period : recentPeriods(today)) {
                    MajorHazardReturnStatus status =
                            MajorHazardReturnStatus.of(scope.code(), period, returns.find(scope.code(), period), today);
                    if (status.status() == ReturnStatus.OVERDUE) {
                        Instant endOfDueDay =
                                period.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
                        due.add(notice(
                                tree,
                                scope,
                                NoticeKind.MAJOR_HAZARD_RETURN_OVERDUE,
                                period.toString(),
                                today,
                                endOfDueDay,
                                zone,
                                now));
                    }
                }
            }
        }
        return List.copyOf(due);
    }

    /** Delivers waiting notices; {delivered, still waiting}. A failure stops this run's delivery. */
    private int[] deliver(Instant now) {
        int delivered = 0;
        while (true) {
            List<DistrictNotice> batch = store.undelivered(DELIVERY_BATCH);
            for (DistrictNotice n : batch) {
                try {
                    notifier.deliverNotice(n);
                } catch (RuntimeException failed) {
                    LOG.warn(
                            "district notice {} not delivered; the next sweep tries again: {}",
                            n.key(),
                            failed.toString());
                    return new int[] {
                        delivered, store.undelivered(Integer.MAX_VALUE).size()
                    };
                }
                store.markDelivered(n.key(), now);
                delivered++;
            }
            if (batch.size() < DELIVERY_BATCH) {
                return new int[] {delivered, 0};
            }
        }
    }

    /**
     * The notices of {@code scope}'s subtree (the district's and its streets'), latest first, at
     * most {@link #LIST_LIMIT}; decided as {@link Action#READ_NOTICES} over {@code scope}.
     */
    public List<DistrictNotice> list(Actor actor, GridCode scope) {
        Objects.requireNonNull(scope, "scope");
        AccessDecision decision = access.decide(actor, Action.READ_NOTICES, ScopeFacts.within(scope));
        if (!decision.allowed()) {
            throw CaseworkException.of(new Rejection(
                    RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
        }
        GridTree tree = directory.grids();
        if (tree.find(scope).isEmpty()) {
            FieldError error = new FieldError("scope", "no grid " + scope.value() + " in this district");
            throw CaseworkException.of(new Rejection(
                    RejectionReason.INVALID_INPUT,
                    "the notice query is invalid: " + error,
                    List.of(error),
                    Optional.empty()));
        }
        List<GridCode> scopes = tree.subtree(scope)
                .filter(g -> g.level() == GridLevel.DISTRICT || g.level() == GridLevel.STREET)
                .map(Grid::code)
                .toList();
        return store.list(scopes, LIST_LIMIT);
    }

    /** The quarters and years whose return fell due within {@link #OVERDUE_LOOKBACK} before {@code today}. */
    static List<ReturnPeriod> recentPeriods(LocalDate today) {
        LocalDate from = today.minus(OVERDUE_LOOKBACK);
        List<ReturnPeriod> periods = new ArrayList<>();
        for (int y = today.getYear() - 2; y <= today.getYear(); y++) {
            for (int q = 1; q <= 4; q++) {
                periods.add(ReturnPeriod.quarter(y, q));
            }
            periods.add(ReturnPeriod.year(y));
        }
        return periods.stream()
                .filter(p -> !p.dueDate().isBefore(from) && p.dueDate().isBefore(today))
                .toList();
    }

    private DistrictNotice notice(
            GridTree tree,
            Grid scope,
            NoticeKind kind,
            String period,
            LocalDate today,
            Instant dueAt,
            ZoneId zone,
            Instant now) {
        Optional<Responsibility> person = answering(tree, scope);
        NoticeFacts facts = new NoticeFacts(
                kind,
                scope.code(),
                scope.name(),
                period,
                today,
                dueAt,
                zone,
                person.map(r -> r.person().displayName()));
        return DistrictNotice.of(facts, person.map(r -> r.person().personId()), now, templates);
    }

    /** Who answers first for a command center's grid: its lowest held rung, else the nearest grid above's. */
    private static Optional<Responsibility> answering(GridTree tree, Grid grid) {
        Optional<ResponsibleRole> lowest = grid.responsibilityChain().lowestHeldRung();
        if (lowest.isPresent()) {
            return Optional.of(new Responsibility(
                    grid.code(),
                    lowest.get(),
                    grid.responsibilityChain().holder(lowest.get()).orElseThrow()));
        }
        return tree.nextResponsibleAbove(grid.code(), ResponsibleRole.ASSIGNED_LEADER);
    }
}
