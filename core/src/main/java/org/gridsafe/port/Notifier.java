package org.gridsafe.port;

import org.gridsafe.casework.Notification;
import org.gridsafe.notice.DistrictNotice;

/**
 * Delivers notifications (SMS, the government's messaging app, a screen). Called at least once per
 * notification, possibly again after a failure: use {@link Notification#key()} to drop repeats.
 * Throwing means "not delivered, try again later". District notices, which concern no case, come
 * through {@link #deliverNotice}, at least once too (drop repeats by {@link DistrictNotice#key()}).
 */
@FunctionalInterface
public interface Notifier {

    /** Delivers one notification. */
    void deliver(Notification notification);

    /**
     * Delivers one district notice. The default logs it (INFO, with its English text), so a notifier
     * written before notices existed still leaves a trace; override it to reach the command center.
     */
    default void deliverNotice(DistrictNotice notice) {
        org.slf4j.LoggerFactory.getLogger(Notifier.class)
                .info(
                        "district notice {} for {}: {}",
                        notice.key(),
                        notice.recipientId().orElse("command center of " + notice.scope()),
                        notice.messageEn());
    }

    /** A notifier that drops every notification, for hosts that do not notify; district notices are only logged. */
    static Notifier none() {
        return notification -> {};
    }
}
