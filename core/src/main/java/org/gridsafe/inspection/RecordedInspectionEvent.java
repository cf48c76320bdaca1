package org.gridsafe.inspection;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an inspection's history: what changed, who changed it and when.
 *
 * @param inspectionId the inspection
 * @param version the version the change produced (1 for the opening)
 * @param event what changed
 * @param actorId who
 * @param at when GridSafe recorded it
 */
public record RecordedInspectionEvent(
        InspectionId inspectionId, long version, InspectionEvent event, String actorId, Instant at) {

    public RecordedInspectionEvent {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1; got " + version);
        }
    }
}
