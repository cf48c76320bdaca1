package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.List;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.DepartmentStep;
import org.gridsafe.stats.DepartmentSteps;
import org.gridsafe.stats.Period;
import org.junit.jupiter.api.Test;

/** Departments judged on their own step: who held it when it was due, returns and reassignments. */
class DepartmentIndicatorsTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    private final Period spring = new Period(
            CaseworkFixture.at(LocalDateTime.of(2026, 3, 1, 0, 0)),
            CaseworkFixture.at(LocalDateTime.of(2026, 5, 1, 0, 0)));

    @Test
    void eachDepartmentIsJudgedOnTheStepItHeldWhenItWasDue() {
        // A: the fire brigade's step was due Friday 2026-04-03 17:00; reassigned late, on Monday.
        Case a = fixture.dispatched(HazardGrade.GENERAL);
        // B: done the same day. C: returned on time as not the brigade's duty.
        Case b = fixture.dispatched(HazardGrade.GENERAL);
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        fixture.setTime(LocalDateTime.of(2026, 3, 30, 14, 0));
        fixture.casework.submitRectification(
                fireOfficer(), SubmitRectification.of(b.id()).evidence("已整改").build());
        fixture.casework.returnCase(
                fireOfficer(), ReturnCase.of(c.id()).reason("属住建局职责").build());
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));
        fixture.casework.reassign(
                jinqiaoCommandCenter(),
                Reassign.of(a.id()).department(HOUSING).reason("工地属住建局监管").build());
        // Housing's full time limit ends Thursday 2026-04-09 17:00; it has not acted by Friday.
        fixture.setTime(LocalDateTime.of(2026, 4, 10, 9, 0));
        List<List<RecordedEvent>> histories = List.of(history(a), history(b), history(c));

        List<DepartmentIndicators> all =
                DepartmentIndicators.of(histories, CaseScope.all(), spring, fixture.clock.instant());

        assertThat(all)
                .containsExactly(
                        new DepartmentIndicators(FIRE_BRIGADE, 2, 1, 1, 0, 1, 1),
                        new DepartmentIndicators(HOUSING, 1, 0, 0, 1, 0, 0));
        DepartmentIndicators fire = all.get(0);
        assertThat(fire.disposalRate().percent()).isEqualTo("50.00%");
        assertThat(fire.onTimeDisposalRate().percent()).isEqualTo("50.00%");
        assertThat(fire.overduePendingRate().percent()).isEqualTo("0.00%");
        assertThat(all.get(1).overduePendingRate().percent()).isEqualTo("100.00%");

        assertThat(DepartmentIndicators.of(
                        histories, CaseScope.all().department(HOUSING), spring, fixture.clock.instant()))
                .containsExactly(new DepartmentIndicators(HOUSING, 1, 0, 0, 1, 0, 0));
        // Before housing's deadline nothing of it is due yet.
        assertThat(DepartmentIndicators.of(
                        histories,
                        CaseScope.all().department(HOUSING),
                        spring,
                        CaseworkFixture.at(LocalDateTime.of(2026, 4, 9, 17, 0))))
                .isEmpty();
    }

    @Test
    void aReassignmentBeforeTheDeadlineLeavesNothingDueForTheOldDepartment() {
        Case a = fixture.dispatched(HazardGrade.GENERAL);
        fixture.setTime(LocalDateTime.of(2026, 3, 31, 9, 0));
        fixture.casework.reassign(
                jinqiaoCommandCenter(),
                Reassign.of(a.id()).department(HOUSING).reason("工地属住建局监管").build());

        List<DepartmentStep> steps = DepartmentSteps.of(history(a));
        assertThat(steps).extracting(DepartmentStep::department).containsExactly(FIRE_BRIGADE, HOUSING);
        assertThat(steps.get(0).outcome()).contains(DepartmentStep.Outcome.REASSIGNED);
        assertThat(steps.get(1).isOpen()).isTrue();
        assertThat(DepartmentIndicators.of(List.of(history(a)), CaseScope.all(), spring, fixture.clock.instant()))
                .containsExactly(new DepartmentIndicators(FIRE_BRIGADE, 0, 0, 0, 0, 0, 1));
    }

    private List<RecordedEvent> history(Case c) {
        return fixture.casework.history(jinqiaoCommandCenter(), c.id());
    }
}
