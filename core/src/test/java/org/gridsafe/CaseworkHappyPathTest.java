package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;

class CaseworkHappyPathTest {

    @Test
    void aGeneralHazardRunsThroughAllSixStepsAndItsLogVerifies() {
        GridSafe gridSafe =
                GridSafe.builder().directory(directory()).clock(mondayMorning()).build();
        Casework casework = gridSafe.casework();

        Case reported = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description("消防通道堆放杂物")
                        .build());
        assertThat(reported.grid()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(reported.state()).isEqualTo(CaseState.REPORTED);

        Case c = casework.register(
                jinqiaoCommandCenter(),
                new Register(
                        reported.id(),
                        OptionalLong.of(1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        c = casework.dispatch(
                jinqiaoCommandCenter(),
                new Dispatch(
                        c.id(),
                        OptionalLong.of(2),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(c.department()).contains(FIRE_BRIGADE);
        c = casework.submitRectification(
                fireOfficer(), new SubmitRectification(c.id(), OptionalLong.of(3), "杂物已清理", List.of("photo:1")));
        c = casework.verify(jinqiaoGridManager(), new Verify(c.id(), OptionalLong.of(4), true, Optional.of("现场核查通过")));
        c = casework.close(
                jinqiaoCommandCenter(),
                new Close(c.id(), OptionalLong.of(5), Optional.of(5), Optional.empty(), Optional.empty()));

        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.closedOnTime()).contains(true);
        assertThat(c.version()).isEqualTo(6);
        assertThat(CaseAudit.verify(casework.history(districtCommandCenter(), c.id()))
                        .intact())
                .isTrue();
    }
}
