package org.gridsafe.selfcheck;

import java.util.List;
import java.util.stream.Collectors;
import org.gridsafe.entity.FieldProblem;

/** Bad input for a self-inspection; {@link #problems()} names each field and why. Nothing was written. */
public final class InvalidSelfCheckException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /** One or more problems (at least one). */
    public InvalidSelfCheckException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid self-inspection input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem. */
    public InvalidSelfCheckException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** Each field at fault, in the order they were checked. */
    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
