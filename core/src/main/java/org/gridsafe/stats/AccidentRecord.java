package org.gridsafe.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.AccidentGrade;
import org.gridsafe.hazard.AccidentType;
import org.gridsafe.hazard.AccidentTypeCatalog;

/**
 * A production safety accident (生产安全事故) as recorded for statistics, with its grade under
 * 国务院令第493号 ({@link #grade()}).
 *
 * <p>The type must come from the edition the accident's date chooses when it is one of the two
 * built-in editions (GB/T 6441-1986 before 2026-07-01, GB 6441-2025 from then, dates read in
 * Asia/Shanghai; {@link AccidentTypeCatalog#editionFor(Instant)}); types of other editions a host
 * loads are accepted as they are.
 *
 * @param id the host's identifier
 * @param occurredAt when it happened
 * @param grid where
 * @param enterpriseId the enterprise concerned, if any
 * @param type the accident type, of the edition the date chooses
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
        String edition = AccidentTypeCatalog.editionFor(occurredAt);
        boolean builtIn = type.edition().equals(AccidentTypeCatalog.GBT_6441_1986)
                || type.edition().equals(AccidentTypeCatalog.GB_6441_2025);
        if (builtIn && !type.edition().equals(edition)) {
            throw new IllegalArgumentException("accident " + id + " on "
                    + LocalDate.ofInstant(occurredAt, AccidentTypeCatalog.CHINA) + " has type " + type.code() + " "
                    + type.zhName() + " of " + type.edition() + "; accidents "
                    + (edition.equals(AccidentTypeCatalog.GB_6441_2025) ? "from " : "before ")
                    + AccidentTypeCatalog.GB_6441_2025_EFFECTIVE + " take a type of " + edition
                    + " (AccidentTypeCatalog.standard().typesFor(date))");
        }
    }

    /**
     * The accident's grade (事故等级) by deaths, serious injuries and direct loss: the highest band
     * any of them reaches ({@link AccidentGrade#of}). Minor injuries do not count.
     */
    public AccidentGrade grade() {
        return AccidentGrade.of(deaths, seriousInjuries, directLossYuan);
    }
}
