package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.stats.CaseScope;
import org.junit.jupiter.api.Test;

/** Reads, listings, statistics scopes and the escalation run go through the access policy in core. */
class CaseworkReadsTest {

    private final CaseworkFixture fixture = new CaseworkFixture();
    private final Casework casework = fixture.casework;

    /** Two cases in 金桥 (one dispatched to the fire brigade), two in 石湖. */
    private List<Case> seed() {
        List<Case> cases = new ArrayList<>();
        cases.add(fixture.reported(HazardGrade.GENERAL));
        cases.add(fixture.dispatched(HazardGrade.GENERAL));
        for (int i = 0; i < 2; i++) {
            cases.add(casework.report(
                    shihuGridManager(),
                    fixture.fireHazard(HazardGrade.GENERAL).grid(SHIHU_MICRO_1).build()));
        }
        return cases;
    }

    private List<CaseId> listAll(Actor actor, CaseQuery query) {
        List<CaseId> ids = new ArrayList<>();
        CaseQuery next = query;
        for (int pages = 0; pages < 100; pages++) {
            CasePage page = casework.list(actor, next);
            page.cases().forEach(c -> ids.add(c.id()));
            if (page.next().isEmpty()) {
                return ids;
            }
            next = next.after(page.next().get());
        }
        throw new AssertionError("the listing does not end");
    }

    @Test
    void aListingHoldsOnlyTheCasesTheActorMayRead() {
        List<Case> cases = seed();
        List<CaseId> jinqiao = List.of(cases.get(0).id(), cases.get(1).id());
        List<CaseId> shihu = List.of(cases.get(2).id(), cases.get(3).id());

        assertThat(listAll(jinqiaoGridManager(), CaseQuery.all())).containsExactlyInAnyOrderElementsOf(jinqiao);
        assertThat(listAll(shihuCommandCenter(), CaseQuery.all().limit(1))).containsExactlyInAnyOrderElementsOf(shihu);
        assertThat(listAll(fireOfficer(), CaseQuery.all()))
                .containsExactly(cases.get(1).id());
        assertThat(listAll(districtCommandCenter(), CaseQuery.all().limit(3))).hasSize(4);
        assertThat(listAll(citizen(), CaseQuery.all())).isEmpty();
        assertThat(listAll(Actor.SYSTEM, CaseQuery.all())).hasSize(4);
        assertThat(listAll(jinqiaoGridManager(), CaseQuery.all().withinGrid(SHIHU_STREET)))
                .as("asking outside one's home finds nothing rather than someone else's cases")
                .isEmpty();
    }

    @Test
    void aFullPageEndsWhereTheLastReadableCaseIsAndSaysWhetherMoreFollow() {
        List<Case> cases = seed();
        CasePage first = casework.list(districtCommandCenter(), CaseQuery.all().limit(2));
        assertThat(first.cases()).hasSize(2);
        assertThat(first.next()).contains(first.cases().get(1).id());
        CasePage exact = casework.list(districtCommandCenter(), CaseQuery.all().limit(cases.size()));
        assertThat(exact.cases()).hasSize(cases.size());
        assertThat(exact.next()).isEmpty();
    }

    @Test
    void notOverdueIsTheComplementOfOverdue() {
        seed();
        fixture.clock.set(CaseworkFixture.MONDAY_0900.plusHours(3));
        var now = fixture.clock.instant();
        List<CaseId> overdue = listAll(districtCommandCenter(), CaseQuery.all().dueBefore(now));
        List<CaseId> inTime = listAll(districtCommandCenter(), CaseQuery.all().notDueBefore(now));
        assertThat(overdue).isNotEmpty().doesNotContainAnyElementsOf(inTime);
        assertThat(overdue.size() + inTime.size()).isEqualTo(4);
    }

    @Test
    void theDistrictWideEscalationRunIsForADistrictCommandCenterAndTheSystem() {
        seed();
        fixture.clock.set(CaseworkFixture.MONDAY_0900.plusDays(3));
        var now = fixture.clock.instant();
        for (Actor refused : List.of(jinqiaoCommandCenter(), jinqiaoGridManager(), fireOfficer(), citizen())) {
            assertThatThrownBy(() -> casework.escalateOverdue(refused, now))
                    .isInstanceOf(AccessDeniedException.class)
                    .extracting(e -> ((AccessDeniedException) e).rule())
                    .isEqualTo("escalation-run-district-or-system");
        }
        assertThat(casework.escalateOverdue(districtCommandCenter(), now)).isPositive();
        assertThat(casework.escalateOverdue(Actor.SYSTEM, now))
                .as("nothing more is due")
                .isZero();
    }

    @Test
    void aStatisticsScopeIsCheckedAndNarrowedToTheActorsReach() {
        Statistics statistics = fixture.gridSafe.statistics();

        assertThat(statistics.scopeFor(jinqiaoCommandCenter(), CaseScope.all()))
                .isEqualTo(CaseScope.all().withinGrid(JINQIAO_STREET));
        assertThat(statistics.scopeFor(jinqiaoCommandCenter(), CaseScope.all().withinGrid(JINQIAO_MICRO_1)))
                .isEqualTo(CaseScope.all().withinGrid(JINQIAO_MICRO_1));
        assertThat(statistics.scopeFor(fireOfficer(), CaseScope.all().withinGrid(SHIHU_STREET)))
                .isEqualTo(CaseScope.all().withinGrid(SHIHU_STREET).department(FIRE_BRIGADE));
        assertThatThrownBy(() -> statistics.scopeFor(
                        jinqiaoCommandCenter(), CaseScope.all().withinGrid(SHIHU_STREET)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("outside your home grid");
        assertThatThrownBy(
                        () -> statistics.scopeFor(fireOfficer(), CaseScope.all().department(EMERGENCY)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not your department");
        assertThatThrownBy(() -> statistics.checkAccess(jinqiaoGridManager(), ScopeFacts.everything()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHostsOwnPolicyDecidesReadsAndListings() {
        AccessPolicy onlyOwnReports = (actor, action, facts) ->
                action == Action.READ && facts.reporterId().equals(Optional.of(actor.id()))
                        ? new org.gridsafe.access.AccessDecision(true, "own-reports", "own")
                        : new org.gridsafe.access.AccessDecision(false, "own-reports", actor + " may not " + action);
        Casework strict = GridSafe.builder()
                .directory(directory())
                .clock(fixture.clock)
                .accessPolicy((actor, action, facts) -> action == Action.READ
                        ? onlyOwnReports.decide(actor, action, facts)
                        : AccessPolicy.standard().decide(actor, action, facts))
                .build()
                .casework();
        Case mine = strict.report(
                jinqiaoGridManager(), fixture.fireHazard(HazardGrade.GENERAL).build());
        strict.report(
                shihuGridManager(),
                fixture.fireHazard(HazardGrade.GENERAL).grid(SHIHU_MICRO_1).build());

        assertThat(strict.list(jinqiaoGridManager(), CaseQuery.all()).cases())
                .extracting(Case::id)
                .containsExactly(mine.id());
        assertThat(strict.list(districtCommandCenter(), CaseQuery.all()).cases())
                .isEmpty();
        assertThatThrownBy(() -> strict.get(districtCommandCenter(), mine.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
