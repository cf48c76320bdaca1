package org.gridsafe.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.WorkflowStep;

/**
 * Computes {@link CaseIndicators} from cases in memory: the reference the SQL
 * implementation is tested against.
 *
 * <pre>{@code
 * CaseIndicators street = CaseStatistics.indicators(cases, CaseScope.all().withinGrid(streetCode), month, now);
 * String closure = street.closureRate().percent();
 * }</pre>
 */
public final class CaseStatistics {

    private CaseStatistics() {}

    /** The indicators of the cases in {@code scope}, over {@code period}, as they stand at {@code asOf}. */
    public static CaseIndicators indicators(Collection<Case> cases, CaseScope scope, Period period, Instant asOf) {
        Instant end = period.to().isBefore(asOf) ? period.to() : asOf;
        long reported = 0;
        long registered = 0;
        long dispatched = 0;
        long closed = 0;
        long closedOnTime = 0;
        long overdueOpen = 0;
        long closedWithRework = 0;
        long dispatchedWithExtension = 0;
        Map<EscalationRung, Long> overdueByRung = new EnumMap<>(EscalationRung.class);
        for (EscalationRung rung : EscalationRung.values()) {
            overdueByRung.put(rung, 0L);
        }
        Map<WorkflowStep, List<Duration>> durations = new EnumMap<>(WorkflowStep.class);
        for (Case c : cases) {
            if (!scope.includes(c)) {
                continue;
            }
            if (period.contains(c.reportedAt())) {
                reported++;
            }
            if (in(period, c.registeredAt())) {
                registered++;
                add(
                        durations,
                        WorkflowStep.REGISTER,
                        c.reportedAt(),
                        c.registeredAt().get());
            }
            if (in(period, c.dispatchedAt())) {
                dispatched++;
                if (c.extensionCount() > 0) {
                    dispatchedWithExtension++;
                }
                add(
                        durations,
                        WorkflowStep.DISPATCH,
                        c.registeredAt().orElseThrow(),
                        c.dispatchedAt().get());
            }
            if (in(period, c.rectifiedAt())) {
                add(
                        durations,
                        WorkflowStep.RECTIFY,
                        c.dispatchedAt().orElseThrow(),
                        c.rectifiedAt().get());
            }
            if (in(period, c.verifiedAt())) {
                add(
                        durations,
                        WorkflowStep.VERIFY,
                        c.rectifiedAt().orElseThrow(),
                        c.verifiedAt().get());
            }
            if (c.state() == CaseState.CLOSED && in(period, c.finishedAt())) {
                closed++;
                if (c.closedOnTime().orElse(false)) {
                    closedOnTime++;
                }
                if (c.reworkCount() > 0) {
                    closedWithRework++;
                }
                add(
                        durations,
                        WorkflowStep.CLOSE,
                        c.verifiedAt().orElseThrow(),
                        c.finishedAt().get());
            }
            boolean open = c.state().isOpen();
            if (open
                    && c.registeredAt().isPresent()
                    && c.deadline().orElseThrow().isBefore(end)) {
                overdueOpen++;
            }
            if (open && c.isOverdueAt(asOf)) {
                overdueByRung.merge(c.escalationRung(), 1L, Long::sum);
            }
        }
        Map<WorkflowStep, StepDurations> timePerStep = new EnumMap<>(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step != WorkflowStep.REPORT) {
                timePerStep.put(step, summarise(durations.getOrDefault(step, List.of())));
            }
        }
        return new CaseIndicators(
                reported,
                registered,
                dispatched,
                closed,
                closedOnTime,
                closed + overdueOpen,
                closedWithRework,
                dispatchedWithExtension,
                overdueByRung,
                timePerStep);
    }

    /**
     * The open work of the cases in {@code scope} as they stand at {@code asOf} ({@link
     * OpenCaseCounts}): what the command center's map shows per grid.
     */
    public static OpenCaseCounts openNow(Collection<Case> cases, CaseScope scope, Instant asOf) {
        long open = 0;
        long major = 0;
        long overdue = 0;
        for (Case c : cases) {
            if (!scope.includes(c) || c.state().isFinished()) {
                continue;
            }
            open++;
            if (c.grade() == org.gridsafe.hazard.HazardGrade.MAJOR) {
                major++;
            }
            if (c.isOverdueAt(asOf)) {
                overdue++;
            }
        }
        return new OpenCaseCounts(open, major, overdue);
    }

    /**
     * {@link #openNow} for each grid of {@code grids} ({@code scope.inGrid(grid)}), in their order,
     * in one pass over the cases: each open case is counted for every listed grid on its way up
     * the tree.
     */
    public static List<OpenCaseCounts> openNowPerGrid(
            Collection<Case> cases, CaseScope scope, List<org.gridsafe.grid.GridCode> grids, Instant asOf) {
        CaseScope anywhere = scope.inGrid(Optional.empty());
        Map<org.gridsafe.grid.GridCode, long[]> tallies = new java.util.HashMap<>();
        for (org.gridsafe.grid.GridCode grid : grids) {
            tallies.putIfAbsent(grid, new long[3]);
        }
        for (Case c : cases) {
            if (c.state().isFinished() || !anywhere.includes(c)) {
                continue;
            }
            boolean major = c.grade() == org.gridsafe.hazard.HazardGrade.MAJOR;
            boolean overdue = c.isOverdueAt(asOf);
            for (Optional<org.gridsafe.grid.GridCode> up = Optional.of(c.grid());
                    up.isPresent();
                    up = up.get().parent()) {
                long[] tally = tallies.get(up.get());
                if (tally != null) {
                    tally[0]++;
                    tally[1] += major ? 1 : 0;
                    tally[2] += overdue ? 1 : 0;
                }
            }
        }
        List<OpenCaseCounts> counts = new ArrayList<>();
        for (org.gridsafe.grid.GridCode grid : grids) {
            long[] t = tallies.get(grid);
            counts.add(new OpenCaseCounts(t[0], t[1], t[2]));
        }
        return List.copyOf(counts);
    }

    private static boolean in(Period period, Optional<Instant> instant) {
        return instant.isPresent() && period.contains(instant.get());
    }

    private static void add(Map<WorkflowStep, List<Duration>> durations, WorkflowStep step, Instant from, Instant to) {
        durations.computeIfAbsent(step, s -> new ArrayList<>()).add(Duration.between(from, to));
    }

    /** Mean and nearest-rank 90th percentile, both truncated to the second (as the SQL does). */
    static StepDurations summarise(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new StepDurations(0, Optional.empty(), Optional.empty());
        }
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        long total = 0;
        for (long m : millis) {
            total += m;
        }
        long mean = total / millis.size();
        int rank = (int) Math.ceil(0.9 * millis.size());
        long p90 = millis.get(rank - 1);
        return new StepDurations(
                millis.size(),
                Optional.of(Duration.ofSeconds(mean / 1000)),
                Optional.of(Duration.ofSeconds(p90 / 1000)));
    }
}
