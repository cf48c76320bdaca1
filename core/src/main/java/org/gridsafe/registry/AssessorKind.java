package org.gridsafe.registry;

/** Who made a {@link RiskAssessment}: the unit itself, or the regulator (whose assessment wins). */
public enum AssessorKind {
    SELF("企业自评", "self-assessment"),
    REGULATOR("监管评定", "regulator's assessment");

    private final String zhName;
    private final String enName;

    AssessorKind(String zhName, String enName) {
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
