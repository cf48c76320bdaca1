package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.CaseworkFixture.MONDAY_0900;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEscalated;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.FileMajorHazardReport;
import org.gridsafe.casework.MajorHazardReport;
import org.gridsafe.casework.MajorHazardReportEscalated;
import org.gridsafe.casework.MajorHazardReportFiled;
import org.gridsafe.casework.MajorHazardReportKind;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Report;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * An overdue report a major hazard owes escalates on its own ladder, counted from the report's
 * deadline, one rung per working day as the step escalation does; every rung reaches a person,
 * vacant rungs climbing the chain; filing afterwards still works and is recorded as late.
 */
class MajorHazardReportEscalationTest {

    /** Dispatched Monday 2026-03-30 09:00: the department report is due Thursday 2026-04-02 09:00. */
    private static final Instant REPORT_DUE = CaseworkFixture.at(LocalDateTime.of(2026, 4, 2, 9, 0));

    private final List<Notification> notifications = new CopyOnWriteArrayList<>();
    private final MutableClock clock = MutableClock.of(CaseworkFixture.at(MONDAY_0900), ZONE);

    private Casework casework(GridTree grids) {
        return GridSafe.builder()
                .directory(directory(grids))
                .clock(clock)
                .notifier(notifications::add)
                .build()
                .casework();
    }

