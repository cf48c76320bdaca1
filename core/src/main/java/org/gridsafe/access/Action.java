package org.gridsafe.access;

/**
 * Everything an actor can ask to do with a case or with a set of cases; {@link AccessPolicy}
 * decides each one. The workflow's actions are named per command in the transition table
 * ({@code casework.Lifecycle}); {@link #READ_STATISTICS} and {@link #RUN_ESCALATIONS} are decided
 * over a {@link ScopeFacts} instead of one case.
 */
public enum Action {
    REPORT("上报", "report"),
    REPORT_FIXED_ON_SPOT("立查立改", "report fixed on the spot"),
    REGISTER("立案", "register"),
    REJECT("不予立案", "reject"),
    MERGE("合并", "merge"),
    DISPATCH("派遣", "dispatch"),
    /** 改派: the command center moves a dispatched case to another department. */
    REASSIGN("改派", "reassign"),
    SUBMIT_RECTIFICATION("整改反馈", "submit rectification"),
    REQUEST_EXTENSION("申请延期", "request extension"),
    /** 回退: the department hands a case that is not its duty back to the command center. */
    RETURN("回退", "return to the command center"),
    DECIDE_EXTENSION("审批延期", "decide extension"),
    VERIFY("核查", "verify"),
    CLOSE("结案", "close"),
    ESCALATE("督办", "escalate"),
    READ("查看", "read"),
    READ_PUBLIC_STATUS("查看办理状态", "read public status"),
    /** The reporter's contact, and who reported an anonymous report: private data of the case. */
    READ_REPORTER("查看上报人信息", "read reporter identity"),
    READ_STATISTICS("查看统计", "read statistics"),
    RUN_ESCALATIONS("督办扫描", "run escalations"),
    /** Supervised entities (decided over an {@link EntityFacts}): register a unit or place. */
    REGISTER_ENTITY("登记监管对象", "register entity"),
    /** Change what is registered about an entity (profile, licences, grid). */
    EDIT_ENTITY("变更监管对象信息", "edit entity"),
    /** Suspend, resume, close or deregister an entity. */
    CHANGE_ENTITY_STATUS("变更经营状态", "change entity status"),
    /** Record the regulator's risk assessment of an entity. */
    ASSESS_ENTITY_RISK("评定风险等级", "assess entity risk"),
    /** Submit an entity's own risk assessment. */
    SUBMIT_SELF_ASSESSMENT("提交风险自评", "submit self-assessment"),
    /** Read an entity, its history and licences. */
    READ_ENTITY("查看监管对象", "read entity"),
    /** Name, change or remove the production unit or place a case concerns (涉及单位). */
    CHANGE_CASE_ENTITY("变更涉及单位", "change the entity a case concerns"),
    /** The licence run: open a case for every expired licence of an operating entity (decided over a scope). */
    RUN_LICENCE_CHECK("许可证过期扫描", "run the licence check"),
    /** Patrols (decided over a {@link PatrolFacts}): create or replace a patrol plan. */
    MANAGE_PATROL_PLAN("制定巡查计划", "manage patrol plan"),
    /** Run a plan for a period: schedule its occurrences. */
    SCHEDULE_PATROLS("生成巡查任务", "schedule patrols"),
    /** Check in at the premises of an occurrence. */
    CHECK_IN_PATROL("巡查签到", "check in on patrol"),
    /** Submit an occurrence's checklist answers, advice and findings. */
    SUBMIT_PATROL("提交巡查记录", "submit patrol"),
    /** Skip an occurrence with a reason (免巡). */
    SKIP_PATROL("免于巡查", "skip patrol"),
    /** Record that an occurrence's window closed without a submission (漏巡). */
    MARK_PATROL_MISSED("记录漏巡", "mark patrol missed"),
    /** Read patrol plans and occurrences. */
    READ_PATROL("查看巡查", "read patrol"),
    /**
     * Issue an administrative enforcement document (行政执法文书). Never on a patrol: grid staff may not
     * inspect (国办发〔2024〕54号); documents belong to an inspection by credentialed officers.
     */
    ISSUE_ENFORCEMENT_DOCUMENT("制发执法文书", "issue enforcement document"),
    /** 缓办 / 挂账: the command center approves that dispatched work waits until a review date. */
    SUSPEND("缓办审批", "approve suspension"),
    /** Ends a suspension: the command center, or the system's scan at the review date. */
    RESUME("恢复办理", "resume"),
    /** 投诉重办: a complaint after closing reopens the case (its reporter, its verifiers, the command center). */
    REOPEN("投诉重办", "reopen on complaint"),
    /** 重大事故隐患降级: make an open MAJOR case GENERAL, with a reason (command centers). */
    DOWNGRADE_MAJOR_HAZARD("重大事故隐患降级", "downgrade a major hazard"),
    /** 变更重大事故隐患判定依据: link a major-hazard criterion to an open case, or replace it (command centers). */
    CHANGE_MAJOR_HAZARD_CRITERION("变更重大事故隐患判定依据", "change the major-hazard criterion"),
    /**
     * Read a grid's staff and responsibility chain as they stood on a past day (command centers in
     * their subtree, the system), decided over {@link ScopeFacts#within} the grid.
     */
    READ_DIRECTORY_HISTORY("查看网格目录历史", "read the directory's history"),
    /**
     * Read the list of recorded directory changes: who changed what, when and why (a district
     * command center, the system), decided over a root grid of the district.
     */
    READ_DIRECTORY_CHANGES("查看目录变更记录", "read the directory's changes"),
    /**
     * The directory of a whole district (decided over a scope, its root grid): validate, import and
     * export the district's files. District administrators only.
     */
    ADMINISTER_DISTRICT("区级网格数据管理", "administer the district's directory"),
    /**
     * The staff of one grid (decided over a scope, that grid): its staff assignments and rung
     * holders. District administrators, and street command centers in their street.
     */
    ADMINISTER_STAFF("网格人员管理", "administer a grid's staff"),
    /** 网格调整: move an unfinished case whose grid left the directory to the grid covering it now (the system). */
    MOVE_TO_GRID("网格调整", "move to another grid"),
    /**
     * Open an administrative inspection (行政检查) of an enterprise: department officers holding an
     * enforcement credential, never grid staff (国办发〔2024〕54号).
     */
    OPEN_INSPECTION("开展行政检查", "open an inspection"),
    /** Record an inspection's checklist, findings and documents, and close it (its officers). */
    RECORD_INSPECTION("记录行政检查", "record an inspection"),
    /** Read inspections. */
    READ_INSPECTION("查看行政检查", "read inspections"),
    /** Register an officer's enforcement credential (执法证件). */
    MANAGE_ENFORCEMENT_CREDENTIAL("登记执法证件", "register enforcement credentials"),
    /** Run a random draw (双随机) of entities and inspectors. */
    DRAW_INSPECTIONS("双随机抽取", "run a random draw"),
    /** Propose a patrol plan for a short-staffed grid subtree (over a {@link PatrolFacts}). */
    PROPOSE_PATROL_PLAN("编制巡查计划建议", "propose a patrol plan"),
    /** Upload one's own patrol track points (over a {@link PatrolFacts} naming the staff member). */
    UPLOAD_PATROL_TRACK("上传巡查轨迹", "upload patrol track"),
    /** Read a staff member's patrol track and its daily online time and mileage. */
    READ_PATROL_TRACK("查看巡查轨迹", "read patrol track"),
    /** Purge track points older than the retention period (over each root grid of the district). */
    PURGE_PATROL_TRACKS("清除过期巡查轨迹", "purge patrol tracks"),
    /**
     * 重大事故隐患报告: record a report a major hazard owes (to the supervising department, to the
     * workers' congress, the publication of its listed supervision): the enterprise, its department,
     * the command center.
     */
    FILE_MAJOR_HAZARD_REPORT("重大事故隐患报告", "file a major-hazard report"),
    /** 停产停业 / 撤离人员: stop production where safety cannot be assured (the department, the command center). */
    STOP_PRODUCTION("责令停产停业", "stop production"),
    /** 恢复生产申请: the rectification under stopped production is done; apply to resume (enterprise, department). */
    APPLY_FOR_RESUMPTION("恢复生产申请", "apply to resume production"),
    /** 恢复生产审查 / 核销: review the application; passed writes the hazard off (the department). */
    REVIEW_RESUMPTION("恢复生产审查核销", "review resumption and write off"),
    /** 自查计划: an enterprise keeps its own self-inspection plans (the enterprise, for itself). */
    MANAGE_SELF_CHECK_PLAN("管理自查计划", "manage self-inspection plans"),
    /** 隐患自查自报: submit a self-inspection run; its failed items become cases (the enterprise, for itself). */
    SUBMIT_SELF_CHECK("隐患自查自报", "submit a self-inspection"),
    /** 统计报表: file the quarterly or annual statistics, signed by the principal (the enterprise, for itself). */
    FILE_SELF_CHECK_RETURN("报送隐患排查治理统计", "file self-inspection statistics"),
    /** 查看自查: read plans, runs, the ledger and the returns (the enterprise, grid staff and command centers over it). */
    READ_SELF_CHECK("查看企业自查", "read self-inspections"),
    /**
     * 重大事故隐患统计报送: read a scope's major-hazard statistical returns and file them (decided over a
     * scope, the return's grid): command centers, for their home grid's subtree.
     */
    MAJOR_HAZARD_RETURNS("重大事故隐患统计报送", "read and file major-hazard returns"),
    /**
     * 采纳巡查计划建议: accept a plan proposal for a grid subtree and period, which schedules its visits as
     * occurrences (over a {@link PatrolFacts}): command centers, for their subtree.
     */
    ACCEPT_PATROL_PLAN("采纳巡查计划建议", "accept a patrol plan proposal"),
    /** 员工内部报告: an employee reports a hazard at their enterprise, confidentially (citizens; over a {@link SelfCheckFacts}). */
    SUBMIT_INTERNAL_REPORT("员工内部报告", "submit an internal report"),
    /** 核实内部报告: verify an internal report, and record its reward (the command center over the entity). */
    VERIFY_INTERNAL_REPORT("核实内部报告", "verify an internal report"),
    /** 查看内部报告: read internal reports without the reporter (the enterprise concerned, the grid over it, the system). */
    READ_INTERNAL_REPORT("查看内部报告", "read internal reports"),
    /** 查看报告人: see who reported (the command center over the entity, which verifies and rewards). */
    READ_INTERNAL_REPORTER("查看内部报告人", "see an internal report's reporter"),
    /**
     * 区级提醒: read the district notices of a scope (the calendar's coverage ending, overdue
     * major-hazard returns), decided over the scope: command centers for their home grid's subtree,
     * district administrators for their district.
     */
    READ_NOTICES("查看区级提醒", "read district notices");

