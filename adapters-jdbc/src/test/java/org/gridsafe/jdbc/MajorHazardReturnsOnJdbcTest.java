package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.ApplyForResumption;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.ProductionStopScope;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReviewResumption;
import org.gridsafe.casework.StopProduction;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.gridsafe.testkit.SamplePlans;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Major-hazard returns over the JDBC adapter: the SQL figures of a stopped, resumed and written-off
 * hazard and of one past its plan's date, a filed return that keeps its figures after the cases
 * move on and after a restart, and the 28.1 backfill that rebuilds {@code major_hazard_view}.
 */
abstract class MajorHazardReturnsOnJdbcTest {

    abstract DataSource database();

    static final ReturnPeriod Q2 = ReturnPeriod.quarter(2026, 2);
    static final MajorHazardFigures EXPECTED =
            new MajorHazardFigures(Map.of(SafetyDomain.FIRE, new MajorHazardCounts(2, 1, 1, 1, 2, 1)));

    static GridSafe wired(JdbcGridSafeStorage storage, MutableClock clock) {
        return JdbcCaseStatisticsTest.wired(storage, clock);
    }

    static void at(MutableClock clock, LocalDateTime time) {
        clock.setInstant(time.atZone(ZONE).toInstant());
    }

    /** Two major fire hazards in Jinqiao in Q2: one stopped, resumed and written off; one still open. */
    static Case quarter(GridSafe gridSafe, MutableClock clock) {
        at(clock, LocalDateTime.of(2026, 4, 7, 9, 0));
        Case written = dispatchedMajor(gridSafe);
        Case open = dispatchedMajor(gridSafe);
        at(clock, LocalDateTime.of(2026, 4, 20, 9, 0));
        var cw = gridSafe.casework();
        written = cw.stopProduction(
                fireOfficer(),
                StopProduction.of(written.id())
                        .expectedVersion(written.version())
                        .scope(ProductionStopScope.PART)
                        .evacuated(false)
                        .reason("无法保证安全")
                        .build());
        written = cw.applyForResumption(
                fireOfficer(),
                ApplyForResumption.of(written.id())
                        .expectedVersion(written.version())
                        .summary("已整改")
                        .build());
        cw.reviewResumption(
                fireOfficer(),
                ReviewResumption.of(written.id())
                        .expectedVersion(written.version())
                        .passed(true)
                        .remarks("同意")
                        .build());
        return open;
    }

    static Case dispatchedMajor(GridSafe gridSafe) {
        var cw = gridSafe.casework();
        Case c = cw.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.MAJOR)
                        .description("仓库与宿舍同楼")
                        .build());
        c = cw.register(
                jinqiaoCommandCenter(),
                Register.of(c.id()).expectedVersion(c.version()).build());
        return cw.dispatch(
                jinqiaoCommandCenter(),
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .handlerId("ent-a")
                        .plan(new RectificationPlan("王厂长", "分隔", "20 万元", LocalDate.of(2026, 5, 15), "值守"))
                        .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕3号"))
                        .treatmentPlan(SamplePlans.treatment())
                        .build());
    }

    JdbcGridSafeStorage storage(DataSource ds) {
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        return storage;
    }

    /** Wired like a host that gives the JDBC case store but forgets {@code majorHazardReturnStore(...)}. */
    static GridSafe.Builder withoutReturnStore(JdbcGridSafeStorage storage, MutableClock clock) {
        return GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .caseStatistics(storage.caseStatistics())
                .idGenerator(storage.idGenerator(ZONE))
                .clock(clock);
    }

    @Test
    void a_host_that_forgets_the_return_store_still_files_into_the_database_and_an_in_memory_one_is_refused() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = storage(ds);
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = withoutReturnStore(storage, clock).build();
        quarter(gridSafe, clock);
        at(clock, LocalDateTime.of(2026, 7, 10, 10, 0));
        MajorHazardReturn filed =
                gridSafe.majorHazardReturns().file(jinqiaoCommandCenter(), JINQIAO_STREET, Q2, "李主任", Optional.empty());

        // the case store supplied the database's return store: another storage on the database reads it
        assertThat(JdbcGridSafeStorage.create(ds).majorHazardReturns().find(JINQIAO_STREET, Q2))
                .contains(filed);
        GridSafe restarted = withoutReturnStore(JdbcGridSafeStorage.create(ds).migrate(), clock)
                .build();
        assertThat(restarted
                        .majorHazardReturns()
                        .status(jinqiaoCommandCenter(), JINQIAO_STREET, Q2)
                        .status())
                .isEqualTo(ReturnStatus.FILED_ON_TIME);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutReturnStore(storage, clock)
                        .majorHazardReturnStore(new org.gridsafe.memory.InMemoryMajorHazardReturns())
                        .build())
                .isInstanceOf(org.gridsafe.GridSafeConfigurationException.class)
                .hasMessageContaining("majorHazardReturnStore: the caseStore is durable");
    }

    @Test
    void a_filed_return_keeps_its_figures_when_cases_move_on_and_across_a_restart() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = storage(ds);
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = wired(storage, clock);
        Case open = quarter(gridSafe, clock);

        at(clock, LocalDateTime.of(2026, 7, 16, 10, 0));
        MajorHazardReturn filed = gridSafe.majorHazardReturns()
                .file(jinqiaoCommandCenter(), JINQIAO_STREET, Q2, "李主任", Optional.of("补报"));
        assertThat(filed.figures()).isEqualTo(EXPECTED);
        assertThat(filed.onTime()).as("the 16th is a day late").isFalse();

        gridSafe.casework()
                .submitRectification(
                        fireOfficer(),
                        SubmitRectification.of(open.id())
                                .expectedVersion(open.version())
                                .evidence("已整改")
                                .build());
        clock.add(Duration.ofDays(1));

        GridSafe restarted = wired(JdbcGridSafeStorage.create(ds).migrate(), clock);
        var status = restarted.majorHazardReturns().status(jinqiaoCommandCenter(), JINQIAO_STREET, Q2);
        assertThat(status.status()).isEqualTo(ReturnStatus.FILED_LATE);
        assertThat(status.filed()).contains(filed);
    }

    @Test
    void the_sql_figures_equal_the_hand_count_and_survive_the_backfill() throws SQLException {
        DataSource ds = database();
        JdbcGridSafeStorage storage = storage(ds);
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = wired(storage, clock);
        quarter(gridSafe, clock);
        at(clock, LocalDateTime.of(2026, 7, 2, 9, 0));
        assertThat(gridSafe.majorHazardReturns().figures(districtCommandCenter(), DISTRICT, Q2))
                .isEqualTo(EXPECTED);

        // As a database written before version 28: no rows, then the Java migration 28.1 fills them.
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM major_hazard_view");
        }
        assertThat(gridSafe.majorHazardReturns().figures(districtCommandCenter(), DISTRICT, Q2))
                .as("without the rows: nothing stopped, nothing listed, nothing past its plan")
                .isNotEqualTo(EXPECTED);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(new MajorHazardProjection(new JsonCodec()).backfill(c)).isEqualTo(2);
            c.commit();
        }
        assertThat(gridSafe.majorHazardReturns().figures(districtCommandCenter(), DISTRICT, Q2))
                .isEqualTo(EXPECTED);
    }
}
