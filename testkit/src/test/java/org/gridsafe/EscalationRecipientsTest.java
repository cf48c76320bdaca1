package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.CaseworkFixture.MONDAY_0900;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEscalated;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CommandCenters;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.NotificationTemplates;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Report;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Escalation always reaches a person: vacant rungs climb the grid's own chain, then the parent
 * grids; the command-center rung goes to the configured parent command center; notifications carry
 * their structured fields and show times in the district's zone, in zh-CN and English.
 */
class EscalationRecipientsTest {

    /** Every rung climbed by Monday 2026-04-06 17:01 (see {@link EscalationLadderTest}). */
    private static final LocalDateTime ALL_RUNGS_DUE = LocalDateTime.of(2026, 4, 6, 17, 1);

    private final List<Notification> notifications = new CopyOnWriteArrayList<>();
    private final MutableClock clock = MutableClock.of(CaseworkFixture.at(MONDAY_0900), ZONE);

    private Casework casework(GridTree grids, GridSafe.Builder extra) {
        return extra.directory(directory(grids))
                .clock(clock)
                .notifier(notifications::add)
                .build()
                .casework();
    }

    private Case reportIn(Casework casework, GridCode grid) {
        return casework.report(
                citizen(),
                Report.builder()
                        .source(CaseSource.PUBLIC_REPORT)
                        .grid(grid)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description("楼道堆放杂物")
                        .build());
    }

    private static List<CaseEscalated> escalations(Casework casework, Case c) {
        return casework.history(districtCommandCenter(), c.id()).stream()
                .map(RecordedEvent::event)
                .filter(CaseEscalated.class::isInstance)
                .map(CaseEscalated.class::cast)
                .toList();
    }

    private static List<String> recipients(List<CaseEscalated> escalations) {
        return escalations.stream()
                .map(e -> e.recipient().orElseThrow().personId())
                .toList();
    }

    @Test
    void aVacantRungGoesToTheNextHeldRungOfTheGridsOwnChain() {
        GridTree grids = grids(Map.of(JINQIAO_MICRO_1, EnumSet.of(ResponsibleRole.SPECIFIC, ResponsibleRole.FIRST)));
        Casework casework = casework(grids, GridSafe.builder());
        Case c = reportIn(casework, JINQIAO_MICRO_1);

        casework.escalateOverdue(CaseworkFixture.at(ALL_RUNGS_DUE));

        List<CaseEscalated> escalations = escalations(casework, c);
        assertThat(escalations)
                .extracting(CaseEscalated::rung)
                .containsExactly(
                        EscalationRung.SPECIFIC,
                        EscalationRung.IN_CHARGE,
                        EscalationRung.FIRST,
                        EscalationRung.ASSIGNED_LEADER,
                        EscalationRung.PARENT_COMMAND_CENTER);
        assertThat(recipients(escalations))
                .containsExactly(
                        "in-charge-m111", // SPECIFIC vacant: the official in charge
                        "in-charge-m111",
                        "assigned-leader-m111", // FIRST vacant: the assigned leader
                        "assigned-leader-m111",
                        "specific-c11"); // the community's command center: who answers first there
        assertThat(escalations.subList(0, 4)).allMatch(e -> e.grid().equals(JINQIAO_MICRO_1));
        assertThat(escalations.get(4).grid()).isEqualTo(JINQIAO_COMMUNITY);
    }

    @Test
    void aGridWithAnEmptyChainEscalatesToTheParentGridsAndTheCommandCenterClimbsToo() {
        Set<ResponsibleRole> all = EnumSet.allOf(ResponsibleRole.class);
        GridTree grids = grids(Map.of(JINQIAO_MICRO_2, all, JINQIAO_COMMUNITY, all));
        Casework casework = casework(grids, GridSafe.builder());
        Case c = reportIn(casework, JINQIAO_MICRO_2);

        casework.escalateOverdue(CaseworkFixture.at(ALL_RUNGS_DUE));

        List<CaseEscalated> escalations = escalations(casework, c);
        // Nobody in the micro-grid or its community: the street's lowest held rung, for every rung.
        assertThat(recipients(escalations)).hasSize(5).containsOnly("specific-s1");
        assertThat(escalations.subList(0, 4)).allMatch(e -> e.grid().equals(JINQIAO_STREET));
        assertThat(escalations.get(4).grid())
                .as("still the community's command center")
                .isEqualTo(JINQIAO_COMMUNITY);
        assertThat(notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_ESCALATED)
                .hasSize(5)
                .allSatisfy(n -> assertThat(n.recipientId()).contains("specific-s1"));
    }

