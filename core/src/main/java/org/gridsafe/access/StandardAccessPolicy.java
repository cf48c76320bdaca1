package org.gridsafe.access;

import java.util.EnumSet;
import java.util.Set;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;

/** The default rules; see {@link AccessPolicy}. Each rule has a stable name used in refusals. */
final class StandardAccessPolicy implements AccessPolicy {

    private static final Set<Action> GRID_STAFF_ACTIONS =
            EnumSet.of(Action.REPORT, Action.REPORT_FIXED_ON_SPOT, Action.VERIFY, Action.REOPEN, Action.READ);
    private static final Set<Action> COMMAND_CENTER_ACTIONS = EnumSet.of(
            Action.REPORT,
            Action.REGISTER,
            Action.REJECT,
            Action.MERGE,
            Action.DISPATCH,
            Action.REASSIGN,
            Action.DECIDE_EXTENSION,
            Action.SUSPEND,
            Action.RESUME,
            Action.REOPEN,
            Action.CLOSE,
            Action.ESCALATE,
            Action.READ,
            Action.CHANGE_CASE_ENTITY,
            // 重大事故隐患 判定 is the regulator's: the command center stands for it, nobody else may downgrade.
            Action.DOWNGRADE_MAJOR_HAZARD,
            // and so is linking a case to a criterion after the report and registration.
            Action.CHANGE_MAJOR_HAZARD_CRITERION,
            // Major hazards: the command center records the reports it receives and may stop production.
            Action.FILE_MAJOR_HAZARD_REPORT,
            Action.STOP_PRODUCTION,
            // Command centers call reporters back; nobody else sees their contact or identity.
            Action.READ_REPORTER);
    private static final Set<Action> DEPARTMENT_ACTIONS = EnumSet.of(
            Action.SUBMIT_RECTIFICATION,
            Action.REQUEST_EXTENSION,
            Action.RETURN,
            Action.VERIFY,
            Action.READ,
            Action.REOPEN,
            // Major hazards of its cases: the supervising department receives reports, orders the stop,
            // rectifies with the unit and reviews the resumption (核销).
            Action.FILE_MAJOR_HAZARD_REPORT,
            Action.STOP_PRODUCTION,
            Action.APPLY_FOR_RESUMPTION,
            Action.REVIEW_RESUMPTION);
    private static final Set<Action> ENTERPRISE_ACTIONS = EnumSet.of(
            Action.REPORT,
            Action.SUBMIT_RECTIFICATION,
            Action.REQUEST_EXTENSION,
            Action.READ,
            // The unit owes the reports of its major hazards and applies to resume production.
            Action.FILE_MAJOR_HAZARD_REPORT,
            Action.APPLY_FOR_RESUMPTION);

    static final String STATISTICS_ROLE = "statistics-command-center-or-department";
    static final String STATISTICS_SUBTREE = "statistics-within-home-grid";
    static final String STATISTICS_DEPARTMENT = "statistics-own-department";
    static final String ESCALATION_RUN = "escalation-run-district-or-system";
    static final String LICENCE_RUN = "licence-run-district-or-system";

    @Override
    public AccessDecision decide(Actor actor, Action action, ScopeFacts scope) {
        return decideScope(actor, action, scope);
    }

    static AccessDecision decideScope(Actor actor, Action action, ScopeFacts scope) {
        return switch (action) {
            case READ_STATISTICS -> statistics(actor, scope);
            case RUN_ESCALATIONS -> escalationRun(actor, scope);
            case RUN_LICENCE_CHECK -> licenceRun(actor, scope);
            case READ_DIRECTORY_HISTORY -> directoryHistory(actor, scope);
            case READ_DIRECTORY_CHANGES -> directoryChanges(actor, scope);
            case ADMINISTER_DISTRICT -> administerDistrict(actor, scope);
            case ADMINISTER_STAFF -> administerStaff(actor, scope);
            case MAJOR_HAZARD_RETURNS -> majorHazardReturns(actor, scope);
            case READ_NOTICES -> notices(actor, scope);
            default ->
                AccessDecision.deny(
                        "case-action-needs-a-case",
                        actor + " may not " + action.enName() + " on " + scope.label()
                                + ": it is decided case by case");
        };
    }

    static final String MAJOR_HAZARD_RETURNS_ROLE = "major-hazard-returns-command-center";
    static final String MAJOR_HAZARD_RETURNS_SUBTREE = "major-hazard-returns-within-home-grid";

    /**
     * A scope's major-hazard returns are the command centers' (the district's or a street's, filed
     * in their name): a command center for a grid in its subtree, named; nobody else.
     */
    private static AccessDecision majorHazardReturns(Actor actor, ScopeFacts scope) {
        if (!actor.has(ActorRole.COMMAND_CENTER)) {
            return AccessDecision.deny(
                    MAJOR_HAZARD_RETURNS_ROLE,
                    actor + " may not " + Action.MAJOR_HAZARD_RETURNS.enName() + " on " + scope.label()
                            + ": only command centers read and file major-hazard returns");
        }
        GridCode home = actor.homeGrid().orElseThrow();
        if (scope.grid().isEmpty() || !home.isSameOrAncestorOf(scope.grid().get())) {
            return AccessDecision.deny(
                    MAJOR_HAZARD_RETURNS_SUBTREE,
                    actor + " may not " + Action.MAJOR_HAZARD_RETURNS.enName() + " on " + scope.label()
                            + ": a return's grid must be your home grid " + home.value() + " or below it");
        }
        return AccessDecision.allow(
                MAJOR_HAZARD_RETURNS_SUBTREE,
                actor + " may " + Action.MAJOR_HAZARD_RETURNS.enName() + " of " + scope.label());
    }

