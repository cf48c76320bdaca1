package org.gridsafe.access;

/**
 * Decides whether an actor may take an action on a case, or on a scope of cases. Every workflow
 * command, every read of a case, its history or a listing, every statistics request and every
 * escalation run passes through it; adapters hold no access rules of their own.
 *
 * <p>Hosts can supply their own (for example backed by their identity system); {@link #standard()}
 * implements the rules of design.md:
 *
 * <ul>
 *   <li>grid staff report (also hazards fixed on the spot), verify general hazards, reopen closed
 *       cases on a complaint and read inside their home grid's subtree;
 *   <li>command centers enter hotline calls as public reports, register, reject, merge, dispatch,
 *       reassign (改派), decide extensions, approve and end suspensions (缓办 / 挂账), close, reopen on a complaint, escalate and read inside their home grid's subtree, where they
 *       alone see who reported and how to reach them;
 *   <li>department officers report anywhere (inspections) and act only on cases dispatched to their
 *       department (rectify, ask for extensions, return a case that is not their duty: 回退); they
 *       verify major hazards and reopen them on a complaint;
 *   <li>enterprises report, rectify and read only their own cases;
 *   <li>citizens report anywhere, read the public status of their own reports and reopen them on
 *       a complaint after closing;
 *   <li>the system escalates overdue work, resumes suspended cases at their review date and reads;
 *   <li>statistics are for command centers (within their home grid's subtree) and department
 *       officers (their own department; an actor with both roles counts as a command center);
 *   <li>an escalation run over the whole district is for a command center at home in a root grid
 *       and for the system;
 *   <li>the directory of the whole district (import, export) is for the district administrator
 *       of its home grid's subtree; the staff of one grid (assignments, rung holders) for the
 *       district administrator and for a street command center in its own street; a district
 *       administrator takes no part in casework.
 * </ul>
 *
 * <pre>{@code
 * AccessDecision read = AccessPolicy.standard().decide(gridManager, Action.READ, someCase.facts());
 * }</pre>
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Decides {@code action} by {@code actor} on the case described by {@code facts}. */
    AccessDecision decide(Actor actor, Action action, CaseFacts facts);

    /**
     * Decides {@code action} by {@code actor} on the cases of {@code scope} ({@link Action#onScope()}).
     * The default applies the standard scope rules, so a host's own per-case policy keeps the
     * statistics and escalation-run rules it had.
     */
    default AccessDecision decide(Actor actor, Action action, ScopeFacts scope) {
        return StandardAccessPolicy.decideScope(actor, action, scope);
    }

    /**
     * How far {@code action} by {@code actor} reaches (empty criteria: not limited). For
     * {@link Action#READ} it must include every case the actor may read: listings narrow their
     * query to it before deciding each case, so a street's staff do not scan the district. For
     * {@link Action#READ_STATISTICS} it is the scope a request that names none gets. The default
     * applies the standard rules.
     */
    default ScopeFacts scopeOf(Actor actor, Action action) {
        return StandardAccessPolicy.reach(actor, action);
    }

    /**
     * Decides {@code action} ({@link Action#onEntity()}) by {@code actor} on the supervised entity
     * described by {@code facts}. The default applies the standard entity rules: a command center
     * registers, edits, changes the status of, assesses and reads the entities of its home grid's
     * subtree; grid staff read there; a department officer reads and assesses the entities that
     * name its department as their industry or comprehensive supervisor; an enterprise reads and
     * edits its own record (its unit, or places it operates) and submits its self-assessment; the
     * system reads.
     */
    default AccessDecision decide(Actor actor, Action action, EntityFacts facts) {
        return StandardAccessPolicy.decideEntity(actor, action, facts);
    }

    /**
     * Decides {@code action} ({@link Action#onPatrol()}) by {@code actor} on the patrol described by
     * {@code facts}. The default applies the standard patrol rules: grid staff check in, submit and skip
     * the occurrences assigned to them in their home grid's subtree, and read patrols there; a command
     * center manages plans, schedules, skips, marks missed and reads in its subtree; the system
     * schedules, marks missed and reads; nobody issues an enforcement document on a patrol.
     */
    default AccessDecision decide(Actor actor, Action action, PatrolFacts facts) {
        return StandardAccessPolicy.decidePatrol(actor, action, facts);
    }

    /**
     * Decides {@code action} ({@link Action#onInspection()}) by {@code actor} on the inspection
     * described by {@code facts}. The default applies the standard inspection rules: a department
     * officer opens and records inspections of their department in which they are one of the officers,
     * reads their department's inspections and runs its random draws; a command center reads the
     * inspections of entities in its home grid's subtree, and at the district level registers
     * enforcement credentials; the system reads and registers credentials; grid staff, enterprises and
     * citizens do nothing on inspections (grid staff may not inspect: 国办发〔2024〕54号).
     */
    default AccessDecision decide(Actor actor, Action action, InspectionFacts facts) {
        return StandardAccessPolicy.decideInspection(actor, action, facts);
    }

    /**
     * Decides {@code action} ({@link Action#onSelfCheck()}) by {@code actor} on an enterprise's
     * self-inspection described by {@code facts}. The default applies the standard rules: the
     * enterprise acts for itself only; grid staff and command centers read inside their home grid's
     * subtree; the system reads.
     */
    default AccessDecision decide(Actor actor, Action action, SelfCheckFacts facts) {
        return StandardAccessPolicy.decideSelfCheck(actor, action, facts);
    }

    /** The rules of design.md, listed on this interface. */
    static AccessPolicy standard() {
        return new StandardAccessPolicy();
    }
}