    /** A major fire hazard in 金桥一号微网格, dispatched now with its plan (due 2026-05-15). */
    private static Case dispatchedMajor(Casework casework) {
        Case c = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.MAJOR)
                        .description("仓库消防通道堆放货物")
                        .build());
        c = casework.register(jinqiaoCommandCenter(), CaseworkFixture.register(c));
        return casework.dispatch(jinqiaoCommandCenter(), CaseworkFixture.dispatchWithPlan(c));
    }

    private static List<MajorHazardReportEscalated> escalations(Casework casework, Case c) {
        return casework.history(districtCommandCenter(), c.id()).stream()
                .map(RecordedEvent::event)
                .filter(MajorHazardReportEscalated.class::isInstance)
                .map(MajorHazardReportEscalated.class::cast)
                .toList();
    }

    private static MajorHazardReport report(Case c, MajorHazardReportKind kind) {
        return c.majorHazardReports().stream()
                .filter(r -> r.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOverdueReportReachesTheFirstRungOnceAndClimbsOneRungPerWorkingDay() {
        Casework casework = casework(grids());
        Case c = dispatchedMajor(casework);
        assertThat(report(c, MajorHazardReportKind.SUPERVISING_DEPARTMENT).dueAt())
                .isEqualTo(REPORT_DUE);

        assertThat(casework.escalateOverdue(REPORT_DUE))
                .as("due, not yet overdue")
                .isZero();
        Instant justAfter = REPORT_DUE.plusSeconds(60);
        clock.setInstant(justAfter);
        assertThat(casework.escalateOverdue(justAfter)).isEqualTo(1);
        assertThat(casework.escalateOverdue(justAfter))
                .as("never twice for the same rung")
                .isZero();

        List<MajorHazardReportEscalated> first = escalations(casework, c);
        assertThat(first).hasSize(1);
        MajorHazardReportEscalated e = first.get(0);
        assertThat(e.kind()).isEqualTo(MajorHazardReportKind.SUPERVISING_DEPARTMENT);
        assertThat(e.rung()).isEqualTo(EscalationRung.SPECIFIC);
        assertThat(e.dueAt()).isEqualTo(REPORT_DUE);
        assertThat(e.grid()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(e.recipient().personId()).isEqualTo("specific-m111");
        Case now = casework.get(districtCommandCenter(), c.id());
        assertThat(report(now, MajorHazardReportKind.SUPERVISING_DEPARTMENT).rung())
                .isEqualTo(EscalationRung.SPECIFIC);
        assertThat(report(now, MajorHazardReportKind.WORKERS_CONGRESS).rung()).isEqualTo(EscalationRung.NONE);
        assertThat(now.escalationRung()).as("the step's own rung stays").isEqualTo(EscalationRung.NONE);
        assertThat(now.state()).isEqualTo(c.state());

        // One working day after the deadline (the standard policy): the next rung, and only that one.
        Instant friday = org.gridsafe.casework.EscalationPolicy.standard()
                .rungDueAt(EscalationRung.IN_CHARGE, REPORT_DUE, calendar())
                .plusSeconds(60);
        assertThat(friday).isAfter(justAfter.plus(Duration.ofHours(6)));
        clock.setInstant(friday);
        assertThat(casework.escalateOverdue(friday)).isEqualTo(1);
        assertThat(escalations(casework, c))
                .extracting(MajorHazardReportEscalated::rung)
                .containsExactly(EscalationRung.SPECIFIC, EscalationRung.IN_CHARGE);

        // Weeks later every rung is reached, each once, the top one at the community's command center.
        Instant later = CaseworkFixture.at(LocalDateTime.of(2026, 4, 20, 9, 0));
        clock.setInstant(later);
        casework.escalateOverdue(later);
        List<MajorHazardReportEscalated> all = escalations(casework, c);
        assertThat(all)
                .extracting(MajorHazardReportEscalated::rung)
                .containsExactly(
                        EscalationRung.SPECIFIC,
                        EscalationRung.IN_CHARGE,
                        EscalationRung.FIRST,
                        EscalationRung.ASSIGNED_LEADER,
                        EscalationRung.PARENT_COMMAND_CENTER);
        assertThat(all.get(4).grid()).isEqualTo(JINQIAO_COMMUNITY);
        assertThat(all.get(4).recipient().personId()).isEqualTo("specific-c11");
        assertThat(casework.escalateOverdue(later))
                .as("the top rung is the last")
                .isZero();
        assertThat(casework.history(districtCommandCenter(), c.id()).stream()
                        .map(RecordedEvent::event)
                        .filter(CaseEscalated.class::isInstance))
                .as("the step is not overdue: no step escalation")
                .isEmpty();
    }

    @Test
    void aVacantRungGoesUpTheChainAndThenToTheParentGrid() {
        Set<ResponsibleRole> all = EnumSet.allOf(ResponsibleRole.class);
        GridTree grids = grids(Map.of(
                JINQIAO_MICRO_1,
                EnumSet.of(ResponsibleRole.SPECIFIC, ResponsibleRole.ASSIGNED_LEADER),
                JINQIAO_COMMUNITY,
                all));
        Casework casework = casework(grids);
        Case c = dispatchedMajor(casework);
        Instant later = CaseworkFixture.at(LocalDateTime.of(2026, 4, 20, 9, 0));
        clock.setInstant(later);

        casework.escalateOverdue(later);

        List<MajorHazardReportEscalated> escalations = escalations(casework, c);
        assertThat(escalations)
                .extracting(e -> e.rung() + "→" + e.grid() + "/" + e.recipient().personId())
                .containsExactly(
                        "SPECIFIC→" + JINQIAO_MICRO_1 + "/in-charge-m111", // SPECIFIC vacant: next held rung
                        "IN_CHARGE→" + JINQIAO_MICRO_1 + "/in-charge-m111",
                        "FIRST→" + JINQIAO_MICRO_1 + "/first-m111",
                        // no assigned leader in the micro-grid, nobody in the community: the street
                        "ASSIGNED_LEADER→" + JINQIAO_STREET + "/specific-s1",
                        // the community's command center has nobody: who answers first above it
                        "PARENT_COMMAND_CENTER→" + JINQIAO_COMMUNITY + "/specific-s1");
        assertThat(escalations).allSatisfy(e -> assertThat(e.recipient()).isNotNull());
    }

    @Test
    void theNotificationNamesTheRecipientTheRungAndTheMissedDeadlineInTheDistrictsZone() {
        Casework casework = casework(grids());
        Case c = dispatchedMajor(casework);
        notifications.clear();
        Instant justAfter = REPORT_DUE.plusSeconds(60);
        clock.setInstant(justAfter);

        casework.escalateOverdue(justAfter);

        assertThat(notifications).hasSize(1);
        Notification n = notifications.get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.MAJOR_HAZARD_REPORT_ESCALATED);
        assertThat(n.caseId()).isEqualTo(c.id());
        assertThat(n.recipientId()).contains("specific-m111");
        assertThat(n.rung()).contains(EscalationRung.SPECIFIC);
        assertThat(n.grid()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(n.deadline()).as("the report's deadline, not the step's").contains(REPORT_DUE);
        assertThat(n.zone()).isEqualTo(ZONE);
        assertThat(n.detail()).contains("SUPERVISING_DEPARTMENT");
        assertThat(n.text(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("重大事故隐患报告督办（具体责任人）：向监管部门报告已超期未报，期限 2026-04-02 09:00，案件 " + c.id());
        assertThat(n.text(Locale.ENGLISH))
                .isEqualTo("Escalated (specific responsible person): the report to the supervising department"
                        + " is overdue, due 2026-04-02 09:00 (Asia/Shanghai), case " + c.id());
    }

    @Test
    void filingAfterTheEscalationStillWorksIsRecordedAsLateAndStopsTheLadder() {
        Casework casework = casework(grids());
        Case c = dispatchedMajor(casework);
        Instant justAfter = REPORT_DUE.plusSeconds(60);
        clock.setInstant(justAfter);
        casework.escalateOverdue(justAfter);
        c = casework.get(districtCommandCenter(), c.id());

        Case filed = casework.fileMajorHazardReport(
                fireOfficer(),
                FileMajorHazardReport.of(c.id())
                        .expectedVersion(c.version())
                        .kind(MajorHazardReportKind.SUPERVISING_DEPARTMENT)
                        .recipient("区应急管理局")
                        .reference("报告〔2026〕7号")
                        .build());

        MajorHazardReport report = report(filed, MajorHazardReportKind.SUPERVISING_DEPARTMENT);
        assertThat(report.filed()).isTrue();
        assertThat(report.filedLate()).isTrue();
        assertThat(report.rung()).as("the rung it had reached stays on record").isEqualTo(EscalationRung.SPECIFIC);
        RecordedEvent last = casework.history(districtCommandCenter(), c.id()).get((int) filed.version() - 1);
        assertThat(((MajorHazardReportFiled) last.event()).onTime()).isFalse();

        Instant friday = CaseworkFixture.at(LocalDateTime.of(2026, 4, 3, 9, 1));
        clock.setInstant(friday);
        assertThat(casework.escalateOverdue(friday))
                .as("a filed report is no longer escalated")
                .isZero();
    }

    @Test
    void aDowngradedCaseOwesNoReportAndIsNotEscalatedForOne() {
        Casework casework = casework(grids());
        Case c = dispatchedMajor(casework);
        casework.downgradeMajorHazard(
                jinqiaoCommandCenter(),
                DowngradeMajorHazard.of(c.id())
                        .expectedVersion(c.version())
                        .reason("复核为一般隐患")
                        .build());
        Instant later = REPORT_DUE.plus(Duration.ofDays(1));
        clock.setInstant(later);

        assertThat(casework.escalateOverdue(later)).isZero();
        assertThat(escalations(casework, c)).isEmpty();
    }

    @Test
    void whenNobodyHoldsAnyRungNothingIsWrittenAndTheNextRunTriesAgain() {
        Set<ResponsibleRole> all = EnumSet.allOf(ResponsibleRole.class);
        GridTree nobody =
                grids(Map.of(JINQIAO_MICRO_1, all, JINQIAO_COMMUNITY, all, JINQIAO_STREET, all, DISTRICT, all));
        Casework casework = casework(nobody);
        Case c = dispatchedMajor(casework);
        Instant justAfter = REPORT_DUE.plusSeconds(60);
        clock.setInstant(justAfter);

        assertThat(casework.escalateOverdue(justAfter)).isZero();
        assertThat(casework.get(districtCommandCenter(), c.id()).version()).isEqualTo(c.version());
    }
}
