package org.gridsafe.patrol;

import java.util.List;
import java.util.Objects;
import org.gridsafe.registry.EntityId;

/**
 * What a run of a plan did for one period.
 *
 * @param period the period
 * @param created the occurrences it scheduled
 * @param existing the occurrences an earlier run had scheduled already (a run is idempotent)
 * @param unassigned the entities it could not schedule: their grid has nobody in the plan's role
 */
public record ScheduleResult(
        PatrolPeriod period, List<OccurrenceId> created, List<OccurrenceId> existing, List<EntityId> unassigned) {

    public ScheduleResult {
        Objects.requireNonNull(period, "period");
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        unassigned = List.copyOf(unassigned);
    }
}
