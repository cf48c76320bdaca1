package org.gridsafe.districtdata;

import java.util.List;

/**
 * The outcome of a validation, a dry run or an import.
 *
 * @param read what was read, one line per file with its count of features or rows (the progress
 *     report of a large import)
 * @param problems every problem found; an import with any problem changes nothing
 * @param changes what the import changes (or, in a dry run or when refused, would change), one line
 *     per grid or department; empty when there are problems
 * @param applied whether the directory was replaced
 */
public record ImportReport(List<String> read, List<Problem> problems, List<String> changes, boolean applied) {

    /** Copies the lists. */
    public ImportReport {
        read = List.copyOf(read);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** Whether the input has no problem. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The report as text, as the command line prints it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        read.forEach(line -> out.append("read ").append(line).append('\n'));
        if (!problems.isEmpty()) {
            out.append(problems.size())
                    .append(problems.size() == 1 ? " problem" : " problems")
                    .append(", nothing changed:\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
            return out.toString();
        }
        out.append("no problems; ")
                .append(changes.size())
                .append(changes.size() == 1 ? " change" : " changes")
                .append(applied ? " applied" : " (not applied)")
                .append(changes.isEmpty() ? "\n" : ":\n");
        changes.forEach(c -> out.append("  ").append(c).append('\n'));
        return out.toString();
    }
}