    /** Command centers in their subtree; otherwise department officers for their own department. */
    private static AccessDecision statistics(Actor actor, ScopeFacts scope) {
        if (actor.has(ActorRole.COMMAND_CENTER)) {
            GridCode home = actor.homeGrid().orElseThrow();
            if (scope.grid().isPresent()
                    && !home.isSameOrAncestorOf(scope.grid().get())) {
                return AccessDecision.deny(
                        STATISTICS_SUBTREE,
                        "grid " + scope.grid().get().value() + " is outside your home grid " + home.value());
            }
            return AccessDecision.allow(STATISTICS_SUBTREE, actor + " may read statistics of " + scope.label());
        }
        if (actor.has(ActorRole.DEPARTMENT_OFFICER)) {
            DepartmentId own = actor.department().orElseThrow();
            if (scope.department().isPresent() && !scope.department().get().equals(own)) {
                return AccessDecision.deny(
                        STATISTICS_DEPARTMENT,
                        "department " + scope.department().get().value() + " is not your department " + own.value());
            }
            return AccessDecision.allow(STATISTICS_DEPARTMENT, actor + " may read statistics of " + scope.label());
        }
        return AccessDecision.deny(
                STATISTICS_ROLE,
                "statistics are for command centers (their subtree) and department officers (their department)");
    }

    /** The system, or a command center at home in the scope's grid, which is a root of the district. */
    private static AccessDecision escalationRun(Actor actor, ScopeFacts scope) {
        boolean districtCenter = actor.has(ActorRole.COMMAND_CENTER)
                && scope.grid().isPresent()
                && actor.homeGrid().equals(scope.grid());
        if (districtCenter || actor.has(ActorRole.SYSTEM)) {
            return AccessDecision.allow(ESCALATION_RUN, actor + " may run escalations over " + scope.label());
        }
        return AccessDecision.deny(
                ESCALATION_RUN,
                actor + " may not run escalations: only a district command center or a system actor may");
    }

    /** As the escalation run: the system, or a command center at home in the district's root grid. */
    private static AccessDecision licenceRun(Actor actor, ScopeFacts scope) {
        AccessDecision asEscalation = escalationRun(actor, scope);
        return asEscalation.allowed()
                ? AccessDecision.allow(LICENCE_RUN, actor + " may run the licence check over " + scope.label())
                : AccessDecision.deny(
                        LICENCE_RUN,
                        actor + " may not run the licence check: only a district command center or a system actor may");
    }

    static final String DIRECTORY_HISTORY = "directory-history-within-home-grid-or-system";
    static final String DIRECTORY_CHANGES = "directory-changes-district-or-system";

    /** Command centers for a grid of their subtree; the system for any. */
    private static AccessDecision directoryHistory(Actor actor, ScopeFacts scope) {
        if (actor.has(ActorRole.SYSTEM)) {
            return AccessDecision.allow(
                    DIRECTORY_HISTORY, actor + " may read the directory's history of " + scope.label());
        }
        if (actor.has(ActorRole.COMMAND_CENTER)) {
            GridCode home = actor.homeGrid().orElseThrow();
            if (scope.grid().isEmpty() || !home.isSameOrAncestorOf(scope.grid().get())) {
                return AccessDecision.deny(
                        DIRECTORY_HISTORY,
                        actor + " may not read the directory's history of "
                                + scope.grid().map(g -> "grid " + g.value()).orElse("every grid")
                                + ": it is outside your home grid " + home.value());
            }
            return AccessDecision.allow(
                    DIRECTORY_HISTORY, actor + " may read the directory's history of " + scope.label());
        }
        return AccessDecision.deny(
                DIRECTORY_HISTORY,
                actor + " may not read the directory's history: it is for command centers (their subtree) and the"
                        + " system");
    }

    /** As the escalation run: the system, or a command center at home in the scope's (root) grid. */
    private static AccessDecision directoryChanges(Actor actor, ScopeFacts scope) {
        boolean districtCenter = actor.has(ActorRole.COMMAND_CENTER)
                && scope.grid().isPresent()
                && actor.homeGrid().equals(scope.grid());
        if (districtCenter || actor.has(ActorRole.SYSTEM)) {
            return AccessDecision.allow(DIRECTORY_CHANGES, actor + " may read the directory's changes");
        }
        return AccessDecision.deny(
                DIRECTORY_CHANGES,
                actor + " may not read the directory's changes: only a district command center or a system actor"
                        + " may");
    }

