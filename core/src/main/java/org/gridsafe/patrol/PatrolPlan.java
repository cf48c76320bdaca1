package org.gridsafe.patrol;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;

/**
 * A patrol plan (巡查计划): which entities of a grid's subtree are patrolled, how often, in which window of
 * each period, with which checklist, and by which role of the entity's grid. Where the rule comes from
 * is part of the plan ({@link #basis()}): a local practice it copies, or the host's or project's own.
 *
 * @param id the plan's id
 * @param name its name
 * @param grid the grid whose subtree it covers
 * @param target which entities
 * @param frequency how often
 * @param dueWithinDays the window: the first N days of each period; empty: the whole period
 * @param checklist the checklist the occurrences answer
 * @param patrolRole the role of the entity's grid staff who patrol (the first such person is assigned)
 * @param basis where the rule comes from, e.g. "local: 横泾街道 2018" or "project's own"
 */
public record PatrolPlan(
        PatrolPlanId id,
        String name,
        GridCode grid,
        PatrolTarget target,
        PatrolFrequency frequency,
        OptionalInt dueWithinDays,
        ChecklistRef checklist,
        GridRole patrolRole,
        String basis) {

    static final int MAX_TEXT = 200;

    public PatrolPlan {
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null) {
            problems.add(new FieldProblem("id", "is required"));
        }
        text(name, "name", problems);
        text(basis, "basis", problems);
        if (grid == null) {
            problems.add(new FieldProblem("grid", "is required"));
        }
        if (target == null) {
            problems.add(new FieldProblem("target", "is required"));
        } else {
            target.kinds().stream()
                    .filter(k -> !PatrolTarget.knownKind(k))
                    .forEach(k -> problems.add(new FieldProblem(
                            "target.kinds",
                            k + " is neither an entity kind (PRODUCTION_UNIT, PLACE) nor a place kind")));
        }
        if (frequency == null) {
            problems.add(new FieldProblem("frequency", "is required: WEEKLY, MONTHLY, QUARTERLY or YEARLY"));
        }
        if (dueWithinDays == null) {
            dueWithinDays = OptionalInt.empty();
        }
        if (dueWithinDays.isPresent() && dueWithinDays.getAsInt() < 1) {
            problems.add(new FieldProblem("dueWithinDays", "must be at least 1; got " + dueWithinDays.getAsInt()));
        }
        if (checklist == null) {
            problems.add(new FieldProblem("checklist", "is required"));
        }
        if (patrolRole == null) {
            problems.add(new FieldProblem("patrolRole", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
    }

    private static void text(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters; got " + value.length()));
        }
    }
}
