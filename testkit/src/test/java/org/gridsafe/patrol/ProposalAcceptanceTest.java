package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.Patrols;
import org.gridsafe.grid.GridRole;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.api.Test;

/**
 * Accepting a plan proposal: its visits become occurrences with windows splitting the period, the
 * acceptance keeps its inputs, who and when, accepting again makes nothing twice, other inputs for the
 * same subtree and period are refused, a changed proposal is refused against its fingerprint, and only
 * the subtree's command center accepts.
 */
class ProposalAcceptanceTest {

    private final PatrolWorld world = new PatrolWorld(
            new PatrolWorld.Stores(
                    new InMemoryCaseStore(),
                    new InMemoryCaseStore(),
                    new InMemoryPatrolStore(),
                    new InMemoryMediaStore()),
            3);
    private final Patrols patrols = world.patrols();

    private static PlanRequest quarter(int visits) {
        return PlanRequest.of(
                JINQIAO_STREET, PatrolFrequency.QUARTERLY, LocalDate.of(2026, 11, 10), Map.of(JINQIAO_MICRO_1, visits));
    }

    private AcceptanceResult accept(PlanRequest request, Optional<String> fingerprint) {
        return patrols.accept(jinqiaoCommandCenter(), request, Optional.empty(), GridRole.SAFETY_OFFICER, fingerprint);
    }

    @Test
    void anAcceptedProposalBecomesOccurrencesOnce() {
        PlanProposal proposed = patrols.propose(jinqiaoCommandCenter(), quarter(7));
        AcceptanceResult first = accept(quarter(7), Optional.of(proposed.fingerprint()));
        assertThat(first.created()).hasSize(7);
        assertThat(first.first()).isTrue();
        assertThat(first.existing()).isEmpty();
        assertThat(first.acceptance().id()).isEqualTo(JINQIAO_STREET.value() + "-2026-Q4");
        assertThat(first.acceptance().acceptedBy())
                .isEqualTo(jinqiaoCommandCenter().id());
        assertThat(first.acceptance().fingerprint()).isEqualTo(proposed.fingerprint());
        assertThat(first.acceptance().occurrences()).containsExactlyElementsOf(first.created());
        assertThat(first.acceptance().request().capacity()).isEqualTo(Map.of(JINQIAO_MICRO_1, 7));

        // three visits to the first shop split the quarter into three windows of whole days
        List<PatrolOccurrence> occurrences = first.created().stream()
                .map(id -> patrols.get(jinqiaoCommandCenter(), id))
                .toList();
        List<PatrolOccurrence> firstShop = occurrences.stream()
                .filter(o -> o.scheduled()
                        .entity()
                        .equals(occurrences.get(0).scheduled().entity()))
                .toList();
        assertThat(firstShop).hasSize(3);
        assertThat(firstShop)
                .extracting(o -> o.scheduled().period().key())
                .containsExactly("2026-Q4.1", "2026-Q4.2", "2026-Q4.3");
        assertThat(firstShop.get(0).scheduled().period().start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(firstShop.get(2).scheduled().period().end()).isEqualTo(LocalDate.of(2027, 1, 1));
        for (int i = 1; i < firstShop.size(); i++) {
            assertThat(firstShop.get(i).scheduled().period().start())
                    .isEqualTo(firstShop.get(i - 1).scheduled().period().end());
        }
        assertThat(occurrences).allSatisfy(o -> {
            assertThat(o.state()).isEqualTo(OccurrenceState.SCHEDULED);
            assertThat(o.scheduled().plan()).isEqualTo(first.acceptance().planId());
            assertThat(o.scheduled().checklist()).isEqualTo(org.gridsafe.testkit.PatrolSamples.TEN_POINT);
        });

        AcceptanceResult again = accept(quarter(7), Optional.empty());
        assertThat(again.created()).isEmpty();
        assertThat(again.first()).isFalse();
        assertThat(again.existing()).containsExactlyElementsOf(first.created());
        assertThat(again.acceptance()).isEqualTo(first.acceptance());
        assertThat(patrols.acceptance(jinqiaoCommandCenter(), first.acceptance().id()))
                .isEqualTo(first.acceptance());
    }

    @Test
    void otherInputsForTheSamePeriodAreRefusedAndNothingIsWritten() {
        accept(quarter(7), Optional.empty());
        int before = patrols.list(jinqiaoCommandCenter(), PatrolQuery.all()).size();
        assertThatThrownBy(() -> accept(quarter(9), Optional.empty()))
                .isInstanceOf(OccurrenceAlreadyExistsException.class)
                .hasMessageContaining("other inputs");
        assertThat(patrols.list(jinqiaoCommandCenter(), PatrolQuery.all())).hasSize(before);
    }

    @Test
    void aProposalThatChangedSinceItWasProposedIsRefused() {
        PlanProposal proposed = patrols.propose(jinqiaoCommandCenter(), quarter(7));
        int before = patrols.list(jinqiaoCommandCenter(), PatrolQuery.all()).size();
        assertThatThrownBy(() -> accept(quarter(9), Optional.of(proposed.fingerprint())))
                .isInstanceOf(PatrolVersionConflictException.class)
                .hasMessageContaining("propose again");
        assertThat(patrols.list(jinqiaoCommandCenter(), PatrolQuery.all())).hasSize(before);
    }

    @Test
    void onlyTheSubtreesCommandCenterAccepts() {
        assertThatThrownBy(() -> patrols.accept(
                        shihuCommandCenter(), quarter(7), Optional.empty(), GridRole.SAFETY_OFFICER, Optional.empty()))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThatThrownBy(() -> patrols.accept(
                        jinqiaoGridManager(), quarter(7), Optional.empty(), GridRole.SAFETY_OFFICER, Optional.empty()))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThatThrownBy(() -> patrols.accept(
                        org.gridsafe.access.Actor.SYSTEM,
                        quarter(7),
                        Optional.empty(),
                        GridRole.SAFETY_OFFICER,
                        Optional.empty()))
                .isInstanceOf(PatrolAccessDeniedException.class);
    }

    @Test
    void visitWindowsCoverThePeriodWithoutGaps() {
        PatrolPeriod week = PatrolFrequency.WEEKLY.periodOf(LocalDate.of(2026, 11, 10));
        for (int n = 1; n <= 12; n++) {
            PatrolPeriod previous = null;
            for (int k = 0; k < n; k++) {
                PatrolPeriod w = week.visit(k, n);
                assertThat(w.start()).isBetween(week.start(), week.end().minusDays(1));
                assertThat(w.end()).isAfter(w.start()).isBeforeOrEqualTo(week.end());
                if (previous != null) {
                    assertThat(w.start()).isAfterOrEqualTo(previous.start());
                }
                previous = w;
            }
            assertThat(previous.end()).isEqualTo(week.end());
        }
    }
}
