package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/**
 * 回退 by the department and 改派 by the command center: who may, what each needs, whose clock
 * runs afterwards.
 */
class ReturnAndReassignTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    @Test
    void aReturnedCaseWaitsForTheCommandCenterWithADispatchDeadlineAndNoDepartment() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        fixture.setTime(LocalDateTime.of(2026, 3, 30, 14, 0));

        Case returned = fixture.casework.returnCase(
                fireOfficer(),
                ReturnCase.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .reason("属住建局职责")
                        .build());

        assertThat(returned.state()).isEqualTo(CaseState.REGISTERED);
        assertThat(returned.department()).isEmpty();
        assertThat(returned.handlerId()).isEmpty();
        assertThat(returned.lastReason()).contains("属住建局职责");
        // The command center's dispatch time limit (2 working hours) runs from the return.
        assertThat(returned.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 3, 30, 16, 0)));
        assertThat(returned.everOverdue()).isFalse();
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_RETURNED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.department()).contains(FIRE_BRIGADE);
                    assertThat(n.message()).contains("属住建局职责").contains("2026-03-30 16:00");
                    assertThat(n.messageEn()).contains("dispatch again by 2026-03-30 16:00 (Asia/Shanghai)");
                });
        assertThatThrownBy(() -> fixture.casework.get(fireOfficer(), returned.id()))
                .as("the department no longer holds the case")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheCasesDepartmentReturnsItAndOnlyWithAReason() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.returnCase(
                        emergencyOfficer(),
                        ReturnCase.of(dispatched.id()).reason("不归我管").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.returnCase(
                        jinqiaoCommandCenter(),
                        ReturnCase.of(dispatched.id()).reason("x").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.returnCase(
                        fireOfficer(),
                        ReturnCase.of(dispatched.id()).reason(" ").build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void aReassignedCaseGivesTheNewDepartmentAFullTimeLimitAndKeepsTheLatenessOfTheOldOne() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        // Rectification (3 working days) was due Friday 2026-04-03 17:00 (Wednesday is a holiday);
        // the command center reassigns on Monday morning, late.
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));
        Case reassigned = fixture.casework.reassign(
                jinqiaoCommandCenter(),
                Reassign.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .department(HOUSING)
                        .handlerId("h-07")
                        .reason("工地属住建局监管")
                        .build());

        assertThat(reassigned.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(reassigned.department()).contains(HOUSING);
        assertThat(reassigned.handlerId()).contains("h-07");
        assertThat(reassigned.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 9, 17, 0)));
        assertThat(reassigned.everOverdue()).as("the step was already late").isTrue();
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_DISPATCHED)
                .last()
                .satisfies(n -> assertThat(n.department()).contains(HOUSING));

        assertThatThrownBy(() -> fixture.casework.reassign(
                        jinqiaoCommandCenter(),
                        Reassign.of(dispatched.id())
                                .department(HOUSING)
                                .reason("再改派")
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("already with housing");
        assertThatThrownBy(() -> fixture.casework.reassign(
                        fireOfficer(),
                        Reassign.of(dispatched.id())
                                .department(EMERGENCY)
                                .reason("x")
                                .build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.reassign(
                        jinqiaoCommandCenter(),
                        Reassign.of(dispatched.id()).reason("x").build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("department");
    }
}
