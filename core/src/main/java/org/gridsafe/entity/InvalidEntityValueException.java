package org.gridsafe.entity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A supervised-entity value was given bad input; {@link #problems()} names each field and the rule
 * it breaks, so an adapter can answer a client field by field.
 */
public final class InvalidEntityValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Not serialised with the exception: the message carries the same text. */
    private final transient List<FieldProblem> problems;

    /** An exception for one or more problems (at least one). */
    public InvalidEntityValueException(List<FieldProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** An exception for one problem. */
    public InvalidEntityValueException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    private static String describe(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid value needs at least one problem");
        }
        return problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
    }

    /** Each field at fault, in the order they were checked. */
    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
