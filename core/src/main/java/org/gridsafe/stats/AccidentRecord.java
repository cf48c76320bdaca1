package org.gridsafe.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.AccidentType;

/**
 * A production safety accident (生产安全事故) as recorded for statistics.
 *
 * @param id the host's identifier
 * @param occurredAt when it happened
 * @param grid where
 * @param enterpriseId the enterprise concerned, if any
 * @param type the accident type, from either edition of GB 6441
 * @param deaths people killed
 * @param seriousInjuries people seriously injured (重伤)
 * @param minorInjuries people slightly injured (轻伤)
 * @param directLossYuan direct economic loss in yuan (直接经济损失)
 */
public record AccidentRecord(
        String id,
        Instant occurredAt,
        GridCode grid,
        Optional<String> enterpriseId,
        AccidentType type,
        int deaths,
        int seriousInjuries,
        int minorInjuries,
        BigDecimal directLossYuan) {

    public AccidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(directLossYuan, "directLossYuan");
        if (id.isBlank()) {
            throw new IllegalArgumentException("accident id must not be blank");
        }
        if (deaths < 0 || seriousInjuries < 0 || minorInjuries < 0) {
            throw new IllegalArgumentException("accident " + id + ": deaths and injuries cannot be negative");
        }
        if (directLossYuan.signum() < 0) {
            throw new IllegalArgumentException("accident " + id + ": direct loss cannot be negative");
        }
    }
}
