package org.gridsafe.hazard;

/**
 * The four layers of a GB/T 13861 hazard code, identified by the number of digits.
 *
 * <p>大类 (1 digit) → 中类 (2) → 小类 (4) → 细类 (6).
 */
public enum HazardCodeLevel {
    /** 大类: the first digit, 1 人的因素 … 4 管理因素. */
    CATEGORY("大类", "category", 1),
    /** 中类: one more digit, 1-9. */
    CLASS("中类", "class", 2),
    /** 小类: two more digits, 01-99 ("99" = other). */
    SUBCLASS("小类", "subclass", 4),
    /** 细类: two more digits, 01-99 ("99" = other). */
    DETAIL("细类", "detail", 6);

    private final String zhName;
    private final String enName;
    private final int digits;

    HazardCodeLevel(String zhName, String enName, int digits) {
        this.zhName = zhName;
        this.enName = enName;
        this.digits = digits;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** Number of digits of a code at this level. */
    public int digits() {
        return digits;
    }
}
