package org.gridsafe.inspection;

/**
 * Why an inspection takes place. A plan item and a random draw count against the enterprise's yearly
 * cap; a complaint and a referral (交办, 移送) do not, by {@link InspectionCaps}' default (the project's
 * reading of 国办发〔2024〕54号, unverified: see {@code docs/inspections.md}).
 */
public enum InspectionOrigin {
    /** 年度监督检查计划: an item of the yearly plan (重点检查). */
    PLAN("年度检查计划", "yearly plan"),
    /** 双随机抽查: drawn by a published random draw. */
    RANDOM_DRAW("双随机抽查", "random draw"),
    /** 投诉举报: a complaint about the enterprise. */
    COMPLAINT("投诉举报", "complaint"),
    /** 转办交办、移送: referred by another authority. */
    REFERRAL("转办交办移送", "referral");

    private final String zhName;
    private final String enName;

    InspectionOrigin(String zhName, String enName) {
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
