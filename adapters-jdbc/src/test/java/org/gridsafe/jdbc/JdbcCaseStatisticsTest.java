package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.HandCountedWeek.SATURDAY_NOON;
import static org.gridsafe.testkit.HandCountedWeek.WEEK;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.StepDurations;
import org.gridsafe.testkit.HandCountedWeek;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Statistics in SQL over core's hand-counted week ({@link HandCountedWeek}), on each dialect by a
 * subclass: the hand counts, the in-memory reference over the same cases for many scopes, periods
 * and as-of instants, and a database upgraded from schema version 1 (statistics columns back-filled).
 */
abstract class JdbcCaseStatisticsTest {

    /** An empty, not yet migrated database for one test. */
    abstract DataSource emptyDatabase();

    /** GridSafe over migrated JDBC storage on {@code ds}, statistics in SQL, with the week built in it. */
    private static GridSafe weekOverJdbc(DataSource ds) {
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = wired(storage, clock);
        HandCountedWeek.build(gridSafe.casework(), clock);
        return gridSafe;
    }

    /** How a host wires the adapter, statistics included. */
    static GridSafe wired(JdbcGridSafeStorage storage, MutableClock clock) {
        return GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .caseStatistics(storage.caseStatistics())
                .majorHazardReturnStore(storage.majorHazardReturns())
                .idGenerator(storage.idGenerator(org.gridsafe.testkit.SampleDistrict.ZONE))
                .clock(clock)
                .build();
    }

    @Test
    void countsAndRatesMatchTheHandCount() {
        assertHandCounts(weekOverJdbc(emptyDatabase()));
    }

    @Test
    void everyScopePeriodAndAsOfEqualsTheInMemoryReference() {
        GridSafe gridSafe = weekOverJdbc(emptyDatabase());
        assertEqualsReference(gridSafe, allCases(gridSafe.caseQueries()));
    }

