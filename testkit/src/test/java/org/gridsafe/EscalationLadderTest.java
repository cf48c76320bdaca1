package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.CaseworkFixture.MONDAY_0900;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEscalated;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/**
 * Overdue work climbs the ladder one rung per working day (the standard policy): specific →
 * in-charge → first responsible → assigned leader → the parent grid's command center. The
 * sample calendar has a holiday on Wednesday 2026-04-01, which the ladder must step over.
 */
class EscalationLadderTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    @Test
    void overdueRegistrationClimbsEveryRungAndStepsOverTheHoliday() {
        // Reported Monday 09:00: registration is due two working hours later, at 11:00.
        Case c = fixture.reported(HazardGrade.GENERAL);
        assertThat(c.deadline()).contains(CaseworkFixture.at(MONDAY_0900.plusHours(2)));

        assertEscalation(c, MONDAY_0900.plusHours(2), 0, EscalationRung.NONE);
        assertEscalation(c, MONDAY_0900.plusHours(2).plusMinutes(1), 1, EscalationRung.SPECIFIC);
        // In-charge: one working day after the deadline, i.e. Tuesday's close.
        assertEscalation(c, LocalDateTime.of(2026, 3, 31, 16, 59), 0, EscalationRung.SPECIFIC);
        assertEscalation(c, LocalDateTime.of(2026, 3, 31, 17, 1), 1, EscalationRung.IN_CHARGE);
        // First responsible: the next working day after Tuesday is Thursday (Wednesday is a holiday).
        assertEscalation(c, LocalDateTime.of(2026, 4, 1, 23, 0), 0, EscalationRung.IN_CHARGE);
        assertEscalation(c, LocalDateTime.of(2026, 4, 2, 17, 1), 1, EscalationRung.FIRST);
        assertEscalation(c, LocalDateTime.of(2026, 4, 3, 17, 1), 1, EscalationRung.ASSIGNED_LEADER);
        // Over the weekend to Monday's close, then the parent grid's command center.
        assertEscalation(c, LocalDateTime.of(2026, 4, 5, 12, 0), 0, EscalationRung.ASSIGNED_LEADER);
        assertEscalation(c, LocalDateTime.of(2026, 4, 6, 17, 1), 1, EscalationRung.PARENT_COMMAND_CENTER);
        // The top rung is final.
        assertEscalation(c, LocalDateTime.of(2026, 6, 1, 9, 0), 0, EscalationRung.PARENT_COMMAND_CENTER);

        var escalations = fixture.casework.history(districtCommandCenter(), c.id()).stream()
                .map(RecordedEvent::event)
                .filter(CaseEscalated.class::isInstance)
                .map(CaseEscalated.class::cast)
                .toList();
        assertThat(escalations)
                .extracting(CaseEscalated::rung)
                .containsExactly(
                        EscalationRung.SPECIFIC,
                        EscalationRung.IN_CHARGE,
                        EscalationRung.FIRST,
                        EscalationRung.ASSIGNED_LEADER,
                        EscalationRung.PARENT_COMMAND_CENTER);
        assertThat(escalations.get(0).recipient())
                .get()
                .extracting(p -> p.personId())
                .isEqualTo("specific-m111");
        assertThat(escalations.get(3).recipient())
                .get()
                .extracting(p -> p.personId())
                .isEqualTo("assigned-leader-m111");
        assertThat(escalations.get(4).grid()).isEqualTo(JINQIAO_COMMUNITY);
        assertThat(escalations.get(4).recipient())
                .as("the command center's rung reaches who answers first for the community")
                .get()
                .extracting(p -> p.personId())
                .isEqualTo("specific-c11");
        assertThat(escalations).allMatch(e -> e.step() == CaseState.REPORTED);
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.CASE_ESCALATED)
                .hasSize(5);
    }

    @Test
    void aLateRunCatchesUpEveryDueRungAtOnceAndASecondRunWithTheSameTimeDoesNothing() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        var later = LocalDateTime.of(2026, 4, 3, 17, 30);

        assertThat(fixture.casework.escalateOverdue(CaseworkFixture.at(later))).isEqualTo(4);
        assertThat(fixture.reload(c).escalationRung()).isEqualTo(EscalationRung.ASSIGNED_LEADER);
        long version = fixture.reload(c).version();

        assertThat(fixture.casework.escalateOverdue(CaseworkFixture.at(later))).isZero();
        assertThat(fixture.reload(c).version()).isEqualTo(version);
    }

    @Test
    void theLadderStartsAgainInTheNextStepAndTheCaseNoLongerCountsAsOnTime() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        fixture.casework.escalateOverdue(CaseworkFixture.at(LocalDateTime.of(2026, 3, 31, 17, 1)));
        assertThat(fixture.reload(c).escalationRung()).isEqualTo(EscalationRung.IN_CHARGE);

        fixture.setTime(LocalDateTime.of(2026, 3, 31, 17, 5));
        Case registered =
                fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(fixture.reload(c)));

        assertThat(registered.state()).isEqualTo(CaseState.REGISTERED);
        assertThat(registered.escalationRung()).isEqualTo(EscalationRung.NONE);
        assertThat(registered.everOverdue()).isTrue();
    }

    @Test
    void casesThatAreNotOverdueAreLeftAlone() {
        Case c = fixture.reported(HazardGrade.GENERAL);
        assertThat(fixture.casework.escalateOverdue(CaseworkFixture.at(MONDAY_0900.plusMinutes(30))))
                .isZero();
        assertThat(fixture.reload(c).version()).isEqualTo(1);
    }

    private void assertEscalation(Case c, LocalDateTime at, int expectedEvents, EscalationRung expectedRung) {
        int written = fixture.casework.escalateOverdue(CaseworkFixture.at(at));
        assertThat(written).as("escalations written at %s", at).isEqualTo(expectedEvents);
        assertThat(fixture.reload(c).escalationRung()).as("rung at %s", at).isEqualTo(expectedRung);
    }
}
