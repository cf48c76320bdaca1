package org.gridsafe.grid;

/**
 * The roles of the staff who work in a grid (一格多员: one grid, many staff).
 *
 * <p>The names come from the district report this project is built from; no national standard
 * fixes them, so hosts may show other display names.
 */
public enum GridRole {
    /** 网格管理员: runs the grid, patrols and reports. */
    GRID_MANAGER("网格管理员", "grid manager"),
    /** 民情员: collects residents' concerns and feedback. */
    SENTIMENT_OFFICER("民情员", "public-sentiment officer"),
    /** 监督员: checks that work is done. */
    SUPERVISOR("监督员", "supervisor"),
    /** 安全员: inspects enterprises and sites for safety. */
    SAFETY_OFFICER("安全员", "safety officer"),
    /** 信息员: keeps the grid's data current. */
    INFORMATION_OFFICER("信息员", "information officer"),
    /** 楼栋长 / 志愿者: building heads, party volunteers, social organisations. */
    VOLUNTEER("楼栋长/志愿者", "building head / volunteer");

    private final String zhName;
    private final String enName;

    GridRole(String zhName, String enName) {
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
