package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;

/**
 * Filed major-hazard returns in {@code major_hazard_return} and their figures, one row per domain,
 * in {@code major_hazard_return_figure} (V28). The primary key (scope, period) decides racing
 * filings: the second insert violates it, its transaction rolls back and {@link #file} answers false.
 */
final class JdbcMajorHazardReturns implements MajorHazardReturnStore {

    private final Transactions tx;
    private final Dialect dialect;

    /** Filed returns are rows in the database. */
    @Override
    public boolean durable() {
        return true;
    }

    JdbcMajorHazardReturns(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    /** Rolls back the transaction of a filing that lost to an earlier one. */
    private static final class AlreadyFiled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyFiled() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean file(MajorHazardReturn r) {
        Objects.requireNonNull(r, "return");
        try {
            return tx.inTransaction(
                    "file the major-hazard return " + r.period() + " of "
                            + r.scope().value(),
                    c -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO major_hazard_return (scope_grid, period,"
                                        + " as_of, signer, note, filed_by, filed_at, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                            ps.setString(1, r.scope().value());
                            ps.setString(2, r.period().toString());
                            ps.setObject(3, JdbcCaseStore.utc(r.asOf()));
                            ps.setString(4, r.signer());
                            ps.setString(5, r.note().orElse(null));
                            ps.setString(6, r.filedBy());
                            ps.setObject(7, JdbcCaseStore.utc(r.filedAt()));
                            ps.setBoolean(8, r.onTime());
                            ps.executeUpdate();
                        } catch (SQLException e) {
                            if (dialect.isUniqueViolation(e)) {
                                throw new AlreadyFiled();
                            }
                            throw e;
                        }
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO major_hazard_return_figure (scope_grid,"
                                        + " period, safety_domain, found, written_off, under_treatment, past_plan_due,"
                                        + " listed_for_supervision, production_stopped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                            boolean any = false;
                            for (Map.Entry<SafetyDomain, MajorHazardCounts> e :
                                    r.figures().byDomain().entrySet()) {
                                MajorHazardCounts n = e.getValue();
                                ps.setString(1, r.scope().value());
                                ps.setString(2, r.period().toString());
                                ps.setString(3, e.getKey().name());
                                ps.setLong(4, n.found());
                                ps.setLong(5, n.writtenOff());
                                ps.setLong(6, n.underTreatment());
                                ps.setLong(7, n.pastPlanDue());
                                ps.setLong(8, n.listedForSupervision());
                                ps.setLong(9, n.productionStopped());
                                ps.addBatch();
                                any = true;
                            }
                            if (any) {
                                ps.executeBatch();
                            }
                        }
                        return true;
                    });
        } catch (AlreadyFiled lost) {
            return false;
        }
    }

    @Override
    public Optional<MajorHazardReturn> find(GridCode scope, ReturnPeriod period) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        List<MajorHazardReturn> found = read(scope, Optional.of(period));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<MajorHazardReturn> filed(GridCode scope) {
        Objects.requireNonNull(scope, "scope");
        List<MajorHazardReturn> all = new ArrayList<>(read(scope, Optional.empty()));
        all.sort(java.util.Comparator.comparing(MajorHazardReturn::period));
        return List.copyOf(all);
    }

    private List<MajorHazardReturn> read(GridCode scope, Optional<ReturnPeriod> period) {
        String only = period.isPresent() ? " AND period = ?" : "";
        return tx.inSnapshot("read the major-hazard returns of " + scope.value(), c -> {
            Map<String, Map<SafetyDomain, MajorHazardCounts>> figures = figures(c, scope, period, only);
            List<MajorHazardReturn> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT period, as_of, signer, note, filed_by, filed_at,"
                    + " on_time FROM major_hazard_return WHERE scope_grid = ?" + only)) {
                ps.setString(1, scope.value());
                if (period.isPresent()) {
                    ps.setString(2, period.get().toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String p = rs.getString(1).trim();
                        rows.add(new MajorHazardReturn(
                                scope,
                                ReturnPeriod.parse(p),
                                new MajorHazardFigures(figures.getOrDefault(p, Map.of())),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3),
                                Optional.ofNullable(rs.getString(4)),
                                rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class).toInstant(),
                                rs.getBoolean(7)));
                    }
                }
            }
            return rows;
        });
    }

    private static Map<String, Map<SafetyDomain, MajorHazardCounts>> figures(
            Connection c, GridCode scope, Optional<ReturnPeriod> period, String only) throws SQLException {
        Map<String, Map<SafetyDomain, MajorHazardCounts>> figures = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT period, safety_domain, found, written_off,"
                + " under_treatment, past_plan_due, listed_for_supervision, production_stopped"
                + " FROM major_hazard_return_figure WHERE scope_grid = ?" + only)) {
            ps.setString(1, scope.value());
            if (period.isPresent()) {
                ps.setString(2, period.get().toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    figures.computeIfAbsent(rs.getString(1).trim(), k -> new EnumMap<>(SafetyDomain.class))
                            .put(
                                    SafetyDomain.valueOf(rs.getString(2).trim()),
                                    new MajorHazardCounts(
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8)));
                }
            }
        }
        return figures;
    }
}
