package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.List;
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
                ReportFixedOnSpot.of(fixture.fireHazard(HazardGrade.GENERAL).build())
                        .evidence("当场挪走货物，通道已畅通")
                        .evidenceAttachments(List.of("photo:after"))
                        .build());

        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.closedOnTime()).contains(true);
        assertThat(c.department()).contains(FIRE_BRIGADE);
        assertThat(c.handlerId()).contains("gm-m111");
        List<RecordedEvent> log = fixture.casework.history(jinqiaoCommandCenter(), c.id());
        assertThat(log)
                .extracting(e -> e.event().type())
                .containsExactly(
                        "case.reported",
                        "case.registered",
                        "case.dispatched",
                        "case.rectification-submitted",
                        "case.verification-passed",
                        "case.closed");
        assertThat(CaseAudit.verify(log).intact()).isTrue();
    }

    @Test
    void aMajorHazardCannotBeFixedOnTheSpotAndNothingIsWritten() {
        assertThatThrownBy(() -> fixture.casework.reportFixedOnSpot(
                        jinqiaoGridManager(),
                        ReportFixedOnSpot.of(
                                        fixture.fireHazard(HazardGrade.MAJOR).build())
                                .evidence("已处理")
                                .build()))
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
        assertThatThrownBy(() -> fixture.casework.reportFixedOnSpot(
                        citizen(), ReportFixedOnSpot.of(report).evidence("已处理").build()))
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
                        .containsExactly("plan", "listedSupervision", "treatmentPlan"));
        assertThat(fixture.reload(registered).state()).isEqualTo(CaseState.REGISTERED);

        Case dispatched =
                fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatchWithPlan(registered));
        assertThat(dispatched.rectificationPlan()).isPresent();
        assertThat(dispatched.listedSupervision())
                .get()
                .extracting(l -> l.authority())
                .isEqualTo("示范区安委办");
        // A major hazard is due at the end of its plan's due date (2026-05-15), not after a flat limit.
        assertThat(dispatched.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 5, 16, 0, 0)));
    }

    @Test
    void aMajorHazardIsVerifiedByTheResponsibleDepartmentNotByGridStaff() {
        Case c = fixture.dispatched(HazardGrade.MAJOR);
        c = fixture.casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("防火分隔已完成")
                        .build());
        Case rectified = c;

        assertThatThrownBy(() -> fixture.casework.verify(
                        jinqiaoGridManager(),
                        Verify.of(rectified.id())
                                .expectedVersion(rectified.version())
                                .passed(true)
                                .build()))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).rule())
                        .isEqualTo("major-hazard-verified-by-department"));

        c = fixture.casework.verify(
                fireOfficer(),
                Verify.of(c.id())
                        .expectedVersion(c.version())
                        .passed(true)
                        .remarks("验收合格")
                        .build());
        c = fixture.reportsFiled(c);
        c = fixture.casework.close(
                CaseworkFixture.center(),
                Close.of(c.id()).expectedVersion(c.version()).evaluation("销号").build());
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void aFailedVerificationSendsTheCaseBackForReworkAndCountsIt() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        c = fixture.casework.submitRectification(
                fireOfficer(), SubmitRectification.of(c.id()).evidence("已清理").build());
        c = fixture.casework.verify(
                jinqiaoGridManager(),
                Verify.of(c.id()).passed(false).remarks("仍有纸箱堆放").build());

        assertThat(c.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(c.reworkCount()).isEqualTo(1);
        assertThat(c.lastReason()).contains("仍有纸箱堆放");
        Case afterRework = c;
        assertThatThrownBy(() -> fixture.casework.verify(
                        jinqiaoGridManager(),
                        Verify.of(afterRework.id()).passed(false).build()))
                .isInstanceOf(org.gridsafe.casework.WrongCaseStateException.class);
    }
}
