package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.LocalDate;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.FileMajorHazardReport;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.MajorHazardReport;
import org.gridsafe.casework.MajorHazardReportKind;
import org.gridsafe.casework.MajorHazardRules;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.ProductionStopScope;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.StopProduction;
import org.gridsafe.casework.TreatmentPlan;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.testkit.SamplePlans;
import org.junit.jupiter.api.Test;

/** The duties of a major hazard: its plan's deadline and elements, its reports, its stopped production. */
class MajorHazardDutiesTest {

    final CaseworkFixture f = new CaseworkFixture();

    private Dispatch.Builder dispatch(Case c, LocalDate due) {
        return Dispatch.of(c.id())
                .expectedVersion(c.version())
                .plan(new RectificationPlan("王厂长", "清理通道", "20 万元", due, "专人值守"))
                .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕3号"));
    }

    @Test
    void each_missing_element_of_the_treatment_plan_is_refused_on_its_own_field() {
        Case c = f.registered(HazardGrade.MAJOR);
        TreatmentPlan gaps = new TreatmentPlan("目标", " ", "经费", null, "时限", "");
        assertThatThrownBy(() -> f.casework.dispatch(
                        jinqiaoCommandCenter(),
                        dispatch(c, LocalDate.of(2026, 5, 15))
                                .treatmentPlan(gaps)
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors().stream().map(FieldError::field))
                                .containsExactlyInAnyOrder(
                                        "treatmentPlan.methodsAndMeasures",
                                        "treatmentPlan.organisationAndPersonnel",
                                        "treatmentPlan.safetyMeasuresAndContingencyPlan"));
        assertThatThrownBy(() -> f.casework.dispatch(
                        jinqiaoCommandCenter(),
                        dispatch(c, LocalDate.of(2026, 3, 29)).build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors().stream().map(FieldError::field))
                                .containsExactlyInAnyOrder("treatmentPlan", "plan.dueDate"));
        assertThat(f.reload(c).version()).as("nothing written").isEqualTo(c.version());
    }

    @Test
    void the_plans_due_date_is_the_deadline_and_the_reports_are_due_from_the_dispatch() {
        Case c = f.registered(HazardGrade.MAJOR);
        Case dispatched = f.casework.dispatch(
                jinqiaoCommandCenter(),
                dispatch(c, LocalDate.of(2026, 5, 15))
                        .treatmentPlan(SamplePlans.treatment())
                        .build());
        assertThat(dispatched.deadline())
                .contains(LocalDate.of(2026, 5, 16).atStartOfDay(ZONE).toInstant());
        assertThat(dispatched.treatmentPlan()).contains(SamplePlans.treatment());
        assertThat(dispatched.majorHazardReports())
                .extracting(MajorHazardReport::kind, MajorHazardReport::dueAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                MajorHazardReportKind.SUPERVISING_DEPARTMENT,
                                f.clock.instant().plus(Duration.ofDays(3))),
                        org.assertj.core.groups.Tuple.tuple(
                                MajorHazardReportKind.WORKERS_CONGRESS,
                                f.clock.instant().plus(Duration.ofDays(30))));
    }

    @Test
    void a_district_that_publishes_listed_supervision_owes_the_publication_too() {
        GridSafe publishing = GridSafe.builder()
                .directory(directory())
                .clock(f.clock)
                .majorHazardRules(MajorHazardRules.standard().withPublication(Duration.ofDays(7)))
                .build();
        Case c = publishing
                .casework()
                .report(jinqiaoGridManager(), f.fireHazard(HazardGrade.MAJOR).build());
        c = publishing.casework().register(jinqiaoCommandCenter(), CaseworkFixture.register(c));
        c = publishing.casework().dispatch(jinqiaoCommandCenter(), CaseworkFixture.dispatchWithPlan(c));
        assertThat(c.majorHazardReports())
                .extracting(MajorHazardReport::kind)
                .containsExactly(
                        MajorHazardReportKind.SUPERVISING_DEPARTMENT,
                        MajorHazardReportKind.WORKERS_CONGRESS,
                        MajorHazardReportKind.LISTED_SUPERVISION_PUBLICATION);
        assertThatThrownBy(() -> MajorHazardRules.standard().withPublication(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_late_report_is_recorded_as_late_and_the_case_closes_only_when_all_are_filed() {
        Case c = f.dispatched(HazardGrade.MAJOR);
        f.clock.add(Duration.ofDays(4));
        c = f.casework.fileMajorHazardReport(
                fireOfficer(),
                FileMajorHazardReport.of(c.id())
                        .expectedVersion(c.version())
                        .kind(MajorHazardReportKind.SUPERVISING_DEPARTMENT)
                        .recipient("区应急管理局")
                        .reference("报告〔2026〕1号")
                        .build());
        assertThat(c.majorHazardReports().get(0).filed()).isTrue();
        var filed = f.casework.history(jinqiaoCommandCenter(), c.id()).get((int) c.version() - 1);
        assertThat(((org.gridsafe.casework.MajorHazardReportFiled) filed.event()).onTime())
                .as("filed after its 3 days")
                .isFalse();
        Case stopped = f.casework.stopProduction(
                fireOfficer(),
                StopProduction.of(c.id())
                        .expectedVersion(c.version())
                        .scope(ProductionStopScope.WHOLE)
                        .evacuated(true)
                        .reason("无法保证安全")
                        .build());
        assertThat(stopped.state()).isEqualTo(CaseState.PRODUCTION_STOPPED);
        assertThat(stopped.deadline()).as("the running deadline is kept").isEqualTo(c.deadline());
        assertThat(f.notifications).extracting(Notification::kind).contains(NotificationKind.PRODUCTION_STOPPED);
        Case verified = f.casework.reviewResumption(
                fireOfficer(),
                org.gridsafe.casework.ReviewResumption.of(c.id())
                        .expectedVersion(f.casework
                                .applyForResumption(
                                        fireOfficer(),
                                        org.gridsafe.casework.ApplyForResumption.of(c.id())
                                                .expectedVersion(stopped.version())
                                                .summary("已整改")
                                                .build())
                                .version())
                        .passed(true)
                        .build());
        assertThat(verified.state()).isEqualTo(CaseState.VERIFIED);
        assertThat(verified.writtenOffAt()).isPresent();
        assertThatThrownBy(() -> f.casework.close(
                        jinqiaoCommandCenter(),
                        Close.of(verified.id())
                                .expectedVersion(verified.version())
                                .build()))
                .isInstanceOf(WrongCaseStateException.class)
                .hasMessageContaining("reports are not all filed");
    }
}
