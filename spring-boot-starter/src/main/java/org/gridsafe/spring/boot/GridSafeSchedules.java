package org.gridsafe.spring.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.gridsafe.GridSafe;
import org.gridsafe.jdbc.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The escalation run and the outbox delivery on their own daemon threads, started with the
 * context and stopped when it closes: a run in progress finishes (up to 10 seconds) before the
 * storage records its clean stop. A failing run is logged and the next one retries.
 */
public final class GridSafeSchedules implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GridSafeSchedules.class);

    private final GridSafe gridSafe;
    private final OutboxRelay relay;
    private final Clock clock;
    private final GridSafeProperties properties;
    private final AtomicReference<EscalationRun> lastEscalation = new AtomicReference<>();
    private ScheduledExecutorService escalation;
    private boolean relaying;

    GridSafeSchedules(GridSafe gridSafe, OutboxRelay relay, Clock clock, GridSafeProperties properties) {
        this.gridSafe = Objects.requireNonNull(gridSafe, "gridSafe");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.properties = Objects.requireNonNull(properties, "properties");
        requirePositive(
                "gridsafe.escalation.interval", properties.getEscalation().getInterval());
        requirePositive("gridsafe.outbox.interval", properties.getOutbox().getInterval());
    }

    private static void requirePositive(String property, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(property + " must be a positive duration, was " + d);
        }
    }

    /**
     * One escalation run: when it ended, whether it failed, and how many escalation events it wrote.
     *
     * @param finishedAt when it ended
     * @param written escalation events written (0 when it failed)
     * @param failure the failure's text, empty when it succeeded
     */
    public record EscalationRun(Instant finishedAt, int written, Optional<String> failure) {}

    /** The last finished escalation run, empty before the first. */
    public Optional<EscalationRun> lastEscalation() {
        return Optional.ofNullable(lastEscalation.get());
    }

    /** Whether the escalation runs on the starter's schedule ({@code gridsafe.escalation.enabled}). */
    public boolean escalates() {
        return properties.getEscalation().isEnabled();
    }

    /** The outbox relay the schedule drives. */
    public OutboxRelay relay() {
        return relay;
    }

    /** Runs the escalation once now, on the caller's thread, and records it like a scheduled run. */
    public EscalationRun escalateNow() {
        EscalationRun run;
        try {
            int written = gridSafe.casework().escalateOverdue(clock.instant());
            if (written > 0) {
                LOG.info("escalated overdue work: {} escalation events", written);
            }
            run = new EscalationRun(clock.instant(), written, Optional.empty());
        } catch (RuntimeException e) {
            LOG.warn("escalation run failed; the next run retries: {}", e.toString());
            run = new EscalationRun(clock.instant(), 0, Optional.of(e.toString()));
        }
        lastEscalation.set(run);
        return run;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (properties.getOutbox().isEnabled()) {
            relay.start(properties.getOutbox().getInterval());
            relaying = true;
        }
        if (properties.getEscalation().isEnabled()) {
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gridsafe-escalation");
                t.setDaemon(true);
                return t;
            });
            long millis = properties.getEscalation().getInterval().toMillis();
            s.scheduleWithFixedDelay(this::escalateNow, millis, millis, TimeUnit.MILLISECONDS);
            escalation = s;
        }
    }

    @Override
    public synchronized void stop() {
        if (escalation != null) {
            escalation.shutdown();
            try {
                if (!escalation.awaitTermination(10, TimeUnit.SECONDS)) {
                    escalation.shutdownNow();
                }
            } catch (InterruptedException e) {
                escalation.shutdownNow();
                Thread.currentThread().interrupt();
            }
            escalation = null;
        }
        if (relaying) {
            relay.stop();
            relaying = false;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return escalation != null || relaying;
    }
}
