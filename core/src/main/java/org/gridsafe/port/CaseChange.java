package org.gridsafe.port;

import java.util.List;
import java.util.Objects;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RecordedEvent;

/**
 * One accepted command, to be stored atomically: the new events, the case they lead to (for the
 * read side) and the notifications they owe (for an outbox).
 *
 * @param caseId the case
 * @param expectedVersion the version the events follow (0 for a new case)
 * @param events the new events, versions {@code expectedVersion + 1} onward
 * @param result the case after the events
 * @param notifications what to deliver once the change is stored
 */
public record CaseChange(
        CaseId caseId,
        long expectedVersion,
        List<RecordedEvent> events,
        Case result,
        List<Notification> notifications) {

    public CaseChange {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(result, "result");
        events = List.copyOf(events);
        notifications = List.copyOf(notifications);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a change of case " + caseId + " needs at least one event");
        }
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent event = events.get(i);
            if (!event.caseId().equals(caseId) || event.version() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("event " + event.caseId() + " v" + event.version()
                        + " does not follow case " + caseId + " v" + (expectedVersion + i));
            }
        }
        if (result.version() != expectedVersion + events.size()) {
            throw new IllegalArgumentException("the resulting case is at version " + result.version()
                    + ", but the events lead to " + (expectedVersion + events.size()));
        }
    }
}
