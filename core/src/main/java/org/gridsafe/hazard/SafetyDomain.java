package org.gridsafe.hazard;

/**
 * A domain of "big safety" (大安全): the area of government work a case belongs to.
 *
 * <p>The six domains are this library's default grouping (no national list by that name
 * was found); a {@code Department} declares which domains it covers.
 */
public enum SafetyDomain {
    /** 生产安全: workplace and production safety. */
    PRODUCTION("生产安全", "production safety"),
    /** 消防安全: fire safety. */
    FIRE("消防安全", "fire safety"),
    /** 交通安全: traffic safety. */
    TRAFFIC("交通安全", "traffic safety"),
    /** 建筑安全: construction and building safety. */
    CONSTRUCTION("建筑安全", "construction safety"),
    /** 食品安全: food safety. */
    FOOD("食品安全", "food safety"),
    /** 公共安全: public safety. */
    PUBLIC("公共安全", "public safety");

    private final String zhName;
    private final String enName;

    SafetyDomain(String zhName, String enName) {
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
