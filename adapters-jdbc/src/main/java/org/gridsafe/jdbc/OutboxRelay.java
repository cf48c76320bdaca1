package org.gridsafe.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridsafe.casework.Notification;
import org.gridsafe.port.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the {@code outbox} to a {@link Notifier}, at least once per notification.
 *
 * <p>Each round takes up to {@code batchSize} due rows in id order. A row is first leased (its
 * next attempt moved {@code lease} ahead, in its own committed statement, which only one relay can
 * win), then delivered, then marked delivered. A notifier failure schedules the row again after an
 * exponential back-off ({@code baseBackoff × 2^attempts}, at most {@code maxBackoff}); a relay that
 * dies mid-batch leaves its leased rows to be picked up again when the lease runs out. So nothing
 * is lost, and a notification may arrive twice: receivers drop repeats by
 * {@link Notification#key()}. Several relays (one per server node) may run against one database.
 *
 * <pre>{@code
 * OutboxRelay relay = storage.outboxRelay(notifier);
 * relay.start(Duration.ofSeconds(1)); // background delivery
 * ...
 * relay.stop();
 * }</pre>
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Transactions tx;
    private final JsonCodec json;
    private final Notifier notifier;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private ScheduledExecutorService scheduler;

    OutboxRelay(
            Transactions tx,
            JsonCodec json,
            Notifier notifier,
            Clock clock,
            int batchSize,
            Duration lease,
            Duration baseBackoff,
            Duration maxBackoff) {
        this.tx = tx;
        this.json = json;
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.lease = lease;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
    }

    private record Row(long id, String key, int attempts, Instant nextAttempt, String payload) {}

    /**
     * Delivers what is due now, once: one batch of at most {@code batchSize} rows.
     *
     * @return the number of notifications delivered in this round
     */
    public int relayOnce() {
        Instant now = clock.instant();
        List<Row> due = tx.autoCommit("read the outbox", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, notification_key, attempts, next_attempt_at, payload FROM outbox"
                            + " WHERE delivered_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?")) {
                ps.setObject(1, JdbcCaseStore.utc(now));
                ps.setInt(2, batchSize);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                                rs.getString(5)));
                    }
                }
                return rows;
            }
        });
        int delivered = 0;
        for (Row row : due) {
            if (!lease(row, now)) {
                continue; // another relay has it
            }
            Notification notification;
            try {
                notification = json.decodeNotification(row.payload());
                notifier.deliver(notification);
            } catch (RuntimeException failed) {
                retryLater(row, now, failed);
                continue;
            }
            markDelivered(row, now);
            delivered++;
        }
        return delivered;
    }

    private boolean lease(Row row, Instant now) {
        return tx.autoCommitWrite("lease outbox row " + row.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET next_attempt_at = ?"
                    + " WHERE id = ? AND delivered_at IS NULL AND next_attempt_at = ?")) {
                ps.setObject(1, JdbcCaseStore.utc(now.plus(lease)));
                ps.setLong(2, row.id());
                ps.setObject(3, JdbcCaseStore.utc(row.nextAttempt()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    private void markDelivered(Row row, Instant now) {
        tx.autoCommitWrite("mark outbox row " + row.id() + " delivered", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?")) {
                ps.setObject(1, JdbcCaseStore.utc(now));
                ps.setNull(2, Types.VARCHAR);
                ps.setLong(3, row.id());
                return ps.executeUpdate();
            }
        });
    }

    private void retryLater(Row row, Instant now, RuntimeException failure) {
        Duration wait = backoff(row.attempts());
        LOG.warn(
                "notification {} not delivered (attempt {}), next try in {}: {}",
                row.key(),
                row.attempts() + 1,
                wait,
                failure.toString());
        String error = String.valueOf(failure);
        tx.autoCommitWrite("reschedule outbox row " + row.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")) {
                ps.setObject(1, JdbcCaseStore.utc(now.plus(wait)));
                ps.setString(2, error.length() > 1000 ? error.substring(0, 1000) : error);
                ps.setLong(3, row.id());
                return ps.executeUpdate();
            }
        });
    }

    /** {@code baseBackoff × 2^attempts}, capped at {@code maxBackoff}. */
    Duration backoff(int attemptsSoFar) {
        Duration wait = baseBackoff;
        for (int i = 0; i < attemptsSoFar && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** How many notifications wait for delivery (due now or later). */
    public long pending() {
        return tx.autoCommit("count the outbox", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * When the oldest notification still waiting for delivery was written (due now or later),
     * empty when none waits: the outbox's lag, for health checks.
     */
    public java.util.Optional<Instant> oldestPendingSince() {
        return tx.autoCommit("read the oldest undelivered notification", c -> {
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT MIN(created_at) FROM outbox WHERE delivered_at IS NULL");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.time.OffsetDateTime oldest = rs.getObject(1, java.time.OffsetDateTime.class);
                return java.util.Optional.ofNullable(oldest).map(java.time.OffsetDateTime::toInstant);
            }
        });
    }

    /**
     * Starts delivering in the background every {@code interval} (one daemon thread). A failing
     * round (e.g. the database is down) is logged and the next round tries again.
     */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("the outbox relay is already running");
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridsafe-outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        s.scheduleWithFixedDelay(this::relayQuietly, 0, millis, TimeUnit.MILLISECONDS);
        scheduler = s;
    }

    private void relayQuietly() {
        try {
            int n;
            do {
                n = relayOnce();
            } while (n == batchSize);
        } catch (RuntimeException e) {
            LOG.warn("outbox relay round failed; trying again next round: {}", e.toString());
        }
    }

    /** Stops the background delivery, waiting up to 10 seconds for a running round to finish. */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
