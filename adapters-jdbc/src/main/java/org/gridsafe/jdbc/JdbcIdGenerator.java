package org.gridsafe.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.IdGenerator;

/**
 * Case ids like {@code YH20261129-000042}: 隐患, the report date in the district's zone, and the
 * next value of the database sequence {@code case_number_seq}, so ids stay unique across restarts
 * and across server nodes sharing the database. The number grows past six digits when it must.
 */
final class JdbcIdGenerator implements IdGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Transactions tx;
    private final Dialect dialect;
    private final ZoneId zone;

    JdbcIdGenerator(Transactions tx, Dialect dialect, ZoneId zone) {
        this.tx = tx;
        this.dialect = dialect;
        this.zone = zone;
    }

    @Override
    public CaseId next(Instant now) {
        long number = tx.autoCommit("draw a case number", c -> {
            try (PreparedStatement ps = c.prepareStatement(dialect.nextCaseNumberSql());
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return CaseId.of("YH" + DAY.format(now.atZone(zone)) + "-" + String.format("%06d", number));
    }
}
