package org.gridsafe.spring.boot;

import org.gridsafe.casework.Notification;
import org.gridsafe.port.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifier used until the host defines its own {@link Notifier} bean (SMS, a messaging app, a
 * work queue): it logs each notification, so the outbox drains and nothing piles up unseen.
 */
final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void deliver(Notification notification) {
        LOG.info(
                "notify {} case {} v{} to {}",
                notification.kind(),
                notification.caseId(),
                notification.caseVersion(),
                notification
                        .recipientId()
                        .orElse(notification.department().map(Object::toString).orElse("grid " + notification.grid())));
    }
}
