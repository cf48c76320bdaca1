package org.gridsafe.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.FieldProblem;

/** What a step of {@link SelfCheckLifecycle} reads (the run, the rules) and writes (problems, events). */
public final class SelfCheckStepContext {

    private final Optional<SelfCheckRun> before;
    private final SelfCheckRules rules;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<SelfCheckEvent> events = new ArrayList<>();

    SelfCheckStepContext(Optional<SelfCheckRun> before, SelfCheckRules rules) {
        this.before = before;
        this.rules = rules;
    }

    /** The run the command acts on (empty when submitting). */
    public Optional<SelfCheckRun> before() {
        return before;
    }

    SelfCheckRun run() {
        return before.orElseThrow();
    }

    SelfCheckRules rules() {
        return rules;
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    void problems(List<FieldProblem> more) {
        problems.addAll(more);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
    }

    void emit(SelfCheckEvent event) {
        events.add(event);
    }

    List<SelfCheckEvent> events() {
        return List.copyOf(events);
    }
}
