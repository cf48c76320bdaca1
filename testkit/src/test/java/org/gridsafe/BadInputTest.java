package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseNotFoundException;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.StaleCaseVersionException;
import org.gridsafe.casework.Verify;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.CaseQuery;
import org.junit.jupiter.api.Test;

/** Every refusal names what is wrong, and nothing is half-applied. */
class BadInputTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    @Test
    void anEmptyReportListsEveryMissingField() {
        assertThatThrownBy(() -> fixture.casework.report(
                        jinqiaoGridManager(), Report.builder().build()))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).fieldErrors())
                        .extracting(FieldError::field)
                        .containsExactly("source", "grid", "domain", "hazard", "grade", "description"));
        assertNothingStored();
    }

    @Test
    void anUnknownHazardCodeNamesTheNearestKnownAncestor() {
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).hazard(HazardCode.parse("210188")),
                "hazard: hazard code 210188 is not in the catalog; nearest known ancestor is 2101");
    }

    @Test
    void aPointOutsideTheDistrictIsRefused() {
        Report.Builder report = Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_OUTSIDE)
                .domain(org.gridsafe.hazard.SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("x");
        assertReportRefused(report, "location: point");
        assertReportRefused(report, "lies outside every grid of this district");
    }

    @Test
    void anUnknownGridIsRefused() {
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).grid(GridCode.parse("320599009")),
                "grid: no grid with code 320599009 in this district");
    }

    @Test
    void textOverTheDocumentedLimitIsRefusedWithItsLength() {
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).description("隐".repeat(InputLimits.DESCRIPTION + 1)),
                "description: is 2001 characters long; at most 2000 are allowed");
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).description("   "), "description: must not be blank");
    }

    @Test
    void theSourceMustFitTheReportersRole() {
        assertThatThrownBy(() -> fixture.casework.report(
                        citizen(), fixture.fireHazard(HazardGrade.GENERAL).build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("source: GRID_PATROL reports come from grid staff");
        assertNothingStored();
    }

    @Test
    void anEnterpriseReportsOnlyItsOwnHazards() {
        Report report = fixture.fireHazard(HazardGrade.GENERAL)
                .source(CaseSource.ENTERPRISE_SELF_REPORT)
                .enterpriseId("91320500MA1TEST002")
                .build();
        assertThatThrownBy(() -> fixture.casework.report(enterprise(), report))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("enterpriseId: an enterprise reports only its own hazards");
        Case own = fixture.casework.report(
                enterprise(),
                fixture.fireHazard(HazardGrade.GENERAL)
                        .source(CaseSource.ENTERPRISE_SELF_REPORT)
                        .build());
        assertThat(own.enterpriseId()).contains("91320500MA1TEST001");
    }

    @Test
    void commandsInTheWrongStateAreRefusedAndChangeNothing() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.verify(
                        jinqiaoGridManager(), Verify.of(c.id()).passed(true).build()))
                .isInstanceOf(WrongCaseStateException.class)
                .hasMessage("cannot verify case " + c.id() + ": it is reported");
        assertThat(fixture.reload(c).version()).isEqualTo(1);
    }

    @Test
    void aRejectedCaseAcceptsNoCommand() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        Case rejected = fixture.casework.reject(
                CaseworkFixture.center(),
                Reject.of(c.id()).expectedVersion(1).reason("重复上报").build());
        assertThatThrownBy(
                        () -> fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(rejected)))
                .isInstanceOf(WrongCaseStateException.class)
                .hasMessageContaining("it is rejected and accepts no command");
        assertThatThrownBy(() -> fixture.casework.close(
                        CaseworkFixture.center(), Close.of(c.id()).build()))
                .isInstanceOf(WrongCaseStateException.class);
        assertThat(fixture.reload(c).version()).isEqualTo(2);
    }

    @Test
    void aStaleExpectedVersionIsRefused() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        assertThatThrownBy(() -> fixture.casework.reject(
                        CaseworkFixture.center(),
                        Reject.of(c.id()).expectedVersion(7).reason("x").build()))
                .isInstanceOf(StaleCaseVersionException.class)
                .hasMessageContaining("is at version 1, not 7");
    }

    @Test
    void anUnknownCaseIsReportedAsNotFound() {
        assertThatThrownBy(() -> fixture.casework.reject(
                        CaseworkFixture.center(),
                        Reject.of(CaseId.of("YH-NOPE")).reason("x").build()))
                .isInstanceOf(CaseNotFoundException.class)
                .hasMessage("case YH-NOPE does not exist");
    }

    @Test
    void satisfactionMustBeOneToFive() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        c = fixture.casework.submitRectification(
                fireOfficer(),
                org.gridsafe.casework.SubmitRectification.of(c.id())
                        .evidence("已整改")
                        .build());
        c = fixture.casework.verify(
                jinqiaoGridManager(), Verify.of(c.id()).passed(true).build());
        Case verified = c;
        assertThatThrownBy(() -> fixture.casework.close(
                        CaseworkFixture.center(),
                        Close.of(verified.id()).satisfaction(6).build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("satisfaction: must be 1 (very unsatisfied) to 5 (very satisfied), was 6");
    }

    private void assertReportRefused(Report.Builder report, String message) {
        assertThatThrownBy(() -> fixture.casework.report(jinqiaoGridManager(), report.build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining(message);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(fixture.gridSafe.caseQueries().find(CaseQuery.all()).cases()).isEmpty();
    }

    @Test
    void aGridCodeAndAPointThatDisagreeAreRefused() {
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).grid(SHIHU_MICRO_1).location(POINT_IN_JINQIAO_MICRO_1),
                "location: point");
        assertReportRefused(
                fixture.fireHazard(HazardGrade.GENERAL).grid(SHIHU_MICRO_1).location(POINT_IN_JINQIAO_MICRO_1),
                "lies in grid 320599001001001, not in grid 320599002001001");
        Case agreeing = fixture.casework.report(
                jinqiaoCommandCenter(),
                fixture.fireHazard(HazardGrade.GENERAL)
                        .source(CaseSource.PUBLIC_REPORT)
                        .grid(JINQIAO_COMMUNITY)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .build());
        assertThat(agreeing.grid()).isEqualTo(JINQIAO_COMMUNITY);
    }

    @Test
    void aDuplicateIsMergedOnlyIntoACaseInTheCommandCentersArea() {
        Case jinqiao = fixture.reported(HazardGrade.GENERAL);
        Case shihu = fixture.casework.report(
                shihuGridManager(),
                fixture.fireHazard(HazardGrade.GENERAL).grid(SHIHU_MICRO_1).build());
        assertThatThrownBy(() -> fixture.casework.merge(
                        CaseworkFixture.center(),
                        org.gridsafe.casework.Merge.of(jinqiao.id())
                                .into(shihu.id())
                                .reason("同一隐患")
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("into: case " + shihu.id() + " is outside what cc-jinqiao");
        Case merged = fixture.casework.merge(
                districtCommandCenter(),
                org.gridsafe.casework.Merge.of(jinqiao.id())
                        .into(shihu.id())
                        .reason("同一隐患")
                        .build());
        assertThat(merged.mergedInto()).contains(shihu.id());
    }

    @Test
    void escalationCannotBeRunAheadOfTime() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        var nextMonth = CaseworkFixture.at(CaseworkFixture.MONDAY_0900.plusDays(30));
        assertThatThrownBy(() -> fixture.casework.execute(
                        CaseworkFixture.center(),
                        org.gridsafe.casework.Escalate.of(c.id()).now(nextMonth).build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("now: cannot escalate as of");
        assertThat(fixture.reload(c).version()).isEqualTo(1);
    }
}
