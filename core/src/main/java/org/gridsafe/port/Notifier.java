package org.gridsafe.port;

import org.gridsafe.casework.Notification;

/**
 * Delivers notifications (SMS, the government's messaging app, a screen). Called at least once per
 * notification, possibly again after a failure: use {@link Notification#key()} to drop repeats.
 * Throwing means "not delivered, try again later".
 */
@FunctionalInterface
public interface Notifier {

    /** Delivers one notification. */
    void deliver(Notification notification);

    /** A notifier that drops everything, for hosts that do not notify. */
    static Notifier none() {
        return notification -> {};
    }
}
