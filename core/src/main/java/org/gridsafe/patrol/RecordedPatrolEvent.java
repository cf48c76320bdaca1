package org.gridsafe.patrol;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an occurrence's history: what changed, who changed it and when.
 *
 * @param occurrenceId the occurrence
 * @param version the version the change produced (1 for the scheduling)
 * @param event what changed
 * @param actorId who
 * @param at when GridSafe recorded it
 */
public record RecordedPatrolEvent(
        OccurrenceId occurrenceId, long version, PatrolEvent event, String actorId, Instant at) {

    public RecordedPatrolEvent {
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1; got " + version);
        }
    }
}
