package org.gridsafe.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.DepartmentId;

/**
 * A department judged on its own step, the rectification (处置): how many of its steps were due
 * in the period, done, done on time and overdue and still pending, with the returns (回退) it
 * made and the reassignments (改派) that took cases away from it. Definitions in
 * {@code docs/statistics.md}; {@link #of} is the in-memory reference.
 *
 * @param department the department
 * @param due 应处置数: done + ended late by a return or reassignment + overdue pending
 * @param done 处置数: steps it completed in the period
 * @param doneOnTime 按期处置数: of those, completed no later than their deadline
 * @param overduePending 超期待处置数: steps it still holds whose deadline passed before the period's end (or as-of)
 * @param returns 回退数: cases it returned in the period
 * @param reassignedAway 改派数: cases moved from it to another department in the period
 */
public record DepartmentIndicators(
        DepartmentId department,
        long due,
        long done,
        long doneOnTime,
        long overduePending,
        long returns,
        long reassignedAway) {

    public DepartmentIndicators {
        Objects.requireNonNull(department, "department");
        if (doneOnTime > done || done + overduePending > due) {
            throw new IllegalArgumentException("inconsistent department indicators for " + department);
        }
    }

    /** 处置率: done ÷ due. */
    public Rate disposalRate() {
        return new Rate(done, due);
    }

    /** 按期处置率: done on time ÷ due. */
    public Rate onTimeDisposalRate() {
        return new Rate(doneOnTime, due);
    }

    /** 超期待处置率: overdue pending ÷ due. */
    public Rate overduePendingRate() {
        return new Rate(overduePending, due);
    }

    /**
     * {@code rows} ranked best first by their own step: the higher 按期处置率, then the higher 处置率,
     * then the lower 超期待处置率; a department with nothing due ranks last; ties by department code.
     * The order is the project's own choice, as the evaluation rules weigh the three rates without
     * fixing a ranking.
     */
    public static List<DepartmentIndicators> ranked(List<DepartmentIndicators> rows) {
        java.util.Comparator<DepartmentIndicators> order = java.util.Comparator.comparing(
                        (DepartmentIndicators d) -> d.due() == 0)
                .thenComparing(DepartmentIndicators::onTimeDisposalRate, DepartmentIndicators::higherFirst)
                .thenComparing(DepartmentIndicators::disposalRate, DepartmentIndicators::higherFirst)
                .thenComparing(DepartmentIndicators::overduePendingRate, (a, b) -> higherFirst(b, a))
                .thenComparing(d -> d.department().value());
        return rows.stream().sorted(order).toList();
    }

    /** Exact comparison of two rates (cross-multiplied), the higher first; an empty one counts as 0. */
    private static int higherFirst(Rate a, Rate b) {
        long left = a.denominator() == 0 ? 0 : a.numerator() * Math.max(1, b.denominator());
        long right = b.denominator() == 0 ? 0 : b.numerator() * Math.max(1, a.denominator());
        return Long.compare(right, left);
    }

    /**
     * The indicators of every department that held a step of a case in {@code scope} (its
     * department criterion applies to the step's department, the others to the case), over
     * {@code period}, as the logs stand at {@code asOf}; ordered by department code. Departments
     * with nothing counted are left out.
     */
    public static List<DepartmentIndicators> of(
            Collection<List<RecordedEvent>> histories, CaseScope scope, Period period, Instant asOf) {
        Instant end = period.to().isBefore(asOf) ? period.to() : asOf;
        CaseScope caseScope = scope.forDepartment(Optional.empty());
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, DepartmentId> ids = new TreeMap<>();
        for (List<RecordedEvent> history : histories) {
            if (history.isEmpty() || !caseScope.includes(Case.replay(history))) {
                continue;
            }
            for (DepartmentStep s : DepartmentSteps.of(history)) {
                if (scope.department().map(d -> !d.equals(s.department())).orElse(false)) {
                    continue;
                }
                long[] n = new long[6];
                if (s.isOpen()) {
                    if (s.deadline().isBefore(end)) {
                        n[0] = n[3] = 1;
                    }
                } else if (period.contains(s.endedAt().get())) {
                    Instant t = s.endedAt().get();
                    boolean late = t.isAfter(s.deadline());
                    switch (s.outcome().get()) {
                        case DONE -> {
                            n[0] = n[1] = 1;
                            n[2] = late ? 0 : 1;
                        }
                        case RETURNED -> {
                            n[0] = late ? 1 : 0;
                            n[4] = 1;
                        }
                        case REASSIGNED -> {
                            n[0] = late ? 1 : 0;
                            n[5] = 1;
                        }
                        default -> {}
                    }
                }
                if (n[0] + n[4] + n[5] == 0) {
                    continue;
                }
                ids.putIfAbsent(s.department().value(), s.department());
                long[] sum = counts.computeIfAbsent(s.department().value(), k -> new long[6]);
                for (int i = 0; i < 6; i++) {
                    sum[i] += n[i];
                }
            }
        }
        List<DepartmentIndicators> result = new ArrayList<>();
        counts.forEach(
                (code, n) -> result.add(new DepartmentIndicators(ids.get(code), n[0], n[1], n[2], n[3], n[4], n[5])));
        return result;
    }
}
