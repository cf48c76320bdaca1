package org.gridsafe.duty;

/**
 * The six steps of the closed loop (六步闭环) every case passes through, in order.
 *
 * <p>No published text names six steps (the research found no "六步闭环" standard); this is the library's
 * default, derived from the documented urban-management and listed-supervision loops. The names are
 * display configuration; the order is the library's. {@link TimeLimits} gives each step after
 * {@link #REPORT} its time limit.
 */
public enum WorkflowStep {
    /** 发现上报: a hazard is found and reported. */
    REPORT("发现上报", "report"),
    /** 受理立案: the command center registers the case (or rejects or merges it). */
    REGISTER("受理立案", "register"),
    /** 派遣交办: the case is dispatched to the responsible department or unit. */
    DISPATCH("派遣交办", "dispatch"),
    /** 整改处置: the hazard is rectified. */
    RECTIFY("整改处置", "rectify"),
    /** 核查验收: the rectification is verified (a failure sends the case back: 返工). */
    VERIFY("核查验收", "verify"),
    /** 结案评价: the case is closed and evaluated (销号). */
    CLOSE("结案评价", "close");

    private final String zhName;
    private final String enName;

    WorkflowStep(String zhName, String enName) {
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
