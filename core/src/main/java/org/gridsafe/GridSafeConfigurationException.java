package org.gridsafe;

import java.util.List;

/**
 * Thrown by {@link GridSafe.Builder#build()} when the configuration cannot work; lists every
 * problem found, each naming the part to fix, so one fix-and-retry round is enough.
 *
 * <pre>{@code
 * try {
 *     gridSafe = GridSafe.builder().directory(directory).caseStore(store).caseQueries(store).build();
 * } catch (GridSafeConfigurationException e) {
 *     e.problems().forEach(log::error);
 * }
 * }</pre>
 */
public final class GridSafeConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    GridSafeConfigurationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("GridSafe configuration has ")
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
