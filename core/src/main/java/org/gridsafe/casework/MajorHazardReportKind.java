package org.gridsafe.casework;

/** The reports a major hazard owes (重大事故隐患报告), each a duty with its own deadline. */
public enum MajorHazardReportKind {
    /**
     * 向负有安全生产监督管理职责的部门报告: the hazard's state and cause, its harm and the difficulty of
     * rectifying it, and the treatment plan (令第16号; 安全生产法 art. 41).
     */
    SUPERVISING_DEPARTMENT("向监管部门报告", "report to the supervising department"),
    /** 向职工大会或者职工代表大会报告 (安全生产法 art. 41). */
    WORKERS_CONGRESS("向职工代表大会报告", "report to the workers' congress"),
    /** 挂牌督办公告: publication of the listed supervision, where the district's rule requires it. */
    LISTED_SUPERVISION_PUBLICATION("挂牌督办公告", "publication of the listed supervision");

    private final String zhName;
    private final String enName;

    MajorHazardReportKind(String zhName, String enName) {
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
