package org.gridsafe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridsafe.duty.DepartmentId;
import org.junit.jupiter.api.Test;

/** Departments ranked by their own step: 按期处置率, then 处置率, then the lower 超期待处置率. */
class DepartmentDisposalRankingTest {

    private static DepartmentIndicators row(String id, long due, long done, long onTime, long overdue) {
        return new DepartmentIndicators(DepartmentId.of(id), due, done, onTime, overdue, 0, 0);
    }

    @Test
    void best_on_time_first_then_disposal_then_fewer_overdue_and_nothing_due_last() {
        DepartmentIndicators nothingDue = row("a-idle", 0, 0, 0, 0);
        DepartmentIndicators twoThirds = row("b-two-thirds", 3, 3, 2, 0); // 66.7% on time
        DepartmentIndicators half = row("c-half", 4, 2, 2, 2); // 50% on time, 50% done, 50% overdue
        DepartmentIndicators halfMoreDone = row("d-half-more-done", 4, 3, 2, 1); // 50% on time, 75% done
        DepartmentIndicators halfFewerOverdue = row("e-half", 2, 1, 1, 0); // 50%, 50% done, 0% overdue
        DepartmentIndicators all = row("f-all", 1, 1, 1, 0);
        assertThat(DepartmentIndicators.ranked(
                        List.of(nothingDue, twoThirds, half, halfMoreDone, halfFewerOverdue, all)))
                .containsExactly(all, twoThirds, halfMoreDone, halfFewerOverdue, half, nothingDue);
    }

    @Test
    void ties_go_by_department_code() {
        DepartmentIndicators b = row("b", 2, 1, 1, 0);
        DepartmentIndicators a = row("a", 4, 2, 2, 0);
        assertThat(DepartmentIndicators.ranked(List.of(b, a))).containsExactly(a, b);
    }
}
