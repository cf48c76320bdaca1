package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;

class CaseworkHappyPathTest {

    /**
     * The hash chain's format is a promise to every stored log: a log written by this release must
     * verify under every later one. These are the hashes of the lifecycle below; if this test
     * fails, the canonical encoding or the hashing changed, and old logs would read as altered.
     */
    @Test
    void theHashChainOfAKnownLifecycleNeverChanges() {
        // The id is part of every hash: pinned to the one these hashes were taken with (the
        // in-memory generator's ids now carry a run stamp).
        Casework casework = GridSafe.builder()
                .directory(directory())
                .clock(mondayMorning())
                .idGenerator(now -> org.gridsafe.casework.CaseId.of("YH20260330-000001"))
                .build()
                .casework();
        Case closed = runSixSteps(casework);
        List<String> hashes = casework.history(districtCommandCenter(), closed.id()).stream()
                .map(RecordedEvent::hash)
                .toList();
        assertThat(hashes).containsExactly(GOLDEN_HASHES);
    }

    private static final String[] GOLDEN_HASHES = {
        "23d1aa64737018aa9dd59761be873c47aa9cc34034850749cc3276742c2b9d72",
        "c8dc8360586cb6d28db1eee99340024862d94a8ec11f962fc067ca7ff0a9feb5",
        "2bd9820a63e401a0604afcdb35e3a59233c3afd00a6e14dd2ad685dcf21e0292",
        "d46cd912e19fd12d96a57c96f7a4665788625586a33f61c5f57eed11c22d25e4",
        "774824f565ebc4d6598834abecf045fda0138f0dc2832cdbb09e53c8aea32562",
        "e5980569c6f880b76c44099535b995d1b40f9255e027753504229b218836e2c4"
    };

    @Test
    void aGeneralHazardRunsThroughAllSixStepsAndItsLogVerifies() {
        GridSafe gridSafe =
                GridSafe.builder().directory(directory()).clock(mondayMorning()).build();
        Casework casework = gridSafe.casework();
        Case c = runSixSteps(casework);

        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.closedOnTime()).contains(true);
        assertThat(c.version()).isEqualTo(6);
        assertThat(CaseAudit.verify(casework.history(districtCommandCenter(), c.id()))
                        .intact())
                .isTrue();
    }

    private static Case runSixSteps(Casework casework) {

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
                Register.of(reported.id()).expectedVersion(1).build());
        c = casework.dispatch(
                jinqiaoCommandCenter(), Dispatch.of(c.id()).expectedVersion(2).build());
        assertThat(c.department()).contains(FIRE_BRIGADE);
        c = casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(3)
                        .evidence("杂物已清理")
                        .attachments(List.of("photo:1"))
                        .build());
        c = casework.verify(
                jinqiaoGridManager(),
                Verify.of(c.id())
                        .expectedVersion(4)
                        .passed(true)
                        .remarks("现场核查通过")
                        .build());
        c = casework.close(
                jinqiaoCommandCenter(),
                Close.of(c.id()).expectedVersion(5).satisfaction(5).build());
        return c;
    }
}
