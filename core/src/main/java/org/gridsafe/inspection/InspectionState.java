package org.gridsafe.inspection;

/** Where an inspection stands. */
public enum InspectionState {
    /** 检查中: opened, the checklist not yet submitted. */
    OPEN("检查中"),
    /** 已检查: the checklist is submitted; findings become cases, documents are recorded. */
    CHECKED("已检查"),
    /** 已办结: closed with a conclusion. */
    CLOSED("已办结");

    private final String zhName;

    InspectionState(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