    @Test
    void aDistrictMayPutTheParentCommandCenterOfMicroGridsAtTheStreet() {
        Casework casework =
                casework(grids(), GridSafe.builder().commandCenters(CommandCenters.forMicroGrids(GridLevel.STREET)));
        Case micro = reportIn(casework, JINQIAO_MICRO_1);
        Case community = reportIn(casework, YINQIAO_COMMUNITY);

        casework.escalateOverdue(CaseworkFixture.at(ALL_RUNGS_DUE));

        CaseEscalated top = escalations(casework, micro).get(4);
        assertThat(top.rung()).isEqualTo(EscalationRung.PARENT_COMMAND_CENTER);
        assertThat(top.grid()).isEqualTo(JINQIAO_STREET);
        assertThat(top.recipient().orElseThrow().personId()).isEqualTo("specific-s1");
        assertThat(escalations(casework, community).get(4).grid())
                .as("a community case still goes one level up")
                .isEqualTo(JINQIAO_STREET);
        assertThat(CommandCenters.standard().above(JINQIAO_MICRO_1)).isEqualTo(JINQIAO_COMMUNITY);
        assertThat(CommandCenters.standard().above(DISTRICT)).isEqualTo(DISTRICT);
        assertThatThrownBy(() -> CommandCenters.forMicroGrids(GridLevel.DISTRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COMMUNITY or its STREET, not DISTRICT");
    }

    @Test
    void whenNobodyInTheWholeTreeHoldsARungTheEscalationIsRefusedNotWrittenWithoutARecipient() {
        Set<ResponsibleRole> all = EnumSet.allOf(ResponsibleRole.class);
        GridTree grids =
                grids(Map.of(JINQIAO_MICRO_1, all, JINQIAO_COMMUNITY, all, JINQIAO_STREET, all, DISTRICT, all));
        Casework casework = casework(grids, GridSafe.builder());
        Case c = reportIn(casework, JINQIAO_MICRO_1);

        assertThat(casework.escalateOverdue(CaseworkFixture.at(ALL_RUNGS_DUE))).isZero();
        assertThat(escalations(casework, c)).isEmpty();
        clock.setInstant(CaseworkFixture.at(ALL_RUNGS_DUE));
        assertThatThrownBy(() -> casework.execute(
                        Actor.SYSTEM,
                        org.gridsafe.casework.Escalate.of(c.id())
                                .now(CaseworkFixture.at(ALL_RUNGS_DUE))
                                .build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("grid")
                .hasMessageContaining("would reach no one");
    }

    @Test
    void notificationsCarryStructuredFieldsAndShowTheDeadlineInTheDistrictsZoneInBothLanguages() {
        Casework casework = casework(grids(), GridSafe.builder());
        Case c = reportIn(casework, JINQIAO_MICRO_1);
        casework.escalateOverdue(CaseworkFixture.at(MONDAY_0900.plusHours(3)));

        Notification reported = notifications.get(0);
        assertThat(reported.kind()).isEqualTo(NotificationKind.CASE_REPORTED);
        assertThat(reported.message()).isEqualTo("新上报：楼道堆放杂物，立案期限 2026-03-30 11:00");
        assertThat(reported.messageEn()).isEqualTo("New report: 楼道堆放杂物; register by 2026-03-30 11:00 (Asia/Shanghai)");

        Notification escalated = notifications.get(1);
        assertThat(escalated.kind()).isEqualTo(NotificationKind.CASE_ESCALATED);
        assertThat(escalated.caseId()).isEqualTo(c.id());
        assertThat(escalated.rung()).contains(EscalationRung.SPECIFIC);
        assertThat(escalated.recipientId()).contains("specific-m111");
        assertThat(escalated.deadline()).contains(CaseworkFixture.at(MONDAY_0900.plusHours(2)));
        assertThat(escalated.zone()).isEqualTo(ZONE);
        assertThat(escalated.deadlineInZone().orElseThrow().toLocalDateTime()).isEqualTo(MONDAY_0900.plusHours(2));
        assertThat(escalated.text(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("督办（具体责任人）：已上报环节已超期，期限 2026-03-30 11:00，案件 " + c.id());
        assertThat(escalated.text(Locale.ENGLISH))
                .startsWith("Escalated (specific responsible person): the ")
                .contains("due 2026-03-30 11:00 (Asia/Shanghai)");
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.message()).doesNotContain("03:00").doesNotContain("Z");
            assertThat(n.zone()).isEqualTo(ZONE);
        });
    }

    @Test
    void aHostsTemplatesReplaceTheTextsTheyCoverAndLeaveTheRestStandard() {
        NotificationTemplates mine = (facts, locale) -> facts.kind() == NotificationKind.CASE_ESCALATED
                        && locale.getLanguage().equals("zh")
                ? "请" + facts.recipientId().orElse("?") + "督办案件" + facts.caseId() + "，期限"
                        + facts.deadline().orElseThrow().toLocalTime()
                : null;
        Casework casework = casework(grids(), GridSafe.builder().notificationTemplates(mine));
        Case c = reportIn(casework, JINQIAO_MICRO_1);
        casework.escalateOverdue(CaseworkFixture.at(MONDAY_0900.plusHours(3)));

        Notification escalated = notifications.get(1);
        assertThat(escalated.message()).isEqualTo("请specific-m111督办案件" + c.id() + "，期限11:00");
        assertThat(escalated.messageEn()).startsWith("Escalated (specific responsible person)");
        assertThat(notifications.get(0).message()).startsWith("新上报：");
    }
}