    private static final Set<Action> COMMAND_CENTER_ENTITY_ACTIONS = EnumSet.of(
            Action.REGISTER_ENTITY,
            Action.EDIT_ENTITY,
            Action.CHANGE_ENTITY_STATUS,
            Action.ASSESS_ENTITY_RISK,
            Action.READ_ENTITY);
    private static final Set<Action> DEPARTMENT_ENTITY_ACTIONS =
            EnumSet.of(Action.ASSESS_ENTITY_RISK, Action.READ_ENTITY);
    private static final Set<Action> ENTERPRISE_ENTITY_ACTIONS =
            EnumSet.of(Action.EDIT_ENTITY, Action.SUBMIT_SELF_ASSESSMENT, Action.READ_ENTITY);

    static AccessDecision decideEntity(Actor actor, Action action, EntityFacts facts) {
        if (!action.onEntity()) {
            return AccessDecision.deny(
                    "case-action-on-entity",
                    actor + " may not " + action.enName() + " " + facts.label() + ": it is an action on cases");
        }
        AccessDecision refusal = null;
        for (ActorRole role : ActorRole.values()) {
            if (!actor.has(role)) {
                continue;
            }
            AccessDecision decision = decideEntity(role, actor, action, facts);
            if (decision.allowed()) {
                return decision;
            }
            if (refusal == null) {
                refusal = decision;
            }
        }
        return refusal != null
                ? refusal
                : AccessDecision.deny("no-role", actor + " holds no role that may " + action.enName());
    }

    private static AccessDecision decideEntity(ActorRole role, Actor actor, Action action, EntityFacts facts) {
        String verdict = actor + " may " + action.enName() + " " + facts.label();
        String refused = actor + " may not " + action.enName() + " " + facts.label() + ": ";
        switch (role) {
            case COMMAND_CENTER, GRID_STAFF -> {
                String rule = role == ActorRole.COMMAND_CENTER
                        ? "command-center-entities-own-subtree"
                        : "grid-staff-read-entities-own-subtree";
                Set<Action> allowed = role == ActorRole.COMMAND_CENTER
                        ? COMMAND_CENTER_ENTITY_ACTIONS
                        : EnumSet.of(Action.READ_ENTITY);
                if (!allowed.contains(action)) {
                    return AccessDecision.deny(
                            rule,
                            refused + role.name().toLowerCase(java.util.Locale.ROOT) + " does not " + action.enName());
                }
                GridCode home = actor.homeGrid().orElseThrow();
                if (!home.isSameOrAncestorOf(facts.grid())) {
                    return AccessDecision.deny(
                            rule, refused + "grid " + facts.grid() + " is outside their home grid " + home);
                }
                return AccessDecision.allow(rule, verdict);
            }
            case DEPARTMENT_OFFICER -> {
                String rule = "department-entities-of-its-supervision";
                if (!DEPARTMENT_ENTITY_ACTIONS.contains(action)) {
                    return AccessDecision.deny(rule, refused + "departments do not " + action.enName());
                }
                if (!facts.departments().contains(actor.department().orElseThrow())) {
                    return AccessDecision.deny(
                            rule,
                            refused + "it does not name " + actor.department().get() + " as a supervisor");
                }
                return AccessDecision.allow(rule, verdict);
            }
            case ENTERPRISE -> {
                String rule = "enterprise-own-record";
                if (!ENTERPRISE_ENTITY_ACTIONS.contains(action)) {
                    return AccessDecision.deny(rule, refused + "enterprises do not " + action.enName());
                }
                if (facts.enterpriseId().isEmpty() || !facts.enterpriseId().equals(actor.enterpriseId())) {
                    return AccessDecision.deny(rule, refused + "it is not their enterprise's record");
                }
                return AccessDecision.allow(rule, verdict);
            }
            case SYSTEM -> {
                return action == Action.READ_ENTITY
                        ? AccessDecision.allow("system-reads-entities", verdict)
                        : AccessDecision.deny("system-reads-entities", refused + "the system only reads entities");
            }
            default -> {
                return AccessDecision.deny("citizens-no-entity-access", refused + "the entity registry is not public");
            }
        }
    }

    private static final Set<Action> GRID_STAFF_PATROL_ACTIONS = EnumSet.of(
            Action.CHECK_IN_PATROL,
            Action.SUBMIT_PATROL,
            Action.SKIP_PATROL,
            Action.READ_PATROL,
            Action.UPLOAD_PATROL_TRACK);
    private static final Set<Action> COMMAND_CENTER_PATROL_ACTIONS = EnumSet.of(
            Action.MANAGE_PATROL_PLAN,
            Action.SCHEDULE_PATROLS,
            Action.SKIP_PATROL,
            Action.MARK_PATROL_MISSED,
            Action.READ_PATROL,
            Action.PROPOSE_PATROL_PLAN,
            Action.READ_PATROL_TRACK,
            Action.PURGE_PATROL_TRACKS,
            Action.ACCEPT_PATROL_PLAN);
    private static final Set<Action> SYSTEM_PATROL_ACTIONS = EnumSet.of(
            Action.SCHEDULE_PATROLS, Action.MARK_PATROL_MISSED, Action.READ_PATROL, Action.PURGE_PATROL_TRACKS);

