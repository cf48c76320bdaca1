package org.gridsafe.casework;

import java.util.Optional;

/** Finds another case by id: what {@link CaseDecider} needs to check a merge target. */
@FunctionalInterface
public interface CaseLookup {

    /** The case with {@code id}, if it exists. */
    Optional<Case> find(CaseId id);
}
