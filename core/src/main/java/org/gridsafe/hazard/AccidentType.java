package org.gridsafe.hazard;

import java.util.Objects;

/**
 * One accident type (事故类别) of a named edition of the accident classification standard.
 *
 * <p>GB/T 6441-1986 has 20 types coded 01-20 ({@link AccidentTypeCatalog#gbt6441_1986()}); GB 6441-2025
 * replaces it from 2026-07-01 with 27 types ({@link AccidentTypeCatalog#gb6441_2025()}, shipped with
 * this library's codes GS01-GS27 because the standard's own codes were not retrieved; hosts may load
 * the printed ones with {@link AccidentTypeCatalog#load(String, java.io.Reader)}). The edition is part
 * of the identity: code "02" means 车辆伤害 in one edition and may mean something else in another.
 *
 * <pre>{@code
 * AccidentType fall = AccidentTypeCatalog.gbt6441_1986()
 *         .find(AccidentTypeCatalog.GBT_6441_1986, "09").orElseThrow();   // 高处坠落
 * }</pre>
 *
 * @param edition the standard and edition, e.g. {@code GB/T 6441-1986}
 * @param code the code within the edition, e.g. {@code 09}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 */
public record AccidentType(String edition, String code, String zhName, String enName) {

    /** Checks that every field is present: no blanks, and no whitespace inside the code. */
    public AccidentType {
        requireText(edition, "edition", edition, code);
        requireText(code, "code", edition, code);
        requireText(zhName, "zhName", edition, code);
        requireText(enName, "enName", edition, code);
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("accident type code \"" + code + "\" contains whitespace");
        }
    }

    private static void requireText(String text, String field, String edition, String code) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("accident type " + Objects.toString(edition, "?") + " "
                    + Objects.toString(code, "?") + ": " + field + " is blank");
        }
    }
}