    static AccessDecision decidePatrol(Actor actor, Action action, PatrolFacts facts) {
        String refused = actor + " may not " + action.enName() + " on " + facts.label() + ": ";
        if (!action.onPatrol()) {
            return AccessDecision.deny("not-a-patrol-action", refused + "it is not an action on patrols");
        }
        if (action == Action.ISSUE_ENFORCEMENT_DOCUMENT) {
            // 国办发〔2024〕54号: grid staff may not carry out administrative inspections of enterprises.
            return AccessDecision.deny(
                    "patrol-issues-no-enforcement-documents",
                    refused + "a patrol is not an administrative inspection; grid staff may record advice only,"
                            + " and enforcement documents are issued in an inspection by credentialed officers");
        }
        AccessDecision refusal = null;
        for (ActorRole role : ActorRole.values()) {
            if (!actor.has(role)) {
                continue;
            }
            AccessDecision decision = decidePatrol(role, actor, action, facts, refused);
            if (decision.allowed()) {
                return decision;
            }
            if (refusal == null) {
                refusal = decision;
            }
        }
        return refusal != null ? refusal : AccessDecision.deny("no-role", refused + "no role of theirs may");
    }

    private static AccessDecision decidePatrol(
            ActorRole role, Actor actor, Action action, PatrolFacts facts, String refused) {
        String verdict = actor + " may " + action.enName() + " on " + facts.label();
        switch (role) {
            case GRID_STAFF -> {
                String rule = "grid-staff-patrol-own-occurrences";
                if (!GRID_STAFF_PATROL_ACTIONS.contains(action)) {
                    return AccessDecision.deny(rule, refused + "grid staff do not " + action.enName());
                }
                GridCode home = actor.homeGrid().orElseThrow();
                // A plan over a street covers their micro-grid too: staff read the plans they patrol under.
                boolean readsPlan = action == Action.READ_PATROL
                        && facts.assigneeId().isEmpty()
                        && facts.grid().isSameOrAncestorOf(home);
                if (!home.isSameOrAncestorOf(facts.grid()) && !readsPlan) {
                    return AccessDecision.deny(
                            rule, refused + "grid " + facts.grid() + " is outside their home grid " + home);
                }
                if (action != Action.READ_PATROL && !facts.assigneeId().equals(java.util.Optional.of(actor.id()))) {
                    return AccessDecision.deny(
                            rule,
                            refused
                                    + (action == Action.UPLOAD_PATROL_TRACK
                                            ? "a staff member uploads only their own track, and this is "
                                                    + facts.assigneeId().orElse("nobody") + "'s"
                                            : "it is assigned to "
                                                    + facts.assigneeId().orElse("nobody") + ", not to them"));
                }
                return AccessDecision.allow(rule, verdict);
            }
            case COMMAND_CENTER -> {
                String rule = "command-center-patrols-own-subtree";
                if (!COMMAND_CENTER_PATROL_ACTIONS.contains(action)) {
                    return AccessDecision.deny(rule, refused + "command centers do not " + action.enName());
                }
                GridCode home = actor.homeGrid().orElseThrow();
                if (!home.isSameOrAncestorOf(facts.grid())) {
                    return AccessDecision.deny(
                            rule, refused + "grid " + facts.grid() + " is outside their home grid " + home);
                }
                return AccessDecision.allow(rule, verdict);
            }
            case SYSTEM -> {
                return SYSTEM_PATROL_ACTIONS.contains(action)
                        ? AccessDecision.allow("system-patrol-runs", verdict)
                        : AccessDecision.deny(
                                "system-patrol-runs",
                                refused + "the system only schedules, marks missed, reads and purges old tracks");
            }
            default -> {
                return AccessDecision.deny(
                        "patrols-are-grid-work", refused + "patrols are the work of grid staff and command centers");
            }
        }
    }

    static final String ADMINISTER_DISTRICT_RULE = "district-administrator-own-district";
    static final String ADMINISTER_STAFF_RULE = "staff-by-district-administrator-or-street-center";
    static final String DISTRICT_ADMINISTRATOR_NO_CASEWORK = "district-administrator-no-casework";

    /** A district administrator, over a grid of its home grid's subtree (an import names the root). */
    private static AccessDecision administerDistrict(Actor actor, ScopeFacts scope) {
        String refused = actor + " may not " + Action.ADMINISTER_DISTRICT.enName() + " over " + scope.label() + ": ";
        if (!actor.has(ActorRole.DISTRICT_ADMINISTRATOR)) {
            return AccessDecision.deny(
                    ADMINISTER_DISTRICT_RULE,
                    refused + "only a district administrator imports and exports the directory");
        }
        if (!withinHome(actor, scope)) {
            return AccessDecision.deny(
                    ADMINISTER_DISTRICT_RULE,
                    refused + "it is not inside their district "
                            + actor.homeGrid().orElseThrow());
        }
        return AccessDecision.allow(
                ADMINISTER_DISTRICT_RULE,
                actor + " may " + Action.ADMINISTER_DISTRICT.enName() + " over " + scope.label());
    }

