package org.gridsafe.access;

/** What an actor acts as. An actor may hold several roles; each carries its own rules. */
public enum ActorRole {
    /** 网格员: one of the grid's five forces or a volunteer; acts inside its home grid's subtree. */
    GRID_STAFF("网格员", "grid staff"),
    /** 网格化信息指挥中心坐席: registers, dispatches and closes inside its home grid's subtree. */
    COMMAND_CENTER("指挥中心", "command center"),
    /** 职能部门: handles cases dispatched to its department. */
    DEPARTMENT_OFFICER("职能部门", "department officer"),
    /** 生产经营单位: self-reports and rectifies its own hazards. */
    ENTERPRISE("企业", "enterprise"),
    /** 群众: reports and follows its own reports. */
    CITIZEN("群众", "citizen"),
    /** 系统: scheduled work such as escalating overdue cases. */
    SYSTEM("系统", "system"),
    /**
     * 区级系统管理员: administers the district's directory (imports, exports, staff changes) inside
     * its home grid's subtree; takes no part in casework.
     */
    DISTRICT_ADMINISTRATOR("区级系统管理员", "district administrator");

    private final String zhName;
    private final String enName;

    ActorRole(String zhName, String enName) {
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
