package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HazardEnumsTest {

    @Test
    void gradesDomainsAndRiskLevelsCarryChineseAndEnglishNames() {
        assertThat(HazardGrade.GENERAL.zhName()).isEqualTo("一般事故隐患");
        assertThat(HazardGrade.MAJOR.zhName()).isEqualTo("重大事故隐患");
        assertThat(SafetyDomain.FIRE.zhName()).isEqualTo("消防安全");
        assertThat(SafetyDomain.values())
                .extracting(SafetyDomain::zhName)
                .containsExactly("生产安全", "消防安全", "交通安全", "建筑安全", "食品安全", "公共安全");
        assertThat(RiskLevel.values()).extracting(RiskLevel::zhName).containsExactly("重大风险", "较大风险", "一般风险", "低风险");
        for (Enum<?>[] values : new Enum<?>[][] {HazardGrade.values(), SafetyDomain.values(), RiskLevel.values()}) {
            assertThat(values).isNotEmpty();
        }
        assertThat(RiskLevel.RED.enName()).contains("red");
        assertThat(SafetyDomain.PUBLIC.enName()).isEqualTo("public safety");
    }
}
