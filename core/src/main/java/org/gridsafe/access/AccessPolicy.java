package org.gridsafe.access;

/**
 * Decides whether an actor may take an action on a case. Every workflow command passes through it.
 *
 * <p>Hosts can supply their own (for example backed by their identity system); {@link #standard()}
 * implements the rules of design.md:
 *
 * <ul>
 *   <li>grid staff report (also hazards fixed on the spot), verify general hazards and read inside
 *       their home grid's subtree;
 *   <li>command centers enter hotline calls as public reports, register, reject, merge, dispatch,
 *       decide extensions, close, escalate and read inside their home grid's subtree;
 *   <li>department officers report anywhere (inspections) and act only on cases dispatched to their
 *       department; they verify major hazards;
 *   <li>enterprises report, rectify and read only their own cases;
 *   <li>citizens report anywhere and read the public status of their own reports;
 *   <li>the system escalates overdue work and reads.
 * </ul>
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Decides {@code action} by {@code actor} on the case described by {@code facts}. */
    AccessDecision decide(Actor actor, Action action, CaseFacts facts);

    /** The rules of design.md, listed on this interface. */
    static AccessPolicy standard() {
        return new StandardAccessPolicy();
    }
}
