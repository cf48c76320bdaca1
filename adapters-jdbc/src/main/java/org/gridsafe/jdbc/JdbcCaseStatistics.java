package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.CaseStatisticsQueries;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.StepDurations;

/**
 * {@link CaseIndicators} computed in SQL over the {@code case_view} projection, with the
 * definitions of {@link CaseIndicators} and the results of
 * {@link org.gridsafe.stats.CaseStatistics#indicators} (the in-memory reference the tests compare
 * against). No case is loaded: three aggregate statements, read in one repeatable-read
 * transaction so they agree with each other.
 *
 * <ol>
 *   <li>counts: {@code COUNT(CASE WHEN ... THEN 1 END)} per indicator over the scope;
 *   <li>overdue now: open cases with {@code deadline < asOf}, {@code GROUP BY escalation_rung};
 *   <li>time per step: one row per completed step ({@code UNION ALL}), durations in whole
 *       milliseconds from the exact epoch difference (floored, as {@code Duration.toMillis}),
 *       summed for the mean and ranked with {@code ROW_NUMBER()} for the nearest-rank 90th
 *       percentile (row {@code ceil(0.9 n)}). {@code PERCENTILE_DISC} is not used: H2's rounds to
 *       the nearest row instead of taking the nearest rank.
 * </ol>
 *
 * <p>Rows are narrowed to open cases and cases finished since the period began (indexed), which
 * assumes a case's steps are stamped no earlier than its report and no later than its finish:
 * true unless the host's clock steps back. Instants compare at the database's microsecond
 * precision; bounds with finer digits are rounded up to the next microsecond, which keeps every
 * {@code <} and {@code >=} exact for stored (microsecond) values.
 */
final class JdbcCaseStatistics implements CaseStatisticsQueries {

    private final Transactions tx;

    JdbcCaseStatistics(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public CaseIndicators indicators(CaseScope scope, Period period, Instant asOf) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Bounds bounds = new Bounds(
                bound(period.from()),
                bound(period.to()),
                bound(period.to().isBefore(asOf) ? period.to() : asOf),
                bound(asOf));
        return tx.inSnapshot("case statistics", c -> {
            long[] counts = counts(c, scope, bounds);
            Map<EscalationRung, Long> overdueByRung = overdueByRung(c, scope, bounds);
            Map<WorkflowStep, StepDurations> timePerStep = timePerStep(c, scope, bounds);
            return new CaseIndicators(
                    counts[0],
                    counts[1],
                    counts[2],
                    counts[4],
                    counts[5],
                    counts[4] + counts[7],
                    counts[6],
                    counts[3],
                    overdueByRung,
                    timePerStep);
        });
    }

