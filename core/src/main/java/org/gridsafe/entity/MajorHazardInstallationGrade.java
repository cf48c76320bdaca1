package org.gridsafe.entity;

/**
 * The grade of a unit's major hazard installation (危险化学品重大危险源), or {@link #NONE}.
 *
 * <p>GB 18218-2018 《危险化学品重大危险源辨识》 identifies an installation by its quantities against
 * the critical quantities of the standard, and grades identified ones 一级 (highest) to 四级 by a
 * corrected ratio R. That the grading has these four grades is secondary (public risk-assessment
 * code citing the standard's grading table, and an enterprise system offering 一/二/三/四级/否);
 * the R thresholds are not shipped (unverified here), so the grade is recorded as assessed, never
 * computed by GridSafe.
 */
public enum MajorHazardInstallationGrade {
    /** No major hazard installation (否). */
    NONE("无重大危险源", "no major hazard installation"),
    /** 一级重大危险源, the highest. */
    GRADE_I("一级重大危险源", "major hazard installation, grade I"),
    /** 二级重大危险源. */
    GRADE_II("二级重大危险源", "major hazard installation, grade II"),
    /** 三级重大危险源. */
    GRADE_III("三级重大危险源", "major hazard installation, grade III"),
    /** 四级重大危险源, the lowest. */
    GRADE_IV("四级重大危险源", "major hazard installation, grade IV");

    private final String zhName;
    private final String enName;

    MajorHazardInstallationGrade(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Whether the unit has a major hazard installation at all. */
    public boolean isMajorHazard() {
        return this != NONE;
    }

    /**
     * Whether this grade is more severe than {@code other} (I is the most severe; every grade is
     * more severe than {@link #NONE}).
     */
    public boolean isMoreSevereThan(MajorHazardInstallationGrade other) {
        if (this == NONE) {
            return false;
        }
        return other == NONE || ordinal() < other.ordinal();
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
