package org.gridsafe.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.IdGenerator;

/**
 * Case ids like {@code YH20261129-000042}: 隐患, the report date in the district's zone, and a
 * number unique across restarts, crashes and server nodes sharing the database. Numbers come from
 * blocks of {@value #BLOCK} reserved by one committed {@code UPDATE} of the {@code case_number_block}
 * row: the reservation is durable before any id of the block is handed out, so a crash or a
 * restart only skips the rest of a block, it never hands a number out again. Nodes each reserve
 * their own blocks (the row lock orders them), so numbers are unique but not in order across
 * nodes. The number grows past six digits when it must.
 */
final class JdbcIdGenerator implements IdGenerator {

    /**
     * Numbers per reservation: the project's own choice, one extra commit per 20 reports, and at
     * most 19 numbers skipped per restart.
     */
    static final int BLOCK = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Transactions tx;
    private final ZoneId zone;
    private long next;
    private long limit;

    JdbcIdGenerator(Transactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    @Override
    public CaseId next(Instant now) {
        return CaseId.of("YH" + DAY.format(now.atZone(zone)) + "-" + String.format("%06d", nextNumber()));
    }

    private synchronized long nextNumber() {
        if (next == limit) {
            long end = reserveBlock();
            next = end - BLOCK;
            limit = end;
        }
        return next++;
    }

    /** Reserves the next block and returns its end (exclusive); committed before it returns. */
    private long reserveBlock() {
        return tx.inTransaction("reserve case numbers", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE case_number_block SET next_number = next_number + " + BLOCK + " WHERE singleton = 1")) {
                if (ps.executeUpdate() != 1) {
                    throw new StorageException("the case_number_block row is missing: migrate the schema", null);
                }
            }
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT next_number FROM case_number_block WHERE singleton = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
