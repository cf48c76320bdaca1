package org.gridsafe.hazard;

/**
 * The four safety risk levels (安全风险等级) of the dual prevention mechanism, highest first, with
 * their colours: 重大 red, 较大 orange, 一般 yellow, 低 blue.
 */
public enum RiskLevel {
    /** 重大风险 (红). */
    RED("重大风险", "major risk (red)"),
    /** 较大风险 (橙). */
    ORANGE("较大风险", "considerable risk (orange)"),
    /** 一般风险 (黄). */
    YELLOW("一般风险", "general risk (yellow)"),
    /** 低风险 (蓝). */
    BLUE("低风险", "low risk (blue)");

    private final String zhName;
    private final String enName;

    RiskLevel(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }
}
