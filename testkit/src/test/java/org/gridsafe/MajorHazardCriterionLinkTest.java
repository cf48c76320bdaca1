package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseRegistered;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.ChangeMajorHazardCriterion;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.MajorHazardCriterionChanged;
import org.gridsafe.casework.MajorHazardDowngraded;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/**
 * A case linked to a major-hazard criterion (重大事故隐患判定标准) is MAJOR; only the command center
 * downgrades it, with a reason, and the event keeps the criterion removed.
 */
class MajorHazardCriterionLinkTest {

    private static final String SPECIAL_WORKERS = "MEM_ORDER_10_2023:3.2";

    private final CaseworkFixture fixture = new CaseworkFixture();

    private Case linked() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        return fixture.casework.register(
                CaseworkFixture.center(),
                Register.of(c.id())
                        .expectedVersion(c.version())
                        .majorHazardCriterion(SPECIAL_WORKERS)
                        .build());
    }

    @Test
    void linkingACriterionAtRegistrationMakesTheCaseMajor() {
        Case c = linked();
        assertThat(c.grade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(c.majorHazardCriterion()).contains(SPECIAL_WORKERS);
        assertThat(fixture.reload(c).majorHazardCriterion()).contains(SPECIAL_WORKERS);
    }

    @Test
    void aCriterionWithAGeneralGradeIsRefusedOnTheGradeField() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.register(
                        CaseworkFixture.center(),
                        Register.of(c.id())
                                .expectedVersion(c.version())
                                .grade(HazardGrade.GENERAL)
                                .majorHazardCriterion(SPECIAL_WORKERS)
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("grade"));
        assertThat(fixture.reload(c).version()).isEqualTo(c.version());
    }

    @Test
    void anUnknownOrMalformedCriterionIsAFieldErrorNamingTheField() {
        for (String bad : List.of("MEM_ORDER_10_2023:3.99", "NO_SUCH_STANDARD:3.1", "3.1", "")) {
            Case c = fixture.reported(HazardGrade.GENERAL);
            assertThatThrownBy(() -> fixture.casework.register(
                            CaseworkFixture.center(),
                            Register.of(c.id())
                                    .expectedVersion(c.version())
                                    .majorHazardCriterion(bad)
                                    .build()))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidCommandException.class,
                            e -> assertThat(e.fieldErrors())
                                    .extracting(FieldError::field)
                                    .containsExactly("majorHazardCriterion"));
        }
    }

    @Test
    void theCommandCenterDowngradesWithAReasonAndTheEventKeepsTheCriterion() {
        Case c = linked();
        Case downgraded = fixture.casework.downgradeMajorHazard(
                CaseworkFixture.center(),
                DowngradeMajorHazard.of(c.id())
                        .expectedVersion(c.version())
                        .reason("复核：持证上岗，不构成重大事故隐患")
                        .build());
        assertThat(downgraded.grade()).isEqualTo(HazardGrade.GENERAL);
        assertThat(downgraded.majorHazardCriterion()).isEmpty();
        assertThat(downgraded.state()).isEqualTo(c.state());
        assertThat(downgraded.deadline()).as("the running clock is kept").isEqualTo(c.deadline());
        assertThat(fixture.casework.history(CaseworkFixture.center(), c.id()))
                .last()
                .satisfies(e -> assertThat(e.event())
                        .isEqualTo(new MajorHazardDowngraded(Optional.of(SPECIAL_WORKERS), "复核：持证上岗，不构成重大事故隐患")));
    }

    @Test
    void gridStaffMayNotDowngradeAndAReasonIsRequired() {
        Case c = linked();
        assertThatThrownBy(() -> fixture.casework.downgradeMajorHazard(
                        jinqiaoGridManager(),
                        DowngradeMajorHazard.of(c.id()).reason("不算").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.downgradeMajorHazard(
                        CaseworkFixture.center(),
                        DowngradeMajorHazard.of(c.id()).reason(" ").build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("reason"));
        Case general = fixture.reported(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.downgradeMajorHazard(
                        CaseworkFixture.center(),
                        DowngradeMajorHazard.of(general.id()).reason("一般隐患").build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("grade"));
    }

    private static final String NO_DUST_REMOVAL = "MEM_ORDER_10_2023:3.1";

    @Test
    void aReportNamingACriterionIsMajorFromTheStartAndRegistrationKeepsTheLink() {
        Case c = fixture.casework.report(
                jinqiaoGridManager(),
                fixture.fireHazard(null).majorHazardCriterion(SPECIAL_WORKERS).build());
        Case major = fixture.reported(HazardGrade.MAJOR);
        assertThat(c.grade()).as("an unset grade becomes MAJOR").isEqualTo(HazardGrade.MAJOR);
        assertThat(c.majorHazardCriterion()).contains(SPECIAL_WORKERS);
        assertThat(c.deadline()).as("the register deadline of a major hazard").isEqualTo(major.deadline());
        assertThat(fixture.casework.history(CaseworkFixture.center(), c.id()))
                .first()
                .satisfies(e -> assertThat(((CaseReported) e.event()).majorHazardCriterion())
                        .contains(SPECIAL_WORKERS));
        Case registered = fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(c));
        assertThat(registered.majorHazardCriterion()).contains(SPECIAL_WORKERS);
        assertThat(registered.grade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(fixture.casework.history(CaseworkFixture.center(), c.id()))
                .last()
                .satisfies(e -> assertThat(((CaseRegistered) e.event()).majorHazardCriterion())
                        .as("nothing changed, nothing recorded")
                        .isEmpty());

        Case other = fixture.casework.report(
                jinqiaoGridManager(),
                fixture.fireHazard(HazardGrade.MAJOR)
                        .majorHazardCriterion(SPECIAL_WORKERS)
                        .build());
        Case relinked = fixture.casework.register(
                CaseworkFixture.center(),
                Register.of(other.id())
                        .expectedVersion(other.version())
                        .majorHazardCriterion(NO_DUST_REMOVAL)
                        .build());
        assertThat(relinked.majorHazardCriterion()).contains(NO_DUST_REMOVAL);
        assertThat(fixture.reload(relinked).majorHazardCriterion()).contains(NO_DUST_REMOVAL);
    }

    @Test
    void aReportWithAnUnknownCriterionOrAGeneralGradeIsRefusedOnTheField() {
        int before = fixture.gridSafe
                .caseQueries()
                .find(org.gridsafe.port.CaseQuery.all())
                .cases()
                .size();
        for (String bad : List.of("MEM_ORDER_10_2023:3.99", "NO_SUCH_STANDARD:3.1", "3.1")) {
            assertThatThrownBy(() -> fixture.casework.report(
                            jinqiaoGridManager(),
                            fixture.fireHazard(null).majorHazardCriterion(bad).build()))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidCommandException.class,
                            e -> assertThat(e.fieldErrors())
                                    .extracting(FieldError::field)
                                    .containsExactly("majorHazardCriterion"));
        }
        assertThatThrownBy(() -> fixture.casework.report(
                        jinqiaoGridManager(),
                        fixture.fireHazard(HazardGrade.GENERAL)
                                .majorHazardCriterion(SPECIAL_WORKERS)
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("grade"));
        assertThatThrownBy(() -> fixture.casework.report(
                        jinqiaoGridManager(), fixture.fireHazard(null).build()))
                .as("without a criterion the grade stays required")
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("grade"));
        assertThatThrownBy(() -> fixture.casework.reportFixedOnSpot(
                        jinqiaoGridManager(),
                        ReportFixedOnSpot.of(fixture.fireHazard(null)
                                        .majorHazardCriterion(SPECIAL_WORKERS)
                                        .build())
                                .evidence("已清理")
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .contains("report.majorHazardCriterion"));
        assertThat(fixture.gridSafe
                        .caseQueries()
                        .find(org.gridsafe.port.CaseQuery.all())
                        .cases()
                        .size())
                .as("nothing stored")
                .isEqualTo(before);
    }

    @Test
    void theCommandCenterLinksACriterionToAnOpenCaseKeepingItsDeadlineAndReplacesIt() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        Case linked = fixture.casework.changeMajorHazardCriterion(
                CaseworkFixture.center(),
                ChangeMajorHazardCriterion.of(c.id())
                        .expectedVersion(c.version())
                        .criterion(SPECIAL_WORKERS)
                        .reason("复核：电焊作业人员无证上岗")
                        .build());
        assertThat(linked.grade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(linked.majorHazardCriterion()).contains(SPECIAL_WORKERS);
        assertThat(linked.state()).isEqualTo(c.state());
        assertThat(linked.deadline()).as("the current step's deadline is kept").isEqualTo(c.deadline());
        assertThat(linked.lastReason()).contains("复核：电焊作业人员无证上岗");

        Case replaced = fixture.casework.changeMajorHazardCriterion(
                CaseworkFixture.center(),
                ChangeMajorHazardCriterion.of(c.id())
                        .expectedVersion(linked.version())
                        .criterion(NO_DUST_REMOVAL)
                        .reason("复核：实为除尘系统未按规定设置")
                        .build());
        assertThat(replaced.grade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(fixture.reload(c).majorHazardCriterion()).contains(NO_DUST_REMOVAL);
        assertThat(fixture.casework.history(CaseworkFixture.center(), c.id()))
                .last()
                .satisfies(e -> assertThat(e.event())
                        .isEqualTo(new MajorHazardCriterionChanged(
                                NO_DUST_REMOVAL, Optional.of(SPECIAL_WORKERS), "复核：实为除尘系统未按规定设置")));
    }

    @Test
    void changingTheCriterionNeedsACommandCenterAReasonAKnownNewCriterionAndAnOpenCase() {
        Case c = linked();
        assertThatThrownBy(() -> fixture.casework.changeMajorHazardCriterion(
                        jinqiaoGridManager(),
                        ChangeMajorHazardCriterion.of(c.id())
                                .criterion(NO_DUST_REMOVAL)
                                .reason("换")
                                .build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.casework.changeMajorHazardCriterion(
                        CaseworkFixture.center(),
                        ChangeMajorHazardCriterion.of(c.id())
                                .criterion(NO_DUST_REMOVAL)
                                .reason(" ")
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("reason"));
        for (String bad : java.util.Arrays.asList(SPECIAL_WORKERS, "MEM_ORDER_10_2023:9.9", null)) {
            assertThatThrownBy(() -> fixture.casework.changeMajorHazardCriterion(
                            CaseworkFixture.center(),
                            ChangeMajorHazardCriterion.of(c.id())
                                    .criterion(bad)
                                    .reason("复核")
                                    .build()))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(
                            InvalidCommandException.class,
                            e -> assertThat(e.fieldErrors())
                                    .extracting(FieldError::field)
                                    .containsExactly("criterion"));
        }
        Case rejected = fixture.reported(HazardGrade.GENERAL);
        fixture.casework.reject(
                CaseworkFixture.center(), Reject.of(rejected.id()).reason("不属实").build());
        assertThatThrownBy(() -> fixture.casework.changeMajorHazardCriterion(
                        CaseworkFixture.center(),
                        ChangeMajorHazardCriterion.of(rejected.id())
                                .criterion(SPECIAL_WORKERS)
                                .reason("复核")
                                .build()))
                .isInstanceOf(WrongCaseStateException.class);
        assertThat(fixture.reload(c).version()).isEqualTo(c.version());
    }
}