    @Test
    void aVersion1DatabaseIsBackfilledOnMigrateAndCountsTheSame() throws SQLException {
        // The week, built in memory, stored the way schema version 1 stored it; one case keeps a
        // snapshot in an older shape, so the back-fill must rebuild it from its events.
        MutableClock clock = mondayMorningClock();
        GridSafe memory = GridSafe.builder().directory(directory()).clock(clock).build();
        HandCountedWeek.build(memory.casework(), clock);
        List<Case> cases = allCases(memory.caseQueries());

        DataSource ds = emptyDatabase();
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.of(c);
        }
        Flyway.configure(JdbcCaseStatisticsTest.class.getClassLoader())
                .dataSource(ds)
                .locations(dialect.migrationLocation())
                .table("gridsafe_schema_history")
                .target("1")
                .load()
                .migrate();
        JsonCodec json = new JsonCodec();
        try (Connection c = ds.getConnection()) {
            for (Case k : cases) {
                boolean oldShape = k.id().equals(cases.get(1).id());
                insertAsVersion1(c, json, k, memory.casework().history(districtCommandCenter(), k.id()), oldShape);
            }
        }

        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        GridSafe upgraded = wired(storage, clock);
        assertHandCounts(upgraded);
        assertEqualsReference(upgraded, cases);
        // Version 5.1 filled the source column of the rows written before it (the old-shape one too).
        for (CaseSource source : CaseSource.values()) {
            assertThat(allCases(upgraded.caseQueries(), CaseQuery.all().source(source)))
                    .as("cases reported as %s after the upgrade", source)
                    .containsExactlyElementsOf(
                            cases.stream().filter(k -> k.source() == source).toList());
        }
        assertThat(cases).as("rows the back-fill had to fill").isNotEmpty();
    }

    @Test
    void theNinetiethPercentileIsTheNearestRankForEveryCountFrom1To30() throws SQLException {
        DataSource ds = emptyDatabase();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        Instant reported = at(LocalDateTime.of(2026, 3, 30, 9, 0));
        for (int n = 1; n <= 30; n++) {
            List<Long> millis = new ArrayList<>();
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO case_view (case_id, version, state,"
                            + " is_open, grid_code, deadline, escalation_rung, grade, safety_domain, hazard_code,"
                            + " description, reported_at, state_since, registered_at, snapshot_version, snapshot)"
                            + " VALUES (?, 2, 'REGISTERED', TRUE, '320599001001001', ?, 'NONE', 'GENERAL', 'FIRE',"
                            + " '2102', 'x', ?, ?, ?, 1, '{}')")) {
                s.execute("DELETE FROM case_view");
                for (int i = 0; i < n; i++) {
                    // Distinct whole minutes in a shuffled order, plus some milliseconds.
                    long ms = ((i * 17L) % n + 1) * 60_000 + i;
                    millis.add(ms);
                    ps.setString(1, "P" + n + "-" + i);
                    ps.setObject(2, JdbcCaseStore.utc(reported.plus(Duration.ofDays(30))));
                    ps.setObject(3, JdbcCaseStore.utc(reported));
                    ps.setObject(4, JdbcCaseStore.utc(reported.plusMillis(ms)));
                    ps.setObject(5, JdbcCaseStore.utc(reported.plusMillis(ms)));
                    ps.executeUpdate();
                }
            }
            Collections.sort(millis);
            long total = millis.stream().mapToLong(Long::longValue).sum();
            long p90 = millis.get((int) Math.ceil(0.9 * n) - 1);
            StepDurations register = storage.caseStatistics()
                    .indicators(CaseScope.all(), WEEK, SATURDAY_NOON)
                    .timePerStep()
                    .get(WorkflowStep.REGISTER);
            assertThat(register)
                    .as("%d durations %s", n, millis)
                    .isEqualTo(new StepDurations(
                            n,
                            Optional.of(Duration.ofSeconds(total / n / 1000)),
                            Optional.of(Duration.ofSeconds(p90 / 1000))));
        }
    }

    private static void assertHandCounts(GridSafe gridSafe) {
        HandCountedWeek.assertHandCounts(gridSafe.statistics());
    }

    private static void assertEqualsReference(GridSafe gridSafe, List<Case> cases) {
        List<CaseScope> scopes = List.of(
                CaseScope.all(),
                CaseScope.all().withinGrid(DISTRICT),
                CaseScope.all().withinGrid(JINQIAO_STREET),
                CaseScope.all().withinGrid(JINQIAO_MICRO_1),
                CaseScope.all().withinGrid(SHIHU_MICRO_1),
                CaseScope.all().withinGrid(YINQIAO_COMMUNITY),
                CaseScope.all().department(FIRE_BRIGADE),
                CaseScope.all().department(EMERGENCY),
                CaseScope.all().domain(SafetyDomain.FIRE).grade(HazardGrade.GENERAL),
                CaseScope.all().grade(HazardGrade.MAJOR),
                CaseScope.all().withinGrid(JINQIAO_STREET).department(FIRE_BRIGADE));
        List<Period> periods = new ArrayList<>(List.of(WEEK, WEEK.previous()));
        for (int day : new int[] {0, 1, 4}) {
            LocalDateTime midnight = LocalDateTime.of(2026, 3, 30, 0, 0).plusDays(day);
            periods.add(new Period(at(midnight), at(midnight.plusDays(1))));
        }
        // Bounds on step times: Monday 09:30 (A registered) to Tuesday 10:00 (B reworked).
        periods.add(new Period(at(LocalDateTime.of(2026, 3, 30, 9, 30)), at(LocalDateTime.of(2026, 3, 31, 10, 0))));
        List<Instant> asOfs = List.of(
                SATURDAY_NOON,
                at(LocalDateTime.of(2026, 3, 30, 9, 30)),
                at(LocalDateTime.of(2026, 3, 31, 12, 0)),
                at(LocalDateTime.of(2026, 4, 20, 9, 0)));
        int compared = 0;
        for (CaseScope scope : scopes) {
            for (Period period : periods) {
                for (Instant asOf : asOfs) {
                    assertThat(gridSafe.statistics().indicators(scope, period, asOf))
                            .as("%s over %s as of %s", scope, period, asOf)
                            .isEqualTo(CaseStatistics.indicators(cases, scope, period, asOf));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(scopes.size() * periods.size() * asOfs.size());
    }

    static List<Case> allCases(CaseQueries queries) {
        return allCases(queries, CaseQuery.all());
    }

    static List<Case> allCases(CaseQueries queries, CaseQuery filter) {
        List<Case> cases = new ArrayList<>();
        CaseQuery query = filter.limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = queries.find(query);
            cases.addAll(page.cases());
            if (page.next().isEmpty()) {
                return cases;
            }
            query = query.after(page.next().get());
        }
    }

    private static Instant at(LocalDateTime time) {
        return time.atZone(ZONE).toInstant();
    }

    /** The rows schema version 1 wrote for {@code k}: its events and a view row without statistics. */
    private static void insertAsVersion1(
            Connection c, JsonCodec json, Case k, List<RecordedEvent> events, boolean oldSnapshotShape)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_event (case_id, seq, event_type, schema_version, payload, actor_id, occurred_at,"
                        + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RecordedEvent e : events) {
                ps.setString(1, e.caseId().value());
                ps.setLong(2, e.version());
                ps.setString(3, e.event().type());
                ps.setInt(4, JsonCodec.EVENT_SCHEMA_VERSION);
                ps.setString(5, json.encodeEvent(e.event()));
                ps.setString(6, e.actorId());
                ps.setString(7, e.at().toString());
                ps.setString(8, e.previousHash());
                ps.setString(9, e.hash());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_view (case_id, version, state, is_open,"
                + " grid_code, department_id, deadline, escalation_rung, grade, safety_domain, hazard_code,"
                + " description, reported_at, state_since, finished_at, snapshot_version, snapshot)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.id().value());
            ps.setLong(2, k.version());
            ps.setString(3, k.state().name());
            ps.setBoolean(4, k.state().isOpen());
            ps.setString(5, k.grid().value());
            if (k.department().isPresent()) {
                ps.setString(6, k.department().get().value());
            } else {
                ps.setNull(6, Types.VARCHAR);
            }
            JdbcCaseStore.setNullableTime(ps, 7, k.deadline());
            ps.setString(8, k.escalationRung().name());
            ps.setString(9, k.grade().name());
            ps.setString(10, k.domain().name());
            ps.setString(11, k.hazard().value());
            ps.setString(12, k.description());
            ps.setObject(13, JdbcCaseStore.utc(k.reportedAt()));
            ps.setObject(14, JdbcCaseStore.utc(k.stateSince()));
            JdbcCaseStore.setNullableTime(ps, 15, k.finishedAt());
            ps.setInt(16, oldSnapshotShape ? CaseSnapshot.VERSION - 1 : CaseSnapshot.VERSION);
            ps.setString(17, oldSnapshotShape ? "{}" : json.encodeCase(k));
            ps.executeUpdate();
        }
    }
}
