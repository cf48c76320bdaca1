package org.gridsafe.casework;

import java.util.List;

/** What {@link CaseDecider} answers: the events to record, or why not. */
public sealed interface Decision {

    /**
     * The command is accepted. {@code events} may be empty (nothing to do, e.g. an escalation
     * that is not yet due).
     *
     * @param events the new events, chained to the case's log
     * @param result the case after them
     * @param notifications what the events owe people
     */
    record Accepted(List<RecordedEvent> events, Case result, List<Notification> notifications) implements Decision {
        public Accepted {
            events = List.copyOf(events);
            notifications = List.copyOf(notifications);
        }
    }

    /**
     * The command is refused and nothing changes.
     *
     * @param rejection why
     */
    record Rejected(Rejection rejection) implements Decision {}
}
