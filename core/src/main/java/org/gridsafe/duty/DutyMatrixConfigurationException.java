package org.gridsafe.duty;

import java.util.List;

/**
 * Thrown by {@link DutyMatrix.Builder#build()} when the configuration is inconsistent; lists every
 * problem found, not just the first, so one fix-and-retry round is enough.
 */
public final class DutyMatrixConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    DutyMatrixConfigurationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("duty matrix has ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.forEach(p -> text.append("\n - ").append(p));
        return text.toString();
    }

    /** One sentence per problem, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
