package org.gridsafe.selfcheck;

/** Where an employee's internal report stands. */
public enum InternalReportState {
    /** 待核实: submitted, not yet verified. */
    SUBMITTED("待核实"),
    /** 属实: verified as founded; it became a case. */
    FOUNDED("属实"),
    /** 不属实: verified as unfounded. */
    UNFOUNDED("不属实");

    private final String zhName;

    InternalReportState(String zhName) {
        this.zhName = zhName;
    }

    /** The Chinese display name. */
    public String zhName() {
        return zhName;
    }
}
