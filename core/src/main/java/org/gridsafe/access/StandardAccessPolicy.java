package org.gridsafe.access;

import java.util.EnumSet;
import java.util.Set;
import org.gridsafe.hazard.HazardGrade;

/** The default rules; see {@link AccessPolicy}. Each rule has a stable name used in refusals. */
final class StandardAccessPolicy implements AccessPolicy {

    private static final Set<Action> GRID_STAFF_ACTIONS =
            EnumSet.of(Action.REPORT, Action.REPORT_FIXED_ON_SPOT, Action.VERIFY, Action.READ);
    private static final Set<Action> COMMAND_CENTER_ACTIONS = EnumSet.of(
            Action.REPORT,
            Action.REGISTER,
            Action.REJECT,
            Action.MERGE,
            Action.DISPATCH,
            Action.DECIDE_EXTENSION,
            Action.CLOSE,
            Action.ESCALATE,
            Action.READ);
    private static final Set<Action> DEPARTMENT_ACTIONS =
            EnumSet.of(Action.SUBMIT_RECTIFICATION, Action.REQUEST_EXTENSION, Action.VERIFY, Action.READ);
    private static final Set<Action> ENTERPRISE_ACTIONS =
            EnumSet.of(Action.REPORT, Action.SUBMIT_RECTIFICATION, Action.REQUEST_EXTENSION, Action.READ);

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
        return AccessDecision.deny(
                rule,
                actor + " may not " + action.enName() + " " + facts.label()
                        + ": citizens only report and follow the status of their own reports");
    }

    private static AccessDecision system(Actor actor, Action action, CaseFacts facts) {
        String rule = "system-scheduled-work";
        if (action == Action.ESCALATE || action == Action.READ) {
            return allow(rule, actor, action, facts);
        }
        return notTheirs(rule, actor, action, facts, "the system only escalates and reads");
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
}
