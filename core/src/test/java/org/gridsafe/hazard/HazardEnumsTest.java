package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The display names of the grades, domains and risk levels, stated in full as tables (constant, zh-CN,
 * en), so a renamed, reordered, added or dropped constant fails here and has to be looked at.
 */
class HazardEnumsTest {

    @Test
    void hazard_grades_are_the_two_of_the_hazard_rules() {
        assertThat(HazardGrade.values())
                .extracting(Enum::name, HazardGrade::zhName, HazardGrade::enName)
                .containsExactly(
                        tuple("GENERAL", "一般事故隐患", "general hazard"), tuple("MAJOR", "重大事故隐患", "major hazard"));
    }

    @Test
    void safety_domains_are_the_six_of_big_safety() {
        assertThat(SafetyDomain.values())
                .extracting(Enum::name, SafetyDomain::zhName, SafetyDomain::enName)
                .containsExactly(
                        tuple("PRODUCTION", "生产安全", "production safety"),
                        tuple("FIRE", "消防安全", "fire safety"),
                        tuple("TRAFFIC", "交通安全", "traffic safety"),
                        tuple("CONSTRUCTION", "建筑安全", "construction safety"),
                        tuple("FOOD", "食品安全", "food safety"),
                        tuple("PUBLIC", "公共安全", "public safety"));
    }

    @Test
    void risk_levels_run_from_red_to_blue() {
        assertThat(RiskLevel.values())
                .extracting(Enum::name, RiskLevel::zhName, RiskLevel::enName)
                .containsExactly(
                        tuple("RED", "重大风险", "major risk (red)"),
                        tuple("ORANGE", "较大风险", "considerable risk (orange)"),
                        tuple("YELLOW", "一般风险", "general risk (yellow)"),
                        tuple("BLUE", "低风险", "low risk (blue)"));
    }

    @Test
    void no_two_constants_share_a_display_name() {
        assertDistinct(HazardGrade.values(), HazardGrade::zhName, HazardGrade::enName);
        assertDistinct(SafetyDomain.values(), SafetyDomain::zhName, SafetyDomain::enName);
        assertDistinct(RiskLevel.values(), RiskLevel::zhName, RiskLevel::enName);
    }

    @SafeVarargs
    private static <E> void assertDistinct(E[] values, Function<E, String>... names) {
        for (Function<E, String> name : names) {
            assertThat(Arrays.stream(values).map(name)).doesNotHaveDuplicates();
        }
    }
}
