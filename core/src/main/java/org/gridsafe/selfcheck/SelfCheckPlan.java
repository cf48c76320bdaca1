package org.gridsafe.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.registry.EntityId;

/**
 * An enterprise's self-inspection plan: which entity, what kind, which checklist template.
 *
 * @param id the plan's id
 * @param entity the registry entity that inspects itself
 * @param kind daily, periodic, seasonal, holiday or special
 * @param cycleDays for a periodic plan, its cycle (1 to 366 days); empty for every other kind
 * @param checklist the template its runs answer
 * @param title what the enterprise calls it (1 to 200 characters)
 */
public record SelfCheckPlan(
        SelfCheckPlanId id,
        EntityId entity,
        SelfCheckKind kind,
        Optional<Integer> cycleDays,
        ChecklistRef checklist,
        String title) {

    /** The longest title. */
    public static final int MAX_TITLE = 200;

    public SelfCheckPlan {
        Objects.requireNonNull(id, "id");
        cycleDays = cycleDays == null ? Optional.empty() : cycleDays;
    }

    /** The field problems of this plan (entity, kind, checklist, title, cycleDays); empty when it is well formed. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (entity == null) {
            problems.add(new FieldProblem("entity", "is required: the registry entity that inspects itself"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required: DAILY, PERIODIC, SEASONAL, HOLIDAY or SPECIAL"));
        }
        if (checklist == null) {
            problems.add(
                    new FieldProblem("checklist", "is required: a checklist template such as ENTERPRISE_TWO_PART@1"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(
                    new FieldProblem("title", "must be at most " + MAX_TITLE + " characters; got " + title.length()));
        }
        if (kind == SelfCheckKind.PERIODIC) {
            if (cycleDays.isEmpty()) {
                problems.add(new FieldProblem("cycleDays", "is required for a periodic plan: 1 to 366 days"));
            } else if (cycleDays.get() < 1 || cycleDays.get() > 366) {
                problems.add(new FieldProblem("cycleDays", "must be 1 to 366 days; got " + cycleDays.get()));
            }
        } else if (cycleDays.isPresent()) {
            problems.add(new FieldProblem("cycleDays", "is only for a periodic plan; this one is " + kind));
        }
        return problems;
    }
}
