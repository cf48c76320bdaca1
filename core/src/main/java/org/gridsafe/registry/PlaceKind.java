package org.gridsafe.registry;

/**
 * What kind of premises a {@link Place} is. Crowded and public gathering places are those of 消防法
 * (2021) art. 73; a 三合一 premises is flagged on the place ({@link Place#threeInOne()}), whatever its kind.
 */
public enum PlaceKind {
    NINE_SMALL("九小场所", "nine-small premises"),
    RENTAL_HOUSING("出租屋", "rental housing"),
    CROWDED_PLACE("人员密集场所", "crowded place"),
    PUBLIC_GATHERING_PLACE("公众聚集场所", "public gathering place"),
    MIXED_USE("多业态混合生产经营场所", "mixed-use premises"),
    CONSTRUCTION_SITE("建筑施工工地", "construction site"),
    KEY_FACILITY("重点设施", "key facility");

    private final String zhName;
    private final String enName;

    PlaceKind(String zhName, String enName) {
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
