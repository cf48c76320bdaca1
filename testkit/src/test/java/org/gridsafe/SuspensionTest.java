package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseResumed;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Escalate;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Resume;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.SuspensionKind;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.Period;
import org.junit.jupiter.api.Test;

/**
 * 缓办 / 挂账: approval, reason and review date; the clocks stop while suspended and restart with a
 * full rectification limit on resumption, by hand or by the scan at the review date.
 */
class SuspensionTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    private Case suspend(Case dispatched, LocalDate reviewDate) {
        return fixture.casework.suspend(
                jinqiaoCommandCenter(),
                Suspend.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .kind(SuspensionKind.DEFERRED)
                        .reason("需待汛期结束后施工")
                        .approval("金桥街道网格办 李主任批准")
                        .reviewDate(reviewDate)
                        .build());
    }

    @Test
    void aSuspendedCaseHasNoDeadlineIsNeverOverdueNeverEscalatedAndLeavesDueToClose() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        fixture.setTime(LocalDateTime.of(2026, 3, 30, 14, 0));
        Case suspended = suspend(dispatched, LocalDate.of(2026, 4, 20));

        assertThat(suspended.state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(suspended.deadline()).isEmpty();
        assertThat(suspended.department()).contains(FIRE_BRIGADE);
        assertThat(suspended.suspension()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(SuspensionKind.DEFERRED);
            assertThat(s.approval()).isEqualTo("金桥街道网格办 李主任批准");
            assertThat(s.reviewAt()).isEqualTo(CaseworkFixture.at(LocalDateTime.of(2026, 4, 20, 0, 0)));
            assertThat(s.since()).isEqualTo(CaseworkFixture.at(LocalDateTime.of(2026, 3, 30, 14, 0)));
        });
        assertThat(suspended.isOverdueAt(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_SUSPENDED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.department()).contains(FIRE_BRIGADE);
                    assertThat(n.message()).contains("缓办").contains("需待汛期结束后施工");
                });

        // The old rectification deadline (Friday 2026-04-03 17:00) passes: nothing is escalated.
        fixture.setTime(LocalDateTime.of(2026, 4, 10, 9, 0));
        assertThat(fixture.casework.escalateOverdue(fixture.clock.instant())).isZero();
        assertThatThrownBy(() -> fixture.casework.execute(
                        jinqiaoCommandCenter(),
                        Escalate.of(suspended.id()).now(fixture.clock.instant()).build()))
                .isInstanceOf(WrongCaseStateException.class);

        Case now = fixture.casework.get(jinqiaoCommandCenter(), suspended.id());
        assertThat(now.state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(now.everOverdue()).isFalse();
        Period april = new Period(
                CaseworkFixture.at(LocalDateTime.of(2026, 3, 1, 0, 0)),
                CaseworkFixture.at(LocalDateTime.of(2026, 5, 1, 0, 0)));
        CaseIndicators figures =
                CaseStatistics.indicators(List.of(now), CaseScope.all(), april, fixture.clock.instant());
        assertThat(figures.dueToClose()).as("suspended cases leave 应结案数").isZero();
        assertThat(fixture.gridSafe
                        .casework()
                        .list(jinqiaoCommandCenter(), CaseQuery.all().inStates(EnumSet.of(CaseState.SUSPENDED)))
                        .cases())
                .extracting(Case::id)
                .containsExactly(suspended.id());
    }

    @Test
    void resumingGivesTheDepartmentAFullRectificationLimitFromThen() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        Case suspended = suspend(dispatched, LocalDate.of(2026, 4, 20));
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));

        Case resumed = fixture.casework.resume(
                jinqiaoCommandCenter(),
                Resume.of(suspended.id())
                        .expectedVersion(suspended.version())
                        .reason("汛期提前结束")
                        .build());

        assertThat(resumed.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(resumed.suspension()).isEmpty();
        assertThat(resumed.department()).contains(FIRE_BRIGADE);
        // 3 working days from Monday 09:00: Thursday 17:00.
        assertThat(resumed.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 9, 17, 0)));
        assertThat(resumed.everOverdue()).isFalse();
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_RESUMED)
                .singleElement()
                .satisfies(n -> assertThat(n.messageEn()).contains("rectify by 2026-04-09 17:00 (Asia/Shanghai)"));
    }

    @Test
    void theScanResumesASuspensionWhenItsReviewDateBegins() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        Case suspended = suspend(dispatched, LocalDate.of(2026, 4, 6));

        fixture.setTime(LocalDateTime.of(2026, 4, 5, 23, 59));
        assertThat(fixture.casework.escalateOverdue(fixture.clock.instant())).isZero();
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));
        assertThat(fixture.casework.escalateOverdue(fixture.clock.instant())).isEqualTo(1);
        assertThat(fixture.casework.escalateOverdue(fixture.clock.instant())).isZero();

        Case resumed = fixture.casework.get(jinqiaoCommandCenter(), suspended.id());
        assertThat(resumed.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(resumed.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 9, 17, 0)));
        List<RecordedEvent> history = fixture.casework.history(jinqiaoCommandCenter(), suspended.id());
        RecordedEvent last = history.get(history.size() - 1);
        assertThat(last.actorId()).isEqualTo(Actor.SYSTEM.id());
        assertThat(last.event()).isInstanceOfSatisfying(CaseResumed.class, e -> {
            assertThat(e.reviewDateReached()).isTrue();
            assertThat(e.reason()).contains("2026-04-06");
        });
    }

    @Test
    void aRenewalKeepsTheStartAndALateSuspensionKeepsTheLateness() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        // After the rectification deadline (Friday 2026-04-03 17:00): the step was late.
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));
        Case suspended = suspend(dispatched, LocalDate.of(2026, 4, 20));
        assertThat(suspended.everOverdue()).isTrue();

        fixture.setTime(LocalDateTime.of(2026, 4, 17, 9, 0));
        Case renewed = fixture.casework.suspend(
                jinqiaoCommandCenter(),
                Suspend.of(suspended.id())
                        .kind(SuspensionKind.CARRIED_OVER)
                        .reason("资金未到位，转挂账")
                        .approval("区网格办批准")
                        .reviewDate(LocalDate.of(2026, 7, 1))
                        .build());
        assertThat(renewed.state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(renewed.suspension()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(SuspensionKind.CARRIED_OVER);
            assertThat(s.since()).isEqualTo(CaseworkFixture.at(LocalDateTime.of(2026, 4, 6, 9, 0)));
            assertThat(s.reviewDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
    }

    @Test
    void onlyTheCommandCenterSuspendsAndEveryFieldIsChecked() {
        Case dispatched = fixture.dispatched(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.suspend(
                        fireOfficer(),
                        Suspend.of(dispatched.id())
                                .kind(SuspensionKind.DEFERRED)
                                .reason("x")
                                .approval("y")
                                .reviewDate(LocalDate.of(2026, 4, 20))
                                .build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.suspend(
                        jinqiaoCommandCenter(),
                        Suspend.of(dispatched.id())
                                .reason(" ")
                                .reviewDate(LocalDate.of(2026, 3, 30))
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field())
                                .containsExactlyInAnyOrder("kind", "reason", "approval", "reviewDate"));
        assertThatThrownBy(() -> fixture.casework.suspend(
                        jinqiaoCommandCenter(),
                        Suspend.of(dispatched.id())
                                .kind(SuspensionKind.DEFERRED)
                                .reason("x")
                                .approval("y")
                                .reviewDate(LocalDate.of(2027, 4, 1))
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("at most 366 days ahead");
        assertThatThrownBy(() -> fixture.casework.resume(
                        jinqiaoCommandCenter(),
                        Resume.of(dispatched.id()).reason("x").build()))
                .as("only a suspended case resumes")
                .isInstanceOf(WrongCaseStateException.class);
    }
}
