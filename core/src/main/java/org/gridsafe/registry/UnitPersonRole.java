package org.gridsafe.registry;

/** The role of a person a production unit names for safety. */
public enum UnitPersonRole {
    PRINCIPAL("主要负责人", "principal person in charge"),
    SAFETY_MANAGER("安全管理人员", "safety manager");

    private final String zhName;
    private final String enName;

    UnitPersonRole(String zhName, String enName) {
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