    /**
     * A district administrator in its subtree, or a street command center (home at street level) in
     * its street: staff change there every month, and the street knows its people.
     */
    private static AccessDecision administerStaff(Actor actor, ScopeFacts scope) {
        String refused = actor + " may not " + Action.ADMINISTER_STAFF.enName() + " of " + scope.label() + ": ";
        boolean admin = actor.has(ActorRole.DISTRICT_ADMINISTRATOR);
        boolean streetCenter = actor.has(ActorRole.COMMAND_CENTER)
                && actor.homeGrid().orElseThrow().level() == org.gridsafe.grid.GridLevel.STREET;
        if (!admin && !streetCenter) {
            return AccessDecision.deny(
                    ADMINISTER_STAFF_RULE,
                    refused + "only a district administrator or a street command center changes a grid's staff");
        }
        if (!withinHome(actor, scope)) {
            return AccessDecision.deny(
                    ADMINISTER_STAFF_RULE,
                    refused + "it is outside their home grid "
                            + actor.homeGrid().orElseThrow());
        }
        return AccessDecision.allow(
                ADMINISTER_STAFF_RULE, actor + " may " + Action.ADMINISTER_STAFF.enName() + " of " + scope.label());
    }

    private static boolean withinHome(Actor actor, ScopeFacts scope) {
        return scope.grid().isPresent()
                && actor.homeGrid()
                        .map(home -> home.isSameOrAncestorOf(scope.grid().get()))
                        .orElse(false);
    }

    static AccessDecision decideInspection(Actor actor, Action action, InspectionFacts facts) {
        String refused = actor + " may not " + action.enName() + " on " + facts.label() + ": ";
        if (!action.onInspection()) {
            return AccessDecision.deny("not-an-inspection-action", refused + "it is not an action on inspections");
        }
        AccessDecision refusal = null;
        for (ActorRole role : ActorRole.values()) {
            if (!actor.has(role)) {
                continue;
            }
            AccessDecision decision = decideInspection(role, actor, action, facts, refused);
            if (decision.allowed()) {
                return decision;
            }
            if (refusal == null) {
                refusal = decision;
            }
        }
        return refusal != null ? refusal : AccessDecision.deny("no-role", refused + "no role of theirs may");
    }

    private static AccessDecision decideInspection(
            ActorRole role, Actor actor, Action action, InspectionFacts facts, String refused) {
        String verdict = actor + " may " + action.enName() + " on " + facts.label();
        switch (role) {
            case GRID_STAFF -> {
                // 国办发〔2024〕54号: 严禁网格员等未取得执法证件的人员实施涉企行政检查.
                return AccessDecision.deny(
                        "grid-staff-do-not-inspect",
                        refused + "grid staff patrol, they do not inspect; an administrative inspection is carried"
                                + " out by officers holding an enforcement credential");
            }
            case DEPARTMENT_OFFICER -> {
                String rule = "department-officers-inspect-for-their-department";
                if (action == Action.MANAGE_ENFORCEMENT_CREDENTIAL) {
                    return AccessDecision.deny(
                            "credentials-registered-by-district", refused + "an officer does not register credentials");
                }
                if (facts.department().isEmpty() || !facts.department().equals(actor.department())) {
                    return AccessDecision.deny(
                            rule,
                            refused + "it is not an inspection of "
                                    + actor.department().map(Object::toString).orElse("their department"));
                }
                if ((action == Action.OPEN_INSPECTION || action == Action.RECORD_INSPECTION)
                        && !facts.inspectors().contains(actor.id())) {
                    return AccessDecision.deny(
                            "inspection-by-its-officers", refused + "they are not one of the inspection's officers");
                }
                return AccessDecision.allow(rule, verdict);
            }
            case COMMAND_CENTER -> {
                String rule = "command-center-reads-inspections-in-subtree";
                GridCode home = actor.homeGrid().orElseThrow();
                if (action == Action.MANAGE_ENFORCEMENT_CREDENTIAL) {
                    return home.level() == org.gridsafe.grid.GridLevel.DISTRICT
                            ? AccessDecision.allow("credentials-registered-by-district", verdict)
                            : AccessDecision.deny(
                                    "credentials-registered-by-district",
                                    refused + "credentials are registered by the district's command center");
                }
                if (action != Action.READ_INSPECTION) {
                    return AccessDecision.deny(rule, refused + "command centers do not inspect; they read inspections");
                }
                if (facts.grid().isEmpty()
                        || !home.isSameOrAncestorOf(facts.grid().get())) {
                    return AccessDecision.deny(rule, refused + "the entity is outside their home grid " + home);
                }
                return AccessDecision.allow(rule, verdict);
            }
            case SYSTEM -> {
                return action == Action.READ_INSPECTION || action == Action.MANAGE_ENFORCEMENT_CREDENTIAL
                        ? AccessDecision.allow("system-reads-inspections", verdict)
                        : AccessDecision.deny(
                                "system-reads-inspections",
                                refused + "the system only reads inspections and registers credentials");
            }
            default -> {
                return AccessDecision.deny(
                        "inspections-are-enforcement-work",
                        refused + "inspections are the work of credentialed department officers");
            }
        }
    }

    private static final Set<Action> ENTERPRISE_SELF_CHECK_ACTIONS = EnumSet.of(
            Action.MANAGE_SELF_CHECK_PLAN,
            Action.SUBMIT_SELF_CHECK,
            Action.FILE_SELF_CHECK_RETURN,
            Action.READ_SELF_CHECK);

