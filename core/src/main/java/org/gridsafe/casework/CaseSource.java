package org.gridsafe.casework;

import org.gridsafe.access.ActorRole;

/** Where a case came from; each source is reported by one kind of actor. */
public enum CaseSource {
    /** 网格巡查上报: found by grid staff on patrol (PDA terminal). */
    GRID_PATROL("网格巡查上报", "grid patrol", ActorRole.GRID_STAFF),
    /** 企业隐患自查自报: reported by the enterprise itself. */
    ENTERPRISE_SELF_REPORT("企业隐患自查自报", "enterprise self-report", ActorRole.ENTERPRISE),
    /** 群众举报: reported by a resident (or entered by a command center from a hotline call). */
    PUBLIC_REPORT("群众举报", "public report", ActorRole.CITIZEN),
    /** 部门检查: found by a department's inspection. */
    DEPARTMENT_INSPECTION("部门检查", "department inspection", ActorRole.DEPARTMENT_OFFICER),
    /**
     * 许可证过期: opened by the system's licence run because a licence of an operating unit has
     * expired; the case names the unit and the licence.
     */
    LICENCE_EXPIRED("许可证过期", "licence expired", ActorRole.SYSTEM);

    private final String zhName;
    private final String enName;
    private final ActorRole reporterRole;

    CaseSource(String zhName, String enName, ActorRole reporterRole) {
        this.zhName = zhName;
        this.enName = enName;
        this.reporterRole = reporterRole;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** The role an actor needs to report from this source. */
    public ActorRole reporterRole() {
        return reporterRole;
    }
}
