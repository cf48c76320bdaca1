package org.gridsafe.jdbc;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gridsafe.GridSafe;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.testkit.GridChangeContract.Wiring;
import org.gridsafe.testkit.RecordingNotifier;

/** The grid-change contract's wiring over a migrated JDBC storage: its directory, stores and outbox. */
final class JdbcGridChange {

    private JdbcGridChange() {}

    static Wiring wiring(JdbcGridSafeStorage storage) {
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        RecordingNotifier notifier = new RecordingNotifier();
        // Notifications are due from their event's time; a clock far ahead makes all of them due.
        OutboxRelay relay =
                storage.outboxRelay(notifier, Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC));
        GridSafe.Builder builder = GridSafe.builder()
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(storage.idGenerator(ZONE));
        return new Wiring(builder, storage.directory(), () -> {
            while (relay.relayOnce() > 0) {
                // drain
            }
            return notifier.delivered();
        });
    }
}