    static AccessDecision decideSelfCheck(Actor actor, Action action, SelfCheckFacts facts) {
        String refused = actor + " may not " + action.enName() + " on " + facts.label() + ": ";
        if (!action.onSelfCheck()) {
            return AccessDecision.deny("not-a-self-check-action", refused + "it is not an action on self-inspections");
        }
        AccessDecision refusal = null;
        for (ActorRole role : ActorRole.values()) {
            if (!actor.has(role)) {
                continue;
            }
            AccessDecision decision = decideSelfCheck(role, actor, action, facts, refused);
            if (decision.allowed()) {
                return decision;
            }
            if (refusal == null) {
                refusal = decision;
            }
        }
        return refusal != null ? refusal : AccessDecision.deny("no-role", refused + "no role of theirs may");
    }

    private static AccessDecision decideSelfCheck(
            ActorRole role, Actor actor, Action action, SelfCheckFacts facts, String refused) {
        String verdict = actor + " may " + action.enName() + " on " + facts.label();
        if (INTERNAL_REPORT_ACTIONS.contains(action)) {
            return decideInternalReport(role, actor, action, facts, refused, verdict);
        }
        switch (role) {
            case ENTERPRISE -> {
                String rule = "enterprise-own-self-check";
                if (!ENTERPRISE_SELF_CHECK_ACTIONS.contains(action)) {
                    return AccessDecision.deny(rule, refused + "enterprises do not " + action.enName());
                }
                if (facts.enterpriseId().isEmpty() || !facts.enterpriseId().equals(actor.enterpriseId())) {
                    return AccessDecision.deny(rule, refused + "it is not their enterprise's self-inspection");
                }
                return AccessDecision.allow(rule, verdict);
            }
            case COMMAND_CENTER, GRID_STAFF -> {
                // The enterprise inspects itself; the grid watches what it reports and reads only.
                String rule = role == ActorRole.COMMAND_CENTER
                        ? "command-center-reads-self-checks-in-subtree"
                        : "grid-staff-read-self-checks-in-subtree";
                if (action != Action.READ_SELF_CHECK) {
                    return AccessDecision.deny(
                            rule, refused + "an enterprise inspects and reports itself; the grid reads it");
                }
                GridCode home = actor.homeGrid().orElseThrow();
                if (!home.isSameOrAncestorOf(facts.grid())) {
                    return AccessDecision.deny(
                            rule, refused + "grid " + facts.grid() + " is outside their home grid " + home);
                }
                return AccessDecision.allow(rule, verdict);
            }
            case SYSTEM -> {
                return action == Action.READ_SELF_CHECK
                        ? AccessDecision.allow("system-reads-self-checks", verdict)
                        : AccessDecision.deny("system-reads-self-checks", refused + "the system only reads them");
            }
            default -> {
                return AccessDecision.deny(
                        "self-checks-are-the-enterprise-s", refused + "only the enterprise and its grid see them");
            }
        }
    }

    private static final Set<Action> INTERNAL_REPORT_ACTIONS = EnumSet.of(
            Action.SUBMIT_INTERNAL_REPORT,
            Action.VERIFY_INTERNAL_REPORT,
            Action.READ_INTERNAL_REPORT,
            Action.READ_INTERNAL_REPORTER);

    /**
     * Employees' internal reports (安委〔2024〕7号): any citizen (the employee) submits one; the command
     * center over the entity verifies it, records the reward and alone sees who reported; the enterprise
     * concerned, the grid staff over it and the system read it without the reporter.
     */
    private static AccessDecision decideInternalReport(
            ActorRole role, Actor actor, Action action, SelfCheckFacts facts, String refused, String verdict) {
        switch (role) {
            case CITIZEN -> {
                String rule = "employees-report-confidentially";
                return action == Action.SUBMIT_INTERNAL_REPORT
                        ? AccessDecision.allow(rule, verdict)
                        : AccessDecision.deny(rule, refused + "a reporter submits; the command center verifies");
            }
            case COMMAND_CENTER, GRID_STAFF -> {
                boolean center = role == ActorRole.COMMAND_CENTER;
                String rule = center ? "command-center-verifies-internal-reports" : "grid-staff-read-internal-reports";
                if (action == Action.SUBMIT_INTERNAL_REPORT || (!center && action != Action.READ_INTERNAL_REPORT)) {
                    return AccessDecision.deny(
                            rule,
                            refused
                                    + (center
                                            ? "the employee reports"
                                            : "the command center verifies and alone sees who reported"));
                }
                GridCode home = actor.homeGrid().orElseThrow();
                if (!home.isSameOrAncestorOf(facts.grid())) {
                    return AccessDecision.deny(
                            rule, refused + "grid " + facts.grid() + " is outside their home grid " + home);
                }
                return AccessDecision.allow(rule, verdict);
            }
            case ENTERPRISE -> {
                String rule = "enterprise-never-sees-its-reporters";
                if (action != Action.READ_INTERNAL_REPORT) {
                    return AccessDecision.deny(
                            rule, refused + "an enterprise reads reports about it, never who made them");
                }
                if (facts.enterpriseId().isEmpty() || !facts.enterpriseId().equals(actor.enterpriseId())) {
                    return AccessDecision.deny(rule, refused + "it is not a report about their enterprise");
                }
                return AccessDecision.allow(rule, verdict);
            }
            case SYSTEM -> {
                return action == Action.READ_INTERNAL_REPORT
                        ? AccessDecision.allow("system-reads-internal-reports", verdict)
                        : AccessDecision.deny("system-reads-internal-reports", refused + "the system only reads them");
            }
            default -> {
                return AccessDecision.deny(
                        "internal-reports-are-confidential", refused + "internal reports are confidential");
            }
        }
    }