    /** Whether the action is decided over a scope of cases ({@link ScopeFacts}) rather than one case. */
    public boolean onScope() {
        return this == READ_STATISTICS
                || this == RUN_ESCALATIONS
                || this == RUN_LICENCE_CHECK
                || this == READ_DIRECTORY_HISTORY
                || this == READ_DIRECTORY_CHANGES
                || this == ADMINISTER_DISTRICT
                || this == ADMINISTER_STAFF
                || this == MAJOR_HAZARD_RETURNS
                || this == READ_NOTICES;
    }

    /** Whether the action is decided over a supervised entity ({@link EntityFacts}) rather than a case. */
    public boolean onEntity() {
        // Named, not by position, so actions added later are not taken for entity actions.
        return switch (this) {
            case REGISTER_ENTITY,
                    EDIT_ENTITY,
                    CHANGE_ENTITY_STATUS,
                    ASSESS_ENTITY_RISK,
                    SUBMIT_SELF_ASSESSMENT,
                    READ_ENTITY -> true;
            default -> false;
        };
    }

    /** Whether the action is decided over a patrol ({@link PatrolFacts}). */
    public boolean onPatrol() {
        return switch (this) {
            case MANAGE_PATROL_PLAN,
                    SCHEDULE_PATROLS,
                    CHECK_IN_PATROL,
                    SUBMIT_PATROL,
                    SKIP_PATROL,
                    MARK_PATROL_MISSED,
                    READ_PATROL,
                    ISSUE_ENFORCEMENT_DOCUMENT,
                    PROPOSE_PATROL_PLAN,
                    UPLOAD_PATROL_TRACK,
                    READ_PATROL_TRACK,
                    PURGE_PATROL_TRACKS,
                    ACCEPT_PATROL_PLAN -> true;
            default -> false;
        };
    }

    /** Whether the action is decided over an inspection ({@link InspectionFacts}). */
    public boolean onInspection() {
        return switch (this) {
            case OPEN_INSPECTION, RECORD_INSPECTION, READ_INSPECTION, MANAGE_ENFORCEMENT_CREDENTIAL, DRAW_INSPECTIONS ->
                true;
            default -> false;
        };
    }

    /** Whether the action is decided over an enterprise's self-inspection ({@link SelfCheckFacts}). */
    public boolean onSelfCheck() {
        return switch (this) {
            case MANAGE_SELF_CHECK_PLAN,
                    SUBMIT_SELF_CHECK,
                    FILE_SELF_CHECK_RETURN,
                    READ_SELF_CHECK,
                    SUBMIT_INTERNAL_REPORT,
                    VERIFY_INTERNAL_REPORT,
                    READ_INTERNAL_REPORT,
                    READ_INTERNAL_REPORTER -> true;
            default -> false;
        };
    }

    private final String zhName;
    private final String enName;

    Action(String zhName, String enName) {
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
