package org.gridsafe.memory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.IdGenerator;

/**
 * Case ids like {@code YH20261129-000042} (隐患 + report date + a counter). The counter lives in
 * memory, so it is unique within one process only: durable stores bring their own generator.
 */
public final class SequentialIdGenerator implements IdGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ZoneId zone;
    private final AtomicLong counter = new AtomicLong();

    public SequentialIdGenerator(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public CaseId next(Instant now) {
        String serial = Long.toString(counter.incrementAndGet());
        return CaseId.of(
                "YH" + DAY.format(now.atZone(zone)) + "-" + "0".repeat(Math.max(0, 6 - serial.length())) + serial);
    }
}
