package org.gridsafe.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.FieldProblem;

/** What a step of {@link PatrolLifecycle} reads (the occurrence, the rules, the time) and writes (problems, events). */
public final class PatrolStepContext {

    private final Optional<PatrolOccurrence> before;
    private final PatrolRules rules;
    private final Instant now;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<PatrolEvent> events = new ArrayList<>();

    PatrolStepContext(Optional<PatrolOccurrence> before, PatrolRules rules, Instant now) {
        this.before = before;
        this.rules = rules;
        this.now = now;
    }

    /** The occurrence the command acts on (empty when scheduling). */
    public Optional<PatrolOccurrence> before() {
        return before;
    }

    PatrolOccurrence occurrence() {
        return before.orElseThrow();
    }

    PatrolRules rules() {
        return rules;
    }

    Instant now() {
        return now;
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    void problems(List<FieldProblem> more) {
        problems.addAll(more);
    }

    void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
        } else if (value.length() > max) {
            problem(field, "must be at most " + max + " characters; got " + value.length());
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problem(field, "must not contain control characters");
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
    }

    void emit(PatrolEvent event) {
        events.add(event);
    }

    List<PatrolEvent> events() {
        return List.copyOf(events);
    }
}
