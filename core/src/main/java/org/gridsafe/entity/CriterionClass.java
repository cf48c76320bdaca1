package org.gridsafe.entity;

/** The three classes of items in the 工贸 major-hazard criteria, plus article-level rules. */
public enum CriterionClass {
    /** 管理类: applies to every enterprise in scope. */
    MANAGEMENT("管理类", "management"),
    /** 行业类: applies to one industry (冶金, 有色, ...). */
    INDUSTRY("行业类", "industry"),
    /** 专项类: applies to a special risk feature (粉尘爆炸, 涉氨制冷, 有限空间). */
    SPECIAL("专项类", "special"),
    /** An article that states a rule over the others and has no counted items. */
    RULE("通则", "general rule");

    private final String zhName;
    private final String enName;

    CriterionClass(String zhName, String enName) {
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
