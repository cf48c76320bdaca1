package org.gridsafe.inspection;

import java.util.List;
import java.util.stream.Collectors;
import org.gridsafe.entity.FieldProblem;

/** Bad input for an inspection command or value; {@link #problems()} names each field and rule. Nothing was written. */
public final class InvalidInspectionException extends InspectionException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    /** One or more problems (at least one). */
    public InvalidInspectionException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid inspection input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem. */
    public InvalidInspectionException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** Each field at fault, in the order they were checked. */
    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
