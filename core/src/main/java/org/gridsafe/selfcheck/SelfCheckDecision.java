package org.gridsafe.selfcheck;

import java.util.List;
import java.util.Objects;

/**
 * What a command decided: the recorded events and the run they lead to.
 *
 * @param run the run after the events
 * @param expectedVersion the version the store must still hold (0 when submitting)
 * @param events the new versions of the history
 */
public record SelfCheckDecision(SelfCheckRun run, long expectedVersion, List<RecordedSelfCheckEvent> events) {

    public SelfCheckDecision {
        Objects.requireNonNull(run, "run");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision records at least one event");
        }
    }
}
