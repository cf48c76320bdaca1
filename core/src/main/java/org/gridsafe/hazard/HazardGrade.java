package org.gridsafe.hazard;

/**
 * The grade of an accident hazard (事故隐患), per 安全生产事故隐患排查治理暂行规定 (原安监总局令第16号) art.3.
 *
 * <p>The grade decides the time limits of rectification and verification ({@code TimeLimits}) and may
 * decide who handles the case ({@code DutyMatrix}).
 */
public enum HazardGrade {
    /** 一般事故隐患: small harm and little difficulty; can be fixed as soon as it is found. */
    GENERAL("一般事故隐患", "general hazard"),
    /**
     * 重大事故隐患: needs partial or full stoppage and time to fix, or cannot be removed by the unit
     * itself; needs a rectification plan and listed supervision (挂牌督办).
     */
    MAJOR("重大事故隐患", "major hazard");

    private final String zhName;
    private final String enName;

    HazardGrade(String zhName, String enName) {
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
