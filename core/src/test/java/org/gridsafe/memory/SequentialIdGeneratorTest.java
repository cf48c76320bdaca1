package org.gridsafe.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.junit.jupiter.api.Test;

class SequentialIdGeneratorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void idsCarryTheDayTheRunAndACounter() {
        SequentialIdGenerator ids = new SequentialIdGenerator(ZONE);
        Instant first = Instant.parse("2026-03-30T01:00:00Z");
        assertThat(ids.next(first).value())
                .isEqualTo(
                        "YH20260330-" + Long.toString(first.toEpochMilli(), 36).toUpperCase() + "-000001");
        assertThat(ids.next(first.plusSeconds(5)).value()).endsWith("-000002");
    }

    @Test
    void aRestartedGeneratorNeverRepeatsTheIdsOfAnEarlierRun() {
        // The in-memory store forgets everything on restart; the counter starts at 1 again, the
        // run stamp does not.
        Set<CaseId> seen = new HashSet<>();
        Instant now = Instant.parse("2026-03-30T01:00:00Z");
        for (int restart = 0; restart < 3; restart++) {
            SequentialIdGenerator ids = new SequentialIdGenerator(ZONE);
            for (int i = 0; i < 100; i++) {
                assertThat(seen.add(ids.next(now.plusMillis(i)))).isTrue();
            }
            now = now.plusSeconds(1);
        }
    }
}
