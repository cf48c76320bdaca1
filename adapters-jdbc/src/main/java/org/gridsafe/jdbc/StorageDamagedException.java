package org.gridsafe.jdbc;

import java.util.List;

/**
 * The start-up check found stored cases whose projection disagrees with their event log or whose
 * hash chain does not verify: the storage must not serve until an operator has looked.
 */
public final class StorageDamagedException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    StorageDamagedException(String message, List<String> problems) {
        super(message, null);
        this.problems = List.copyOf(problems);
    }

    /** One line per damaged case (at most {@value StorageRuns#PROBLEMS_KEPT}), naming the case and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
