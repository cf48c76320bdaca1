package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.List;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseClosed;
import org.gridsafe.casework.CaseReopened;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Reopen;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/**
 * 投诉重办: a complaint after closing reopens the case with a new event, the old closure kept in
 * the history; who may complain, within which time, and whose clock runs then.
 */
class ReopeningTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    private Case closed(HazardGrade grade) {
        Case c = fixture.dispatched(grade);
        c = fixture.casework.submitRectification(
                grade == HazardGrade.MAJOR ? fireOfficer() : fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("已清理")
                        .build());
        c = fixture.casework.verify(
                grade == HazardGrade.MAJOR ? fireOfficer() : jinqiaoGridManager(),
                Verify.of(c.id()).expectedVersion(c.version()).passed(true).build());
        c = fixture.reportsFiled(c);
        return fixture.casework.close(
                jinqiaoCommandCenter(),
                Close.of(c.id()).expectedVersion(c.version()).satisfaction(5).build());
    }

    @Test
    void theReportersComplaintReopensTheCaseWithItsDepartmentAndAFullTimeLimitKeepingTheOldClosure() {
        Case closed = closed(HazardGrade.GENERAL);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        fixture.setTime(LocalDateTime.of(2026, 4, 6, 9, 0));

        Case reopened = fixture.casework.reopen(
                jinqiaoGridManager(),
                Reopen.of(closed.id())
                        .expectedVersion(closed.version())
                        .complaint("通道又被堵上了")
                        .build());

        assertThat(reopened.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(reopened.department()).contains(FIRE_BRIGADE);
        assertThat(reopened.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 9, 17, 0)));
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.finishedAt()).isEmpty();
        assertThat(reopened.closedOnTime()).isEmpty();
        assertThat(reopened.satisfaction()).isEmpty();
        assertThat(reopened.lastReason()).contains("通道又被堵上了");
        List<RecordedEvent> history = fixture.casework.history(jinqiaoCommandCenter(), closed.id());
        assertThat(history.get(history.size() - 2).event()).isInstanceOf(CaseClosed.class);
        assertThat(history.get(history.size() - 1).event())
                .isInstanceOfSatisfying(
                        CaseReopened.class,
                        e -> assertThat(e.closedAt())
                                .isEqualTo(closed.finishedAt().orElseThrow()));
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_REOPENED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.department()).contains(FIRE_BRIGADE);
                    assertThat(n.message()).contains("通道又被堵上了").contains("2026-04-09 17:00");
                });
    }

    @Test
    void aCitizenReopensOnlyTheirOwnReportAndADepartmentOnlyMajorHazards() {
        Case c = fixture.casework.report(
                citizen(),
                fixture.fireHazard(HazardGrade.GENERAL)
                        .source(org.gridsafe.casework.CaseSource.PUBLIC_REPORT)
                        .build());
        Case ownClosed = closeFrom(c);
        assertThatThrownBy(() -> fixture.casework.reopen(
                        otherCitizen(), Reopen.of(ownClosed.id()).complaint("x").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.reopen(
                        fireOfficer(), Reopen.of(ownClosed.id()).complaint("x").build()))
                .as("a general hazard is not the department's to reopen")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.casework
                        .reopen(
                                citizen(),
                                Reopen.of(ownClosed.id()).complaint("没有修好").build())
                        .state())
                .isEqualTo(CaseState.DISPATCHED);

        Case major = closed(HazardGrade.MAJOR);
        assertThat(fixture.casework
                        .reopen(
                                fireOfficer(),
                                Reopen.of(major.id()).complaint("复查发现防火分隔未完成").build())
                        .state())
                .isEqualTo(CaseState.DISPATCHED);
    }

    private Case closeFrom(Case reported) {
        Case c = fixture.casework.register(jinqiaoCommandCenter(), CaseworkFixture.register(reported));
        c = fixture.casework.dispatch(jinqiaoCommandCenter(), CaseworkFixture.dispatch(c));
        c = fixture.casework.submitRectification(
                fireOfficer(), SubmitRectification.of(c.id()).evidence("已清理").build());
        c = fixture.casework.verify(
                jinqiaoGridManager(), Verify.of(c.id()).passed(true).build());
        return fixture.casework.close(jinqiaoCommandCenter(), Close.of(c.id()).build());
    }

    @Test
    void aComplaintMoreThanThirtyDaysAfterClosingIsANewReportAndABlankOneIsRefused() {
        Case closed = closed(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.reopen(
                        jinqiaoCommandCenter(),
                        Reopen.of(closed.id()).complaint(" ").build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("complaint");
        fixture.clock.setInstant(closed.finishedAt().orElseThrow().plus(java.time.Duration.ofDays(30)));
        Case reopenable = fixture.casework.get(jinqiaoCommandCenter(), closed.id());
        assertThat(reopenable.state()).isEqualTo(CaseState.CLOSED);
        fixture.clock.add(java.time.Duration.ofMillis(1));
        assertThatThrownBy(() -> fixture.casework.reopen(
                        jinqiaoCommandCenter(),
                        Reopen.of(closed.id()).complaint("又坏了").build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("new case");
    }
}
