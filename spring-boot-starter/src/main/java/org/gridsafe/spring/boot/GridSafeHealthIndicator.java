package org.gridsafe.spring.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.jdbc.OutboxRelay;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * GridSafe's part of {@code /actuator/health} (component {@code gridSafe}): DOWN with a reason
 * while the database does not answer; otherwise UP with the outbox's lag (notifications waiting,
 * the age of the oldest) and the time since the last escalation run. Lag and a late escalation are
 * shown, not judged: what is too late is the host's call, made by its monitoring.
 */
public final class GridSafeHealthIndicator extends AbstractHealthIndicator {

    private final JdbcGridSafeStorage storage;
    private final OutboxRelay relay;
    private final Optional<GridSafeSchedules> schedules;
    private final Clock clock;

    GridSafeHealthIndicator(
            JdbcGridSafeStorage storage, OutboxRelay relay, Optional<GridSafeSchedules> schedules, Clock clock) {
        super("GridSafe health check failed");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!storage.isAvailable()) {
            health.down().withDetail("store", "unreachable").withDetail("reason", "the database does not answer");
            return;
        }
        Instant now = clock.instant();
        health.up().withDetail("store", "reachable");
        health.withDetail("outboxPending", relay.pending());
        relay.oldestPendingSince()
                .ifPresentOrElse(
                        oldest -> health.withDetail(
                                "outboxLag",
                                nonNegative(Duration.between(oldest, now)).toString()),
                        () -> health.withDetail("outboxLag", Duration.ZERO.toString()));
        Optional<GridSafeSchedules> scheduled = schedules.filter(GridSafeSchedules::escalates);
        Optional<GridSafeSchedules.EscalationRun> last = scheduled.flatMap(GridSafeSchedules::lastEscalation);
        if (scheduled.isEmpty()) {
            health.withDetail("escalation", "not scheduled by the starter");
        } else if (last.isEmpty()) {
            health.withDetail("escalation", "no run yet");
        } else {
            GridSafeSchedules.EscalationRun run = last.get();
            health.withDetail(
                    "sinceLastEscalation",
                    nonNegative(Duration.between(run.finishedAt(), now)).toString());
            run.failure().ifPresent(f -> health.withDetail("lastEscalationFailure", f));
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
