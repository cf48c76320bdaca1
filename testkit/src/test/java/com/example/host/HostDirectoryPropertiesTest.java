package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.testkit.HostGenerators;
import org.gridsafe.testkit.RecordingNotifier;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * A host's own property test: generators drawn from the host's directory (not the kit's sample
 * district) feed its cases through a real GridSafe, and every one ends up with a department that
 * covers its domain.
 */
class HostDirectoryPropertiesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final GridCode DISTRICT = GridCode.parse("330108");
    private static final GridCode STREET = GridCode.parse("330108001");
    private static final GridCode COMMUNITY = GridCode.parse("330108001001");
    private static final GridCode MICRO = GridCode.parse("330108001001001");

    /** The host's district: four levels, staff only on the community and the micro-grid. */
    private static GridDirectory hostDirectory() {
        GridTree grids = GridTree.of(List.of(
                Grid.builder().code(DISTRICT).name("滨江区").build(),
                Grid.builder().code(STREET).name("西兴街道").build(),
                Grid.builder()
                        .code(COMMUNITY)
                        .name("缤纷社区")
                        .addStaff(new StaffAssignment("host-gm-1", "陈网格", GridRole.GRID_MANAGER))
                        .build(),
                Grid.builder()
                        .code(MICRO)
                        .name("缤纷一号微网格")
                        .addStaff(new StaffAssignment("host-so-1", "周安全", GridRole.SAFETY_OFFICER))
                        .build()));
        DutyMatrix duties = DutyMatrix.builder()
                .department(new Department(
                        DepartmentId.of("host-emergency"), "区应急管理局", "Emergency", Set.of(SafetyDomain.PRODUCTION)))
                .department(new Department(DepartmentId.of("host-fire"), "区消防救援大队", "Fire", Set.of(SafetyDomain.FIRE)))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, DepartmentId.of("host-emergency")))
                .rule(DutyRule.of(SafetyDomain.FIRE, DepartmentId.of("host-fire")))
                .build();
        WorkCalendar calendar = WorkCalendar.builder()
                .zone(ZONE)
                .hours(LocalTime.of(8, 30), LocalTime.of(17, 30))
                .weekend(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .build();
        return new InMemoryGridDirectory(grids, duties, TimeLimits.defaults(), calendar);
    }

    @Test
    void everyGeneratedReportIsRoutedToADepartmentCoveringItsDomain() {
        GridDirectory directory = hostDirectory();
        HostGenerators host = HostGenerators.from(directory);
        Actor center = Actor.commandCenter("host-cc", "滨江区指挥中心", DISTRICT);

        qt().withExamples(200).forAll(host.reports()).checkAssert(generated -> {
            MutableClock clock = MutableClock.of(
                    LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
            Casework casework = GridSafe.builder()
                    .directory(directory)
                    .clock(clock)
                    .notifier(new RecordingNotifier())
                    .build()
                    .casework();

            Case reported = casework.report(generated.reporter(), generated.report());
            Case registered = casework.register(
                    center,
                    Register.of(reported.id())
                            .expectedVersion(reported.version())
                            .build());

            assertThat(reported.grid()).isEqualTo(generated.report().grid().orElseThrow());
            if (generated.report().grade() == HazardGrade.GENERAL) {
                Case dispatched = casework.dispatch(
                        center,
                        Dispatch.of(registered.id())
                                .expectedVersion(registered.version())
                                .build());
                Department department = directory
                        .dutyMatrix()
                        .department(dispatched.department().orElseThrow())
                        .orElseThrow();
                assertThat(department.covers(generated.report().domain()))
                        .as("%s handles %s", department.id(), generated.report().domain())
                        .isTrue();
            }
        });
    }
}
