package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.MajorHazardDowngraded;
import org.gridsafe.casework.Register;
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
}