    @Override
    public ScopeFacts scopeOf(Actor actor, Action action) {
        return reach(actor, action);
    }

    static ScopeFacts reach(Actor actor, Action action) {
        if (action == Action.READ_STATISTICS) {
            // Both roles: the command center's view, as in statistics().
            if (actor.has(ActorRole.COMMAND_CENTER)) {
                return ScopeFacts.within(actor.homeGrid().orElseThrow());
            }
            if (actor.has(ActorRole.DEPARTMENT_OFFICER)) {
                return ScopeFacts.everything().department(actor.department().orElseThrow());
            }
            return ScopeFacts.everything();
        }
        if (action == Action.READ_ENTITY || action == Action.READ_PATROL) {
            // As for cases: one role narrows the scan; an enterprise's records are filtered one by one.
            if (actor.roles().size() == 1 && (actor.has(ActorRole.GRID_STAFF) || actor.has(ActorRole.COMMAND_CENTER))) {
                return ScopeFacts.within(actor.homeGrid().orElseThrow());
            }
            return ScopeFacts.everything();
        }
        if (action != Action.READ) {
            return ScopeFacts.everything();
        }
        // Only a single role narrows a read: a second role may read elsewhere.
        if (actor.roles().size() == 1 && (actor.has(ActorRole.GRID_STAFF) || actor.has(ActorRole.COMMAND_CENTER))) {
            return ScopeFacts.within(actor.homeGrid().orElseThrow());
        }
        if (actor.roles().equals(Set.of(ActorRole.DEPARTMENT_OFFICER))) {
            return ScopeFacts.everything().department(actor.department().orElseThrow());
        }
        return ScopeFacts.everything();
    }

    @Override
    public AccessDecision decide(Actor actor, Action action, CaseFacts facts) {
        // Reading the public status is implied by reading the whole case.
        if (action == Action.READ_PUBLIC_STATUS
                && decide(actor, Action.READ, facts).allowed()) {
            return AccessDecision.allow("read-implies-public-status", actor + " may read " + facts.label());
        }
        AccessDecision refusal = null;
        for (ActorRole role : ActorRole.values()) {
            if (!actor.has(role)) {
                continue;
            }
            AccessDecision decision = decide(role, actor, action, facts);
            if (decision.allowed()) {
                return decision;
            }
            if (refusal == null) {
                refusal = decision;
            }
        }
        return refusal != null
                ? refusal
                : AccessDecision.deny("no-role", actor + " holds no role that may " + action.enName());
    }

    private static AccessDecision decide(ActorRole role, Actor actor, Action action, CaseFacts facts) {
        return switch (role) {
            case GRID_STAFF -> gridStaff(actor, action, facts);
            case COMMAND_CENTER -> commandCenter(actor, action, facts);
            case DEPARTMENT_OFFICER -> departmentOfficer(actor, action, facts);
            case ENTERPRISE -> enterprise(actor, action, facts);
            case CITIZEN -> citizen(actor, action, facts);
            case SYSTEM -> system(actor, action, facts);
            case DISTRICT_ADMINISTRATOR ->
                notTheirs(
                        DISTRICT_ADMINISTRATOR_NO_CASEWORK,
                        actor,
                        action,
                        facts,
                        "a district administrator keeps the directory and takes no part in casework");
        };
    }

    private static AccessDecision gridStaff(Actor actor, Action action, CaseFacts facts) {
        String rule = "grid-staff-own-subtree";
        if (!GRID_STAFF_ACTIONS.contains(action)) {
            return notTheirs(rule, actor, action, facts, "grid staff do not " + action.enName());
        }
        if (!insideHomeGrid(actor, facts)) {
            return outsideHome(rule, actor, action, facts);
        }
        if (action == Action.VERIFY && facts.grade() == HazardGrade.MAJOR) {
            return AccessDecision.deny(
                    "major-hazard-verified-by-department",
                    actor + " may not verify " + facts.label()
                            + ": a major hazard is verified by the responsible department");
        }
        return allow(rule, actor, action, facts);
    }

    private static AccessDecision commandCenter(Actor actor, Action action, CaseFacts facts) {
        String rule = "command-center-own-subtree";
        if (!COMMAND_CENTER_ACTIONS.contains(action)) {
            return notTheirs(rule, actor, action, facts, "command centers do not " + action.enName());
        }
        if (!insideHomeGrid(actor, facts)) {
            return outsideHome(rule, actor, action, facts);
        }
        return allow(rule, actor, action, facts);
    }

