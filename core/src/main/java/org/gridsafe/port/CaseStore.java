package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;

/**
 * The write side: each case's append-only event log.
 *
 * <p>{@link #append} is all or nothing and guarded by the expected version: of two writers that
 * read the same version, one succeeds and the other gets a
 * {@link org.gridsafe.casework.ConcurrentUpdateException}, with nothing of its change stored.
 * Once {@code append} returns, the change is durable (for a durable store) and its notifications
 * will be delivered at least once.
 */
public interface CaseStore {

    /** The case's events in version order; empty if there is no such case. */
    List<RecordedEvent> load(CaseId caseId);

    /**
     * Stores {@code change} if the case is still at {@code change.expectedVersion()} (0: the case
     * must not exist yet).
     *
     * A new case whose {@code result().origin()} another case already has is refused, so a store
     * holds at most one case per origin.
     *
     * @throws org.gridsafe.casework.ConcurrentUpdateException if another change came first
     * @throws org.gridsafe.casework.CaseOriginTakenException if a new case's origin is another case's
     */
    void append(CaseChange change);

    /**
     * Whether appended events survive a restart of the process. {@code GridSafe}'s builder then
     * insists on an id generator that survives it too. Default: {@code false}.
     */
    default boolean durable() {
        return false;
    }

    /**
     * The store of filed major-hazard returns kept beside these cases, for a store that has one
     * (the JDBC store's, in the same database): {@code GridSafe}'s builder uses it when the host
     * gives none, so a host that wires a durable case store cannot forget it. Default: none.
     */
    default Optional<MajorHazardReturnStore> majorHazardReturnStore() {
        return Optional.empty();
    }
}
