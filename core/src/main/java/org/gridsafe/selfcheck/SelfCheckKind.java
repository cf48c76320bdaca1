package org.gridsafe.selfcheck;

/**
 * The kinds of self-inspection an enterprise plans (日常、定期、季节性、节假日、专项), as the enterprise
 * hazard-investigation rules name them (local practice; the cycle of a periodic one is the enterprise's).
 */
public enum SelfCheckKind {
    /** 日常排查: by the shift or the day. */
    DAILY("日常排查", "daily"),
    /** 定期排查: every {@code cycleDays} days. */
    PERIODIC("定期排查", "periodic"),
    /** 季节性排查: before a season's risks (flood, heat, frost). */
    SEASONAL("季节性排查", "seasonal"),
    /** 节假日排查: before and during holidays. */
    HOLIDAY("节假日排查", "holiday"),
    /** 专项排查: one subject, ordered or chosen (e.g. after an accident elsewhere). */
    SPECIAL("专项排查", "special");

    private final String zhName;
    private final String enName;

    SelfCheckKind(String zhName, String enName) {
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
