package org.gridsafe.registry;

/** Where a production unit or place stands; moves only by the rows of {@link EntityLifecycle#TABLE}. */
public enum EntityStatus {
    OPERATING("在营", "operating"),
    SUSPENDED("停产停业", "suspended"),
    CLOSED("关闭", "closed"),
    DEREGISTERED("注销", "deregistered");

    private final String zhName;
    private final String enName;

    EntityStatus(String zhName, String enName) {
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
