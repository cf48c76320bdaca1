package org.gridsafe.patrol;

/**
 * What grid staff may leave at the premises. None is an administrative document (行政文书): those are
 * issued in an inspection by credentialed officers (国办发〔2024〕54号).
 */
public enum AdviceKind {
    /** 劝导. */
    PERSUASION("劝导"),
    /** 告知 (safety information, a reminder of duties). */
    NOTICE("告知"),
    /** 整改提示: a non-administrative note of what to fix (吴江's 整改通知单 on rental housing, local). */
    RECTIFICATION_PROMPT("整改提示（非行政文书）");

    private final String zhName;

    AdviceKind(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
