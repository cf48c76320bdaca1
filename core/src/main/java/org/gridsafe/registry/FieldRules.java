package org.gridsafe.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.InvalidEntityValueException;

/** Collects every problem of a value before refusing it, so one answer names them all. */
final class FieldRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1000;

    private final String prefix;
    private final List<FieldProblem> problems = new ArrayList<>();

    FieldRules(String prefix) {
        this.prefix = prefix;
    }

    void add(String field, String message) {
        problems.add(new FieldProblem(prefix + field, message));
    }

    boolean notNull(Object value, String field) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void text(String value, String field, int max) {
        if (!notNull(value, field)) {
            return;
        }
        if (value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > max) {
            add(field, "must be at most " + max + " characters; got " + value.length());
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            add(field, "must not contain control characters");
        }
    }

    void optionalText(Optional<String> value, String field, int max) {
        if (notNull(value, field)) {
            value.ifPresent(v -> text(v, field, max));
        }
    }

    /** Takes the problems of a nested value, under this prefix. */
    void nested(String field, Runnable construct) {
        try {
            construct.run();
        } catch (InvalidEntityValueException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(prefix + field + "." + p.field(), p.message())));
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidEntityValueException(problems);
        }
    }
}