    @Override
    public List<DepartmentIndicators> departmentIndicators(CaseScope scope, Period period, Instant asOf) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Bounds b = new Bounds(
                bound(period.from()),
                bound(period.to()),
                bound(period.to().isBefore(asOf) ? period.to() : asOf),
                bound(asOf));
        // Over the department_step projection (V14): the definitions of DepartmentIndicators.of.
        Sql sql = new Sql("SELECT department_id,");
        sql.add(" COUNT(CASE WHEN ended_at IS NULL AND deadline < ? THEN 1 END),", b.end());
        sql.add(" COUNT(CASE WHEN outcome = 'DONE' AND ")
                .inPeriod("ended_at", b)
                .add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN outcome = 'DONE' AND ended_at <= deadline AND ")
                .inPeriod("ended_at", b)
                .add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN outcome IN ('RETURNED', 'REASSIGNED') AND ended_at > deadline AND ")
                .inPeriod("ended_at", b)
                .add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN outcome = 'RETURNED' AND ")
                .inPeriod("ended_at", b)
                .add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN outcome = 'REASSIGNED' AND ")
                .inPeriod("ended_at", b)
                .add(" THEN 1 END)");
        sql.add(" FROM department_step WHERE ");
        scope.department().ifPresent(d -> sql.add("department_id = ? AND ", d.value()));
        // The other criteria are the case's: its grid, domain, grade and entity as they stand now.
        sql.add("case_id IN (SELECT case_id FROM case_view WHERE ")
                .scope(scope.forDepartment(Optional.empty()))
                .add(") GROUP BY department_id");
        return tx.inSnapshot("department statistics", c -> {
            List<DepartmentIndicators> rows = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long pending = rs.getLong(2);
                    long done = rs.getLong(3);
                    long due = done + rs.getLong(5) + pending;
                    long returns = rs.getLong(6);
                    long reassigned = rs.getLong(7);
                    if (due + returns + reassigned > 0) {
                        rows.add(new DepartmentIndicators(
                                DepartmentId.of(rs.getString(1)),
                                due,
                                done,
                                rs.getLong(4),
                                pending,
                                returns,
                                reassigned));
                    }
                }
            }
            rows.sort(java.util.Comparator.comparing(r -> r.department().value()));
            return rows;
        });
    }

    @Override
    public org.gridsafe.stats.OpenCaseCounts openNow(CaseScope scope, Instant asOf) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(asOf, "asOf");
        // is_open is "not finished" (suspended included, see JdbcCaseStore.bindView); a suspended
        // case has no deadline, so the overdue count never finds it, as Case.isOverdueAt.
        Sql sql = new Sql("SELECT COUNT(*), COUNT(CASE WHEN grade = '" + HazardGrade.MAJOR.name() + "' THEN 1 END),");
        sql.add(" COUNT(CASE WHEN deadline < ? THEN 1 END)", bound(asOf));
        sql.add(" FROM case_view WHERE is_open AND ").scope(scope);
        return tx.inSnapshot("open cases", c -> {
            try (PreparedStatement ps = sql.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new org.gridsafe.stats.OpenCaseCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    /**
     * One grouped query per distinct code length among {@code grids} (siblings share one): the
     * open cases under the grids' common prefix, counted by their code's first characters, so
     * a map of a thousand micro-grids is one round trip, not a thousand.
     */
    @Override
    public List<org.gridsafe.stats.OpenCaseCounts> openNowPerGrid(CaseScope scope, List<GridCode> grids, Instant asOf) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(asOf, "asOf");
        if (grids.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<GridCode>> byLength = new java.util.TreeMap<>();
        for (GridCode grid : grids) {
            byLength.computeIfAbsent(grid.value().length(), n -> new ArrayList<>())
                    .add(grid);
        }
        Map<GridCode, org.gridsafe.stats.OpenCaseCounts> counted = tx.inSnapshot("open cases per grid", c -> {
            Map<GridCode, org.gridsafe.stats.OpenCaseCounts> found = new java.util.HashMap<>();
            for (Map.Entry<Integer, List<GridCode>> group : byLength.entrySet()) {
                int length = group.getKey();
                Map<String, GridCode> wanted = new java.util.HashMap<>();
                group.getValue().forEach(g -> wanted.put(g.value(), g));
                String prefix = commonPrefix(wanted.keySet());
                Sql sql = new Sql("SELECT SUBSTRING(grid_code, 1, " + length + "), COUNT(*), COUNT(CASE WHEN grade = '"
                        + HazardGrade.MAJOR.name() + "' THEN 1 END),");
                sql.add(" COUNT(CASE WHEN deadline < ? THEN 1 END)", bound(asOf));
                sql.add(" FROM case_view WHERE is_open AND ").scope(scope.inGrid(Optional.empty()));
                // Grid codes are digits only, so the prefix needs no LIKE escaping.
                sql.add(" AND grid_code LIKE ?", prefix + "%");
                sql.add(" GROUP BY SUBSTRING(grid_code, 1, " + length + ")");
                try (PreparedStatement ps = sql.prepare(c);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        GridCode grid = wanted.get(rs.getString(1));
                        if (grid != null) {
                            found.put(
                                    grid,
                                    new org.gridsafe.stats.OpenCaseCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                        }
                    }
                }
            }
            return found;
        });
        List<org.gridsafe.stats.OpenCaseCounts> counts = new ArrayList<>();
        for (GridCode grid : grids) {
            counts.add(counted.getOrDefault(grid, org.gridsafe.stats.OpenCaseCounts.NONE));
        }
        return List.copyOf(counts);
    }

    private static String commonPrefix(java.util.Collection<String> codes) {
        String prefix = null;
        for (String code : codes) {
            if (prefix == null) {
                prefix = code;
            } else {
                int n = 0;
                while (n < prefix.length() && n < code.length() && prefix.charAt(n) == code.charAt(n)) {
                    n++;
                }
                prefix = prefix.substring(0, n);
            }
        }
        return prefix == null ? "" : prefix;
    }

    @Override
    public org.gridsafe.stats.MajorHazardFigures majorHazardFigures(
            CaseScope scope, Period period, java.time.ZoneId zone, Instant asOf) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(asOf, "asOf");
        Instant endInstant = period.to().isBefore(asOf) ? period.to() : asOf;
        OffsetDateTime from = bound(period.from());
        OffsetDateTime to = bound(period.to());
        OffsetDateTime end = bound(endInstant);
        java.time.LocalDate endDay = endInstant.atZone(zone).toLocalDate();
        // The definitions of MajorHazardStatistics.figures: a case written off stands VERIFIED or
        // CLOSED, written off by the resumption review (major_hazard_view, V28) or else by its
        // passed verification.
        String writtenOff = "(CASE WHEN state IN ('" + CaseState.VERIFIED.name() + "', '" + CaseState.CLOSED.name()
                + "') THEN COALESCE(m.written_off_at, verified_at) END)";
        String found = "registered_at >= ? AND registered_at < ?";
        String underTreatment = "registered_at < ? AND (" + writtenOff + " IS NULL OR " + writtenOff + " >= ?)";
        Sql sql = new Sql("SELECT safety_domain,");
        sql.add(" COUNT(CASE WHEN " + found + " THEN 1 END),", from, to);
        sql.add(" COUNT(CASE WHEN " + writtenOff + " >= ? AND " + writtenOff + " < ? THEN 1 END),", from, to);
        sql.add(" COUNT(CASE WHEN " + underTreatment + " THEN 1 END),", end, end);
        sql.add(" COUNT(CASE WHEN " + underTreatment + " AND m.plan_due_date < ? THEN 1 END),", end, end, endDay);
        sql.add(" COUNT(CASE WHEN " + found + " AND m.listed_supervision THEN 1 END),", from, to);
        sql.add(" COUNT(CASE WHEN " + found + " AND m.production_stopped THEN 1 END)", from, to);
        sql.add(" FROM case_view LEFT JOIN major_hazard_view m ON m.case_id = case_view.case_id");
        sql.add(" WHERE grade = '" + HazardGrade.MAJOR.name() + "' AND registered_at IS NOT NULL AND state <> '"
                        + CaseState.MERGED.name() + "' AND ")
                .scope(scope)
                .add(" GROUP BY safety_domain");
        return tx.inSnapshot("major-hazard statistics", c -> {
            Map<org.gridsafe.hazard.SafetyDomain, org.gridsafe.stats.MajorHazardCounts> byDomain =
                    new EnumMap<>(org.gridsafe.hazard.SafetyDomain.class);
            try (PreparedStatement ps = sql.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byDomain.put(
                            org.gridsafe.hazard.SafetyDomain.valueOf(
                                    rs.getString(1).trim()),
                            new org.gridsafe.stats.MajorHazardCounts(
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7)));
                }
            }
            return new org.gridsafe.stats.MajorHazardFigures(byDomain);
        });
    }

    /** The instants a query compares with, as bound parameters. */
    private record Bounds(OffsetDateTime from, OffsetDateTime to, OffsetDateTime end, OffsetDateTime asOf) {}

    /** reported, registered, dispatched, dispatched with extension, closed, on time, with rework, overdue open. */
    private static long[] counts(Connection c, CaseScope scope, Bounds b) throws SQLException {
        Sql sql = new Sql("SELECT");
        sql.add(" COUNT(CASE WHEN ").inPeriod("reported_at", b).add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").inPeriod("registered_at", b).add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").inPeriod("dispatched_at", b).add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").inPeriod("dispatched_at", b).add(" AND extension_count > 0 THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").closedInPeriod(b).add(" THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").closedInPeriod(b).add(" AND closed_on_time THEN 1 END),");
        sql.add(" COUNT(CASE WHEN ").closedInPeriod(b).add(" AND rework_count > 0 THEN 1 END),");
        // 应结案数's second part: registered, still open, deadline before min(period end, as of).
        sql.add(" COUNT(CASE WHEN is_open AND registered_at IS NOT NULL AND deadline < ?", b.end())
                .add(" THEN 1 END)");
        sql.add(" FROM case_view WHERE ").scope(scope).add(" AND ").relevant(b);
        try (PreparedStatement ps = sql.prepare(c);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long[] counts = new long[8];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }
    }

    private static Map<EscalationRung, Long> overdueByRung(Connection c, CaseScope scope, Bounds b)
            throws SQLException {
        Sql sql = new Sql("SELECT escalation_rung, COUNT(*) FROM case_view WHERE is_open AND deadline < ?", b.asOf());
        sql.add(" AND ").scope(scope).add(" GROUP BY escalation_rung");
        Map<EscalationRung, Long> byRung = new EnumMap<>(EscalationRung.class);
        for (EscalationRung rung : EscalationRung.values()) {
            byRung.put(rung, 0L);
        }
        try (PreparedStatement ps = sql.prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byRung.put(EscalationRung.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return byRung;
    }

    private static Map<WorkflowStep, StepDurations> timePerStep(Connection c, CaseScope scope, Bounds b)
            throws SQLException {
        Sql sql = new Sql("WITH scoped AS (SELECT state, reported_at, registered_at, dispatched_at, rectified_at,"
                + " verified_at, finished_at FROM case_view WHERE ");
        sql.scope(scope).add(" AND ").relevant(b).add("), durations AS (");
        // register: reported → registered; dispatch: registered → first dispatch; rectify: first
        // dispatch → last rectification; verify: last rectification → verified; close: verified → closed.
        sql.add("SELECT 'REGISTER' AS step, " + millis("reported_at", "registered_at") + " AS ms FROM scoped WHERE ")
                .inPeriod("registered_at", b);
        sql.add(" UNION ALL SELECT 'DISPATCH', " + millis("registered_at", "dispatched_at") + " FROM scoped WHERE ")
                .inPeriod("dispatched_at", b);
        sql.add(" UNION ALL SELECT 'RECTIFY', " + millis("dispatched_at", "rectified_at") + " FROM scoped WHERE ")
                .inPeriod("rectified_at", b);
        sql.add(" UNION ALL SELECT 'VERIFY', " + millis("rectified_at", "verified_at") + " FROM scoped WHERE ")
                .inPeriod("verified_at", b);
        sql.add(" UNION ALL SELECT 'CLOSE', " + millis("verified_at", "finished_at") + " FROM scoped WHERE ")
                .add("state = '" + CaseState.CLOSED.name() + "' AND ")
                .inPeriod("finished_at", b);
        sql.add("), ranked AS (SELECT step, ms, ROW_NUMBER() OVER (PARTITION BY step ORDER BY ms) AS rn,"
                + " COUNT(*) OVER (PARTITION BY step) AS n FROM durations)");
        // Nearest rank: the ceil(0.9 n)-th smallest, in integers ((9n + 9) / 10 truncated).
        sql.add(" SELECT step, MAX(n), SUM(ms), MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN ms END)"
                + " FROM ranked GROUP BY step");
        Map<WorkflowStep, StepDurations> timePerStep = new EnumMap<>(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step != WorkflowStep.REPORT) {
                timePerStep.put(step, new StepDurations(0, Optional.empty(), Optional.empty()));
            }
        }
        try (PreparedStatement ps = sql.prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long count = rs.getLong(2);
                long totalMillis = rs.getLong(3);
                long p90Millis = rs.getLong(4);
                // As the reference: mean = total ÷ count in whole milliseconds, both truncated to seconds.
                timePerStep.put(
                        WorkflowStep.valueOf(rs.getString(1).trim()),
                        new StepDurations(
                                count,
                                Optional.of(Duration.ofSeconds(totalMillis / count / 1000)),
                                Optional.of(Duration.ofSeconds(p90Millis / 1000))));
            }
        }
        return timePerStep;
    }

    /**
     * Whole milliseconds from {@code a} to {@code b}, floored like {@link Duration#toMillis()}.
     * EXTRACT(EPOCH ...) is exact on both databases (numeric with the microseconds), unlike H2's
     * DATEDIFF, which counts millisecond boundaries crossed.
     */
    private static String millis(String a, String b) {
        return "CAST(FLOOR((EXTRACT(EPOCH FROM " + b + ") - EXTRACT(EPOCH FROM " + a + ")) * 1000) AS BIGINT)";
    }

    /** {@code t} as a bound parameter, rounded up to the microsecond the databases store. */
    static OffsetDateTime bound(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        return JdbcCaseStore.utc(micros.equals(t) ? t : micros.plus(1, ChronoUnit.MICROS));
    }

    /** A statement under construction with its positional arguments. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> args = new ArrayList<>();

        Sql(String text, Object... args) {
            add(text, args);
        }

        Sql add(String more, Object... moreArgs) {
            text.append(more);
            Collections.addAll(args, moreArgs);
            return this;
        }

        Sql inPeriod(String column, Bounds b) {
            return add(column + " >= ? AND " + column + " < ?", b.from(), b.to());
        }

        Sql closedInPeriod(Bounds b) {
            return add("state = '" + CaseState.CLOSED.name() + "' AND ").inPeriod("finished_at", b);
        }

        /**
         * Open cases, and cases finished since the period began that were reported before it
         * ended: the only rows any indicator can count (see the class comment).
         */
        Sql relevant(Bounds b) {
            return add("(is_open OR (finished_at >= ? AND reported_at < ?))", b.from(), b.to());
        }

        Sql scope(CaseScope scope) {
            add("1 = 1");
            // Grid codes are digits only, so the prefix needs no LIKE escaping.
            scope.withinGrid().ifPresent(g -> add(" AND grid_code LIKE ?", g.value() + "%"));
            scope.department().ifPresent(d -> add(" AND department_id = ?", d.value()));
            scope.domain().ifPresent(d -> add(" AND safety_domain = ?", d.name()));
            scope.grade().ifPresent(g -> add(" AND grade = ?", g.name()));
            // The entity's facts as recorded on the case (columns of V10), as JdbcCaseStore filters them.
            scope.entity().ifPresent(e -> add(" AND entity_id = ?", e.value()));
            scope.sector()
                    .ifPresent(sector -> add(
                            " AND entity_sectors LIKE ? ESCAPE '!'",
                            "%|" + sector.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%"));
            scope.riskLevel().ifPresent(r -> add(" AND entity_risk_level = ?", r.name()));
            scope.supervisionClass().ifPresent(code -> add(" AND entity_class = ?", code));
            return this;
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(text.toString());
            try {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                return ps;
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        }
    }
}
