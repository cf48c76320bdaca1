package org.gridsafe.testkit;

import java.util.ArrayList;
import java.util.List;
import org.gridsafe.casework.Notification;
import org.gridsafe.port.Notifier;

/**
 * A {@link Notifier} that remembers every delivery, repeats included, for tests that check what
 * was announced. Thread-safe.
 *
 * <pre>{@code
 * RecordingNotifier notifier = new RecordingNotifier();
 * InMemoryCaseStore store = new InMemoryCaseStore(notifier);
 * // ... run commands ...
 * assertThat(notifier.delivered()).extracting(Notification::kind).contains(NotificationKind.CASE_DISPATCHED);
 * }</pre>
 */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> delivered = new ArrayList<>();

    @Override
    public synchronized void deliver(Notification notification) {
        delivered.add(notification);
    }

    /** Every delivery so far, in order, repeats included. */
    public synchronized List<Notification> delivered() {
        return List.copyOf(delivered);
    }
}
