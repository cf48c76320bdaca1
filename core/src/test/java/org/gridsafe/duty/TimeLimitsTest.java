package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void theDefaultsFollowTheTableInTheJavadoc() {
        TimeLimits limits = TimeLimits.defaults();

        assertThat(limits.limit(WorkflowStep.REGISTER, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingHours(2));
        assertThat(limits.limit(WorkflowStep.DISPATCH, HazardGrade.GENERAL)).isEqualTo(TimeLimit.workingHours(2));
        assertThat(limits.limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL)).isEqualTo(TimeLimit.workingDays(3));
        assertThat(limits.limit(WorkflowStep.RECTIFY, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingDays(30));
        assertThat(limits.limit(WorkflowStep.VERIFY, HazardGrade.GENERAL)).isEqualTo(TimeLimit.workingDays(1));
        assertThat(limits.limit(WorkflowStep.VERIFY, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingDays(5));
        assertThat(limits.limit(WorkflowStep.CLOSE, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingHours(4));
        assertThat(limits.hasLimit(WorkflowStep.REPORT)).isFalse();
        assertThat(limits.find(WorkflowStep.REPORT, HazardGrade.GENERAL)).isEmpty();
    }

    @Test
    void askingForTheLimitOfReportFails() {
        assertThatThrownBy(() -> TimeLimits.defaults().limit(WorkflowStep.REPORT, HazardGrade.GENERAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no time limit for step REPORT (发现上报) and grade GENERAL; steps with limits:"
                        + " [REGISTER, DISPATCH, RECTIFY, VERIFY, CLOSE]");
        assertThatThrownBy(() -> TimeLimits.builder().limit(WorkflowStep.REPORT, TimeLimit.workingHours(1)))
                .hasMessage("step REPORT (发现上报) cannot have a time limit: the report starts the clock");
    }

    @Test
    void aStepNeedsALimitForEveryGrade() {
        assertThatThrownBy(() -> TimeLimits.builder()
                        .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(3))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step RECTIFY has a time limit for [GENERAL] but none for MAJOR");
    }

    @Test
    void limitsCanBeChangedFromACopy() {
        TimeLimits faster = TimeLimits.defaults().toBuilder()
                .limit(WorkflowStep.REGISTER, TimeLimit.workingHours(1))
                .build();
        assertThat(faster.limit(WorkflowStep.REGISTER, HazardGrade.GENERAL)).isEqualTo(TimeLimit.workingHours(1));
        assertThat(faster.limit(WorkflowStep.RECTIFY, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingDays(30));
        assertThat(faster).isNotEqualTo(TimeLimits.defaults());
        assertThat(TimeLimits.defaults().toBuilder().build()).isEqualTo(TimeLimits.defaults());
    }

    @Test
    void aTimeLimitIsBetweenZeroAndTheMaximum() {
        assertThat(TimeLimit.workingHours(0).amount()).isZero();
        assertThat(TimeLimit.workingDays(3)).hasToString("3 working days");
        assertThatThrownBy(() -> TimeLimit.workingDays(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time limit of -1 working days is outside 0-10000");
        assertThatThrownBy(() -> TimeLimit.workingHours(10_001))
                .hasMessage("time limit of 10001 working hours is outside 0-10000");
    }

    @Test
    void stepsHaveDisplayNames() {
        assertThat(WorkflowStep.values())
                .extracting(WorkflowStep::zhName)
                .containsExactly("发现上报", "受理立案", "派遣交办", "整改处置", "核查验收", "结案评价");
        assertThat(WorkflowStep.VERIFY.enName()).isEqualTo("verify");
        assertThat(TimeUnitKind.WORKING_DAYS.zhName()).isEqualTo("工作日");
    }

    @Test
    void everyDefaultSaysWhereItComesFrom() {
        TimeLimits defaults = TimeLimits.defaults();
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                assertThat(TimeLimits.sourceOfDefault(step, grade).isPresent())
                        .as("%s %s", step, grade)
                        .isEqualTo(defaults.hasLimit(step));
                TimeLimits.sourceOfDefault(step, grade)
                        .ifPresent(source -> assertThat(source).containsAnyOf("project default", "福州", "凤县"));
            }
        }
        assertThat(TimeLimits.sourceOfDefault(WorkflowStep.RECTIFY, HazardGrade.GENERAL))
                .hasValueSatisfying(s -> assertThat(s).contains("凤县 2018").contains("立即"));
        assertThat(TimeLimits.sourceOfDefault(WorkflowStep.RECTIFY, HazardGrade.MAJOR))
                .hasValueSatisfying(s -> assertThat(s).startsWith("project default"));
        assertThat(TimeLimits.sourceOfDefault(WorkflowStep.REGISTER, HazardGrade.MAJOR))
                .hasValueSatisfying(s -> assertThat(s).contains("福州 2013"));
    }

    @Test
    void eachLimitCarriesItsSourceThroughToBuilderAndLosesItWhenReplaced() {
        TimeLimits defaults = TimeLimits.defaults();
        for (WorkflowStep step : WorkflowStep.values()) {
            for (HazardGrade grade : HazardGrade.values()) {
                assertThat(defaults.source(step, grade)).isEqualTo(TimeLimits.sourceOfDefault(step, grade));
            }
        }
        assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
        TimeLimits own = defaults.toBuilder()
                .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(0), " 令第16号: 立即 ")
                .limit(WorkflowStep.CLOSE, HazardGrade.MAJOR, TimeLimit.workingHours(8))
                .build();
        assertThat(own.source(WorkflowStep.RECTIFY, HazardGrade.GENERAL)).contains("令第16号: 立即");
        // A limit replaced without a source no longer claims the old one.
        assertThat(own.source(WorkflowStep.CLOSE, HazardGrade.MAJOR)).isEmpty();
        assertThat(own)
                .isNotEqualTo(defaults.toBuilder()
                        .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(0), "another rule")
                        .limit(WorkflowStep.CLOSE, HazardGrade.MAJOR, TimeLimit.workingHours(8))
                        .build());
        assertThatThrownBy(() -> TimeLimits.builder().source(WorkflowStep.VERIFY, HazardGrade.MAJOR, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set the limit before its source");
        assertThatThrownBy(() -> TimeLimits.builder()
                        .limit(WorkflowStep.VERIFY, HazardGrade.MAJOR, TimeLimit.workingDays(1), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void aCalendarWrittenAsTextReadsBackEqualAndEveryRefusedLineIsListed() {
        WorkCalendar china = WorkCalendar.chinaMainland2026();
        assertThat(WorkCalendar.parse(china.text())).isEqualTo(china);
        assertThat(WorkCalendar.parse(china.text()).text()).isEqualTo(china.text());
        assertThat(WorkCalendar.problems(china.text())).isEmpty();
        assertThat(WorkCalendar.problems("zone Mars/Olympus\nhours 12:00-08:00\ncovers 2027\nholiday 2026-05-01\n"))
                .extracting(WorkCalendarFormatException::lineNumber)
                .containsExactly(1, 2, 4);
    }
}
