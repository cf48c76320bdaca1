package org.gridsafe.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gridsafe.testkit.CaseStoreContract;
import org.gridsafe.testkit.RecordingNotifier;

/** The port contract on H2 (a fresh in-memory database per test). */
class H2CaseStoreContractTest extends CaseStoreContract {

    @Override
    protected StoreUnderTest newStore() {
        return storeOn(JdbcGridSafeStorage.create(TestDatabases.h2Memory()).migrate());
    }

    /** The store, with an outbox relay run before every look at what was delivered. */
    static StoreUnderTest storeOn(JdbcGridSafeStorage storage) {
        RecordingNotifier notifier = new RecordingNotifier();
        // Notifications are due from their event's time; a clock far ahead makes all of them due.
        OutboxRelay relay =
                storage.outboxRelay(notifier, Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC));
        return new StoreUnderTest(storage.caseStore(), storage.caseQueries(), () -> {
            while (relay.relayOnce() > 0) {
                // drain
            }
            return notifier.delivered();
        });
    }
}
