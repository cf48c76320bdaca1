package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

class FastTrackAndMajorHazardTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    @Test
    void aHazardFixedOnTheSpotStillPassesAllSixSteps() {
        Case c = fixture.casework.reportFixedOnSpot(
                jinqiaoGridManager(),
                new ReportFixedOnSpot(
                        fixture.fireHazard(HazardGrade.GENERAL).build(), "当场挪走货物，通道已畅通", List.of("photo:after")));

        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.closedOnTime()).contains(true);
        assertThat(c.department()).contains(FIRE_BRIGADE);
        assertThat(c.handlerId()).contains("gm-m111");
        List<RecordedEvent> log = fixture.casework.history(jinqiaoCommandCenter(), c.id());
        assertThat(log)
                .extracting(e -> e.event().type())
                .containsExactly(
                        "CaseReported",
                        "CaseRegistered",
                        "CaseDispatched",
                        "RectificationSubmitted",
                        "VerificationPassed",
                        "CaseClosed");
        assertThat(CaseAudit.verify(log).intact()).isTrue();
    }

    @Test
    void aMajorHazardCannotBeFixedOnTheSpotAndNothingIsWritten() {
        assertThatThrownBy(() -> fixture.casework.reportFixedOnSpot(
                        jinqiaoGridManager(),
                        new ReportFixedOnSpot(
                                fixture.fireHazard(HazardGrade.MAJOR).build(), "已处理", List.of())))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("report.grade: a major hazard cannot be fixed on the spot");
        assertThat(fixture.gridSafe
                        .caseQueries()
                        .find(org.gridsafe.port.CaseQuery.all())
                        .cases())
                .isEmpty();
    }

    @Test
    void onlyGridStaffMayFastTrack() {
        var report = fixture.fireHazard(HazardGrade.GENERAL)
                .source(CaseSource.PUBLIC_REPORT)
                .build();
        assertThatThrownBy(() ->
                        fixture.casework.reportFixedOnSpot(citizen(), new ReportFixedOnSpot(report, "已处理", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMajorHazardNeedsAPlanAndListedSupervisionBeforeDispatch() {
        Case registered = fixture.registered(HazardGrade.MAJOR);

        assertThatThrownBy(
                        () -> fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatch(registered)))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).fieldErrors())
                        .extracting(f -> f.field())
                        .containsExactly("plan", "listedSupervision"));
        assertThat(fixture.reload(registered).state()).isEqualTo(CaseState.REGISTERED);

        Case dispatched =
                fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatchWithPlan(registered));
        assertThat(dispatched.rectificationPlan()).isPresent();
        assertThat(dispatched.listedSupervision())
                .get()
                .extracting(l -> l.authority())
                .isEqualTo("示范区安委办");
        // 30 working days for a major hazard, counted past the holiday and the weekends.
        assertThat(dispatched.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 5, 12, 17, 0)));
    }

    @Test
    void aMajorHazardIsVerifiedByTheResponsibleDepartmentNotByGridStaff() {
        Case c = fixture.dispatched(HazardGrade.MAJOR);
        c = fixture.casework.submitRectification(
                fireOfficer(), new SubmitRectification(c.id(), OptionalLong.of(c.version()), "防火分隔已完成", List.of()));
        Case rectified = c;

        assertThatThrownBy(() -> fixture.casework.verify(
                        jinqiaoGridManager(),
                        new Verify(rectified.id(), OptionalLong.of(rectified.version()), true, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).rule())
                        .isEqualTo("major-hazard-verified-by-department"));

        c = fixture.casework.verify(
                fireOfficer(), new Verify(c.id(), OptionalLong.of(c.version()), true, Optional.of("验收合格")));
        c = fixture.casework.close(
                CaseworkFixture.center(),
                new Close(c.id(), OptionalLong.of(c.version()), Optional.empty(), Optional.empty(), Optional.of("销号")));
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void aFailedVerificationSendsTheCaseBackForReworkAndCountsIt() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        c = fixture.casework.submitRectification(
                fireOfficer(), new SubmitRectification(c.id(), OptionalLong.empty(), "已清理", List.of()));
        c = fixture.casework.verify(
                jinqiaoGridManager(), new Verify(c.id(), OptionalLong.empty(), false, Optional.of("仍有纸箱堆放")));

        assertThat(c.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(c.reworkCount()).isEqualTo(1);
        assertThat(c.lastReason()).contains("仍有纸箱堆放");
        Case afterRework = c;
        assertThatThrownBy(() -> fixture.casework.verify(
                        jinqiaoGridManager(),
                        new Verify(afterRework.id(), OptionalLong.empty(), false, Optional.empty())))
                .isInstanceOf(org.gridsafe.casework.WrongCaseStateException.class);
    }
}
