package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.InternalReport;

/**
 * Where employees' internal reports are kept. A save is guarded by the version the writer saw, so of two
 * concurrent writers one wins and the other gets {@link org.gridsafe.selfcheck.SelfCheckVersionConflictException}.
 */
public interface InternalReportStore {

    /** The report as it is now. */
    Optional<InternalReport> find(String id);

    /**
     * Saves {@code report} if the one held is at {@code report.version() - 1} (none held: version 1).
     *
     * @throws org.gridsafe.selfcheck.SelfCheckVersionConflictException when another save came first
     */
    void save(InternalReport report);

    /** The reports about {@code entity}, oldest first. */
    List<InternalReport> byEntity(EntityId entity);
}
