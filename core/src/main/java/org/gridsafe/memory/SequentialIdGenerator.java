package org.gridsafe.memory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.IdGenerator;

/**
 * Case ids for the in-memory store, like {@code YH20261129-MIN3K2QZ-000042}: 隐患, the report
 * date, a stamp of this generator's first id and a counter. The in-memory store keeps nothing
 * across a restart, and a counter alone would start again at 1 and hand a citizen's id to someone
 * else; the stamp is the time of the first id in milliseconds (base 36, from the clock the caller
 * passes), so ids of a new run never repeat those of an earlier one unless the clock goes back by
 * more than the time between the two runs. Durable stores bring their own generator.
 */
public final class SequentialIdGenerator implements IdGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private final ZoneId zone;
    private final AtomicLong counter = new AtomicLong();
    private volatile String run;

    public SequentialIdGenerator(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public CaseId next(Instant now) {
        String run = runStamp(now);
        String serial = Long.toString(counter.incrementAndGet());
        return CaseId.of("YH" + DAY.format(now.atZone(zone)) + "-" + run + "-"
                + "0".repeat(Math.max(0, 6 - serial.length())) + serial);
    }

    private String runStamp(Instant now) {
        String stamp = run;
        if (stamp == null) {
            synchronized (this) {
                if (run == null) {
                    run = Long.toString(Math.max(0, now.toEpochMilli()), 36).toUpperCase(Locale.ROOT);
                }
                stamp = run;
            }
        }
        return stamp;
    }
}
