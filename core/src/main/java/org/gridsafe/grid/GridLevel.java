package org.gridsafe.grid;

import java.util.Optional;

/**
 * The level of a grid in a district's hierarchy (区级 → 街道 → 社区 → 微网格).
 *
 * <p>Each level is identified by the length of its {@code GridCode}: the 6-digit county code of
 * GB/T 2260, then the 3-digit township/street and 3-digit community/village segments of the
 * statistical division code, then a 3-digit micro-grid serial. Levels above the district (city,
 * province) can be added as new constants with shorter codes without changing the others.
 */
public enum GridLevel {
    /** 区级网格: the district, administered by the district command center. */
    DISTRICT("区级网格", "district", 6),
    /** 街道(镇)基本网格: a street (urban) or town. */
    STREET("街道(镇)网格", "street/town", 9),
    /** 社区(村)网格: a community (urban) or village. */
    COMMUNITY("社区(村)网格", "community/village", 12),
    /** 微网格: the smallest grid, inside a community. */
    MICRO("微网格", "micro-grid", 15);

    private final String zhName;
    private final String enName;
    private final int codeLength;

    GridLevel(String zhName, String enName, int codeLength) {
        this.zhName = zhName;
        this.enName = enName;
        this.codeLength = codeLength;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** Number of digits in a code of this level. */
    public int codeLength() {
        return codeLength;
    }

    /** The level directly above this one, or empty for the top level. */
    public Optional<GridLevel> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level directly below this one, or empty for {@link #MICRO}. */
    public Optional<GridLevel> child() {
        GridLevel[] all = values();
        return ordinal() == all.length - 1 ? Optional.empty() : Optional.of(all[ordinal() + 1]);
    }

    /** The level whose codes have exactly {@code length} digits. */
    public static Optional<GridLevel> ofCodeLength(int length) {
        for (GridLevel level : values()) {
            if (level.codeLength == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