    private static AccessDecision departmentOfficer(Actor actor, Action action, CaseFacts facts) {
        if (action == Action.REPORT) {
            return allow("department-inspection-report", actor, action, facts);
        }
        String rule = "department-own-cases";
        if (!DEPARTMENT_ACTIONS.contains(action)) {
            return notTheirs(rule, actor, action, facts, "departments do not " + action.enName());
        }
        if (facts.department().isEmpty() || !facts.department().equals(actor.department())) {
            return AccessDecision.deny(
                    rule,
                    actor + " may not " + action.enName() + " " + facts.label() + ": it is not dispatched to "
                            + actor.department().map(Object::toString).orElse("their department"));
        }
        if (action == Action.VERIFY && facts.grade() != HazardGrade.MAJOR) {
            return AccessDecision.deny(
                    "general-hazard-verified-by-grid-staff",
                    actor + " may not verify " + facts.label()
                            + ": a general hazard is verified by the staff of its grid");
        }
        // A department reopens only what it verified: its major hazards.
        if (action == Action.REOPEN && facts.grade() != HazardGrade.MAJOR) {
            return AccessDecision.deny(
                    "general-hazard-reopened-by-grid-staff-or-reporter",
                    actor + " may not " + action.enName() + " " + facts.label()
                            + ": a general hazard is reopened by its grid's staff, its reporter or the command center");
        }
        return allow(rule, actor, action, facts);
    }

    private static AccessDecision enterprise(Actor actor, Action action, CaseFacts facts) {
        String rule = "enterprise-own-cases";
        if (!ENTERPRISE_ACTIONS.contains(action)) {
            return notTheirs(rule, actor, action, facts, "enterprises do not " + action.enName());
        }
        if (facts.enterpriseId().isEmpty() || !facts.enterpriseId().equals(actor.enterpriseId())) {
            return AccessDecision.deny(
                    rule,
                    actor + " may not " + action.enName() + " " + facts.label()
                            + ": it does not concern their enterprise");
        }
        return allow(rule, actor, action, facts);
    }

    private static AccessDecision citizen(Actor actor, Action action, CaseFacts facts) {
        if (action == Action.REPORT) {
            return allow("citizen-report", actor, action, facts);
        }
        String rule = "citizen-own-report-status";
        if (action == Action.READ_PUBLIC_STATUS && facts.reporterId().equals(java.util.Optional.of(actor.id()))) {
            return allow(rule, actor, action, facts);
        }
        // A reporter who sees the hazard is still there complains, and the case reopens.
        if (action == Action.REOPEN && facts.reporterId().equals(java.util.Optional.of(actor.id()))) {
            return allow("citizen-own-report-complaint", actor, action, facts);
        }
        return AccessDecision.deny(
                rule,
                actor + " may not " + action.enName() + " " + facts.label()
                        + ": citizens only report and follow the status of their own reports");
    }

    private static AccessDecision system(Actor actor, Action action, CaseFacts facts) {
        String rule = "system-scheduled-work";
        // REPORT: the licence run opens LICENCE_EXPIRED cases, the one source a system reports from.
        // RESUME: the escalation scan ends suspensions whose review date came.
        // MOVE_TO_GRID: after a directory change, cases of removed grids follow the documented rule.
        if (action == Action.ESCALATE
                || action == Action.READ
                || action == Action.REPORT
                || action == Action.RESUME
                || action == Action.MOVE_TO_GRID) {
            return allow(rule, actor, action, facts);
        }
        return notTheirs(
                rule,
                actor,
                action,
                facts,
                "the system only escalates, resumes at review dates, reads, reports expired licences and moves cases"
                        + " of removed grids");
    }

    private static boolean insideHomeGrid(Actor actor, CaseFacts facts) {
        return actor.homeGrid()
                .map(home -> home.isSameOrAncestorOf(facts.grid()))
                .orElse(false);
    }

    private static AccessDecision allow(String rule, Actor actor, Action action, CaseFacts facts) {
        return AccessDecision.allow(rule, actor + " may " + action.enName() + " " + facts.label());
    }

    private static AccessDecision outsideHome(String rule, Actor actor, Action action, CaseFacts facts) {
        return AccessDecision.deny(
                rule,
                actor + " may not " + action.enName() + " " + facts.label() + ": grid " + facts.grid()
                        + " is outside their home grid "
                        + actor.homeGrid().map(Object::toString).orElse("(none)"));
    }

    private static AccessDecision notTheirs(String rule, Actor actor, Action action, CaseFacts facts, String why) {
        return AccessDecision.deny(rule, actor + " may not " + action.enName() + " " + facts.label() + ": " + why);
    }

    static final String NOTICES_RULE = "notices-command-center-or-administrator";
    static final String NOTICES_SUBTREE = "notices-within-home-grid";

    /**
     * District notices are addressed to command centers (the district's or a street's): a command
     * center reads those of its home grid's subtree; a district administrator, who keeps the
     * calendar, those of its district; nobody else.
     */
    private static AccessDecision notices(Actor actor, ScopeFacts scope) {
        String refused = actor + " may not " + Action.READ_NOTICES.enName() + " on " + scope.label() + ": ";
        if (!actor.has(ActorRole.COMMAND_CENTER) && !actor.has(ActorRole.DISTRICT_ADMINISTRATOR)) {
            return AccessDecision.deny(
                    NOTICES_RULE, refused + "only command centers and district administrators read district notices");
        }
        if (!withinHome(actor, scope)) {
            return AccessDecision.deny(
                    NOTICES_SUBTREE,
                    refused + "the notices' grid must be your home grid "
                            + actor.homeGrid().map(GridCode::value).orElse("(none)") + " or below it");
        }
        return AccessDecision.allow(
                NOTICES_SUBTREE, actor + " may " + Action.READ_NOTICES.enName() + " of " + scope.label());
    }
}
