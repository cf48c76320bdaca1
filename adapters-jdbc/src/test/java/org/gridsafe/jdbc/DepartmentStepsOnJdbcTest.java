package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.MutableClock;

/**
 * Late steps on H2 and PostgreSQL, counted by hand: the fire brigade's three steps were due Friday
 * 2026-04-03 17:00; on Monday it rectifies A late, the command center reassigns B to housing and
 * the brigade returns C. All three are due for the brigade, one done, none on time; housing's step
 * (due Thursday 17:00) is overdue and pending on Friday. The projection filled from the logs (the
 * migration's backfill) gives the same figures.
 */
class DepartmentStepsOnJdbcTest {

    static List<Supplier<DataSource>> databases() {
        return List.of(TestDatabases::h2Memory, TestDatabases::freshFastPostgresDatabase);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lateStepsCountForTheDepartmentThatHeldThemWhenDue(Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = JdbcCaseStatisticsTest.wired(storage, clock);
        Casework casework = gridSafe.casework();
        List<Case> cases = new ArrayList<>();
        for (String what : List.of("A", "B", "C")) {
            Case c = casework.report(jinqiaoGridManager(), RunsAndIdsBehaviourTest.report("部门统计 " + what));
            casework.register(jinqiaoCommandCenter(), Register.of(c.id()).build());
            cases.add(casework.dispatch(
                    jinqiaoCommandCenter(), Dispatch.of(c.id()).build()));
        }
        clock.setInstant(at(LocalDateTime.of(2026, 4, 6, 10, 0)));
        casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(cases.get(0).id()).evidence("已整改").build());
        casework.reassign(
                jinqiaoCommandCenter(),
                Reassign.of(cases.get(1).id())
                        .department(HOUSING)
                        .reason("工地属住建局监管")
                        .build());
        casework.returnCase(
                fireOfficer(), ReturnCase.of(cases.get(2).id()).reason("属住建局职责").build());
        clock.setInstant(at(LocalDateTime.of(2026, 4, 10, 9, 0)));
        Period spring = new Period(at(LocalDateTime.of(2026, 3, 1, 0, 0)), at(LocalDateTime.of(2026, 5, 1, 0, 0)));
        List<DepartmentIndicators> expected = List.of(
                new DepartmentIndicators(FIRE_BRIGADE, 3, 1, 0, 0, 1, 1),
                new DepartmentIndicators(HOUSING, 1, 0, 0, 1, 0, 0));
        List<List<RecordedEvent>> histories = new ArrayList<>();
        for (Case c : cases) {
            histories.add(storage.caseStore().load(c.id()));
        }

        assertThat(DepartmentIndicators.of(histories, CaseScope.all(), spring, clock.instant()))
                .isEqualTo(expected);
        assertThat(gridSafe.statistics().departmentIndicators(CaseScope.all(), spring, clock.instant()))
                .isEqualTo(expected);
        assertThat(gridSafe.statistics()
                        .departmentIndicators(CaseScope.all().department(HOUSING), spring, clock.instant()))
                .isEqualTo(expected.subList(1, 2));

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM department_step");
            assertThat(new DepartmentStepProjection(new JsonCodec()).backfill(c))
                    .isEqualTo(3);
        }
        assertThat(gridSafe.statistics().departmentIndicators(CaseScope.all(), spring, clock.instant()))
                .isEqualTo(expected);
    }

    private static java.time.Instant at(LocalDateTime t) {
        return t.atZone(ZONE).toInstant();
    }
}
