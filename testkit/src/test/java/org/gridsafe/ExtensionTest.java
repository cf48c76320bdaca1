package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.WrongCaseStateException;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/** 延期: request, then approve or deny; the deadline moves only on approval. */
class ExtensionTest {

    private final CaseworkFixture fixture = new CaseworkFixture();

    @Test
    void rectificationIsDueAtTheCloseOfTheThirdWorkingDaySkippingTheHoliday() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        // Monday 09:00 + 3 working days: Tuesday, (Wednesday holiday), Thursday, Friday 17:00.
        assertThat(c.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 3, 17, 0)));
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndIsCounted() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        Instant requested = CaseworkFixture.at(LocalDateTime.of(2026, 4, 10, 17, 0));

        c = fixture.casework.requestExtension(fireOfficer(), request(c, requested, "需更换防火门，到货需一周"));
        assertThat(c.pendingExtension()).isPresent();
        assertThat(c.deadline()).contains(CaseworkFixture.at(LocalDateTime.of(2026, 4, 3, 17, 0)));

        Case pending = c;
        assertThatThrownBy(() -> fixture.casework.requestExtension(
                        fireOfficer(), request(pending, requested.plusSeconds(3600), "再延")))
                .isInstanceOf(WrongCaseStateException.class)
                .hasMessageContaining("already waiting for a decision");

        c = fixture.casework.approveExtension(
                CaseworkFixture.center(),
                ApproveExtension.of(c.id())
                        .expectedVersion(c.version())
                        .note("同意")
                        .build());
        assertThat(c.deadline()).contains(requested);
        assertThat(c.extensionCount()).isEqualTo(1);
        assertThat(c.pendingExtension()).isEmpty();
        assertThat(fixture.notifications)
                .filteredOn(n -> n.kind() == NotificationKind.EXTENSION_DECIDED)
                .singleElement()
                .satisfies(n -> assertThat(n.recipientId()).contains("fire-01"));
    }

    @Test
    void aDeniedExtensionKeepsTheDeadline() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        Optional<Instant> deadline = c.deadline();
        c = fixture.casework.requestExtension(
                fireOfficer(), request(c, CaseworkFixture.at(LocalDateTime.of(2026, 4, 10, 17, 0)), "人手不足"));
        c = fixture.casework.denyExtension(
                CaseworkFixture.center(),
                DenyExtension.of(c.id())
                        .expectedVersion(c.version())
                        .reason("隐患紧迫，须按期整改")
                        .build());

        assertThat(c.deadline()).isEqualTo(deadline);
        assertThat(c.extensionCount()).isZero();
        assertThat(c.pendingExtension()).isEmpty();
    }

    @Test
    void decisionsNeedAPendingRequestAndRequestsMustMoveTheDeadlineLater() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        Case dispatched = c;
        assertThatThrownBy(() -> fixture.casework.approveExtension(
                        CaseworkFixture.center(),
                        ApproveExtension.of(dispatched.id()).build()))
                .isInstanceOf(WrongCaseStateException.class)
                .hasMessageContaining("no extension request is waiting");

        assertThatThrownBy(() -> fixture.casework.requestExtension(
                        fireOfficer(),
                        request(dispatched, CaseworkFixture.at(LocalDateTime.of(2026, 4, 2, 12, 0)), "x")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("requestedDeadline: must be after the current deadline");
        assertThat(fixture.reload(c).version()).isEqualTo(dispatched.version());
    }

    @Test
    void onlyTheResponsibleDepartmentMayAskAndOnlyTheCommandCenterMayDecide() {
        Case c = fixture.dispatched(HazardGrade.GENERAL);
        Instant requested = CaseworkFixture.at(LocalDateTime.of(2026, 4, 10, 17, 0));
        assertThatThrownBy(() -> fixture.casework.requestExtension(emergencyOfficer(), request(c, requested, "x")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("em-01")
                .hasMessageContaining("not dispatched to emergency");
        Case pending = fixture.casework.requestExtension(fireOfficer(), request(c, requested, "x"));
        assertThatThrownBy(() -> fixture.casework.approveExtension(
                        fireOfficer(), ApproveExtension.of(pending.id()).build()))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).rule()).isEqualTo("department-own-cases"));
    }

    private static RequestExtension request(Case c, Instant deadline, String reason) {
        return RequestExtension.of(c.id())
                .expectedVersion(c.version())
                .requestedDeadline(deadline)
                .reason(reason)
                .build();
    }
}
