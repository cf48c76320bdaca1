package org.gridsafe.inspection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command decided: the recorded events, the inspection they lead to, and for a counted opening
 * the cap slot the store must take in the same write.
 *
 * @param inspection the inspection after the events
 * @param expectedVersion the version the store must still hold (0 when opening)
 * @param events the new versions of the history
 * @param capSlot the slot of the yearly cap the opening takes, if it is counted
 */
public record InspectionDecision(
        Inspection inspection, long expectedVersion, List<RecordedInspectionEvent> events, Optional<CapSlot> capSlot) {

    public InspectionDecision {
        Objects.requireNonNull(inspection, "inspection");
        events = List.copyOf(events);
        Objects.requireNonNull(capSlot, "capSlot");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision records at least one event");
        }
    }
}
