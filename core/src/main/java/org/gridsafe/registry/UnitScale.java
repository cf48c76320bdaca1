package org.gridsafe.registry;

/**
 * A production unit's size class. {@link #ABOVE_DESIGNATED_SIZE} (规模以上) is, for industry, an annual
 * main business revenue of 20 million yuan or more (the statistics bureau's threshold since 2011);
 * the three-way split itself is local practice, kept by district systems.
 */
public enum UnitScale {
    ABOVE_DESIGNATED_SIZE("规模以上", "above designated size"),
    SMALL_MEDIUM("中小", "small or medium"),
    MICRO("小微", "micro");

    private final String zhName;
    private final String enName;

    UnitScale(String zhName, String enName) {
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
