package org.gridsafe.selfcheck;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a run's history.
 *
 * @param run the run
 * @param version 1 for the submission, one more per event
 * @param event what happened
 * @param actorId who did it
 * @param at when
 */
public record RecordedSelfCheckEvent(
        SelfCheckRunId run, long version, SelfCheckEvent event, String actorId, Instant at) {

    public RecordedSelfCheckEvent {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
