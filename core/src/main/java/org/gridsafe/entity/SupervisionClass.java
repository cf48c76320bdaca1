package org.gridsafe.entity;

/**
 * A production unit's class in one {@link SupervisionClassScheme}, e.g. class {@code C} of
 * {@code SHANXI_2025_COAL_MINE}. Obtain one from {@link SupervisionClassScheme#classOf}, which
 * checks the code against the scheme. The facts a class was based on are kept by the unit that
 * holds it, not here.
 *
 * @param schemeId the scheme
 * @param code the class code within it
 */
public record SupervisionClass(String schemeId, String code) {

    /** Checks the ids' shape (membership is checked by the scheme). */
    public SupervisionClass {
        Checks.requireId(schemeId, "schemeId");
        Checks.requireId(code, "code");
    }

    @Override
    public String toString() {
        return schemeId + ":" + code;
    }
}
