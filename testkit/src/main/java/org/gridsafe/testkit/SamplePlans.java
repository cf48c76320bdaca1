package org.gridsafe.testkit;

import org.gridsafe.casework.TreatmentPlan;

/** A major hazard's treatment plan with every element of 令第16号, for tests that dispatch one. */
public final class SamplePlans {

    private SamplePlans() {}

    /** Every element filled. */
    public static TreatmentPlan treatment() {
        return new TreatmentPlan(
                "消除消防通道堵塞隐患，恢复防火分隔",
                "清理通道，加装防火卷帘",
                "企业自筹 20 万元，物资已采购",
                "安全科牵头，王厂长负责",
                "30 日内完成，经复查合格",
                "设置警戒区，专人值守，配置灭火器材");
    }
}
