package org.gridsafe.registry;

/** The two kinds of supervised entity. */
public enum EntityKind {
    PRODUCTION_UNIT("生产经营单位", "production unit"),
    PLACE("场所", "place");

    private final String zhName;
    private final String enName;

    EntityKind(String zhName, String enName) {
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
