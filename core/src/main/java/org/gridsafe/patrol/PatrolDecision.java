package org.gridsafe.patrol;

import java.util.List;
import java.util.Objects;

/**
 * What a command decided: the recorded events and the occurrence they lead to.
 *
 * @param occurrence the occurrence after the events
 * @param expectedVersion the version the store must still hold (0 when scheduling)
 * @param events the new versions of the history
 */
public record PatrolDecision(PatrolOccurrence occurrence, long expectedVersion, List<RecordedPatrolEvent> events) {

    public PatrolDecision {
        Objects.requireNonNull(occurrence, "occurrence");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision records at least one event");
        }
    }
}
