package org.gridsafe.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.gridsafe.testkit.SelfCheckSamples.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridsafe.SelfInspections;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.InMemorySelfCheckStore;
import org.gridsafe.testkit.SelfCheckWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans, runs, the ledger and its cases, retries, returns and obligations, over the in-memory stores. */
class SelfInspectionsTest {

    private SelfCheckWorld world;
    private SelfInspections self;
    private final Actor unit = enterpriseOf(UNIT);
    private final Actor other = enterpriseOf(SelfCheckWorld.OTHER_UNIT);

    @BeforeEach
    void world() {
        InMemoryCaseStore cases = new InMemoryCaseStore();
        world = new SelfCheckWorld(
                new SelfCheckWorld.Stores(cases, cases, new InMemorySelfCheckStore(), new InMemoryMediaStore()));
        self = world.selfInspections();
    }

    private static List<String> fields(InvalidSelfCheckException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void anEnterprisePlansForItselfOnly() {
        SelfCheckPlanRecord saved = self.savePlan(unit, monthly(PLAN, UNIT), 0);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(self.plans(unit, UNIT)).containsExactly(saved);
        assertThatThrownBy(() -> self.savePlan(other, monthly(SelfCheckPlanId.of("X"), UNIT), 0))
                .isInstanceOf(SelfCheckAccessDeniedException.class)
                .hasMessageContaining("not their enterprise");
        assertThatThrownBy(() -> self.savePlan(jinqiaoCommandCenter(), monthly(SelfCheckPlanId.of("Y"), UNIT), 0))
                .isInstanceOf(SelfCheckAccessDeniedException.class);
        assertThatThrownBy(() -> self.savePlan(unit, monthly(PLAN, UNIT), 0))
                .isInstanceOf(SelfCheckVersionConflictException.class);
        assertThat(self.plan(jinqiaoCommandCenter(), PLAN)).isEqualTo(saved);
        assertThatThrownBy(() -> self.plan(shihuCommandCenter(), PLAN))
                .isInstanceOf(SelfCheckAccessDeniedException.class);
    }

    @Test
    void aPlanNamesEachBadField() {
        SelfCheckPlan noCycle =
                new SelfCheckPlan(PLAN, UNIT, SelfCheckKind.PERIODIC, Optional.empty(), TWO_PART, "定期自查");
        assertThatThrownBy(() -> self.savePlan(unit, noCycle, 0))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("cycleDays"));
        SelfCheckPlan cycleOnDaily = new SelfCheckPlan(
                PLAN, UNIT, SelfCheckKind.DAILY, Optional.of(7), new ChecklistRef("NO_SUCH", 1), "日常");
        assertThatThrownBy(() -> self.savePlan(unit, cycleOnDaily, 0))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("cycleDays"));
        SelfCheckPlan unknownChecklist = new SelfCheckPlan(
                PLAN, UNIT, SelfCheckKind.DAILY, Optional.empty(), new ChecklistRef("NO_SUCH", 1), "日常");
        assertThatThrownBy(() -> self.savePlan(unit, unknownChecklist, 0))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("checklist"));
        SelfCheckPlan shopTemplate = new SelfCheckPlan(
                PLAN,
                UNIT,
                SelfCheckKind.SPECIAL,
                Optional.empty(),
                new ChecklistRef("NINE_SMALL_FIRE_TEN_POINT", 1),
                "专项");
        assertThatThrownBy(() -> self.savePlan(unit, shopTemplate, 0))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("has no item for PRODUCTION_UNIT"));
        assertThat(self.plans(unit, UNIT)).isEmpty();
    }

    @Test
    void failedItemsBecomeSelfReportedCasesLinkedBothWays() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0);
        SelfCheckRun run =
                self.submit(unit, SelfCheckRunId.of("R-1"), PLAN, answers("M01", "S02"), goodReports("M01", "S02"));
        assertThat(run.state()).isEqualTo(RunState.REPORTED);
        List<Case> cases = world.allCases();
        assertThat(cases).hasSize(2);
        for (Case c : cases) {
            assertThat(c.source()).isEqualTo(CaseSource.ENTERPRISE_SELF_REPORT);
            assertThat(c.grid()).isEqualTo(JINQIAO_MICRO_1);
            assertThat(c.enterpriseId()).contains(UNIT.value());
            assertThat(c.entity().orElseThrow().id()).isEqualTo(UNIT);
            assertThat(c.description()).contains("二号车间东侧配电箱").contains("整改措施").contains("R-1");
        }
        List<LedgerEntry> ledger = self.ledger(jinqiaoGridManager(), UNIT);
        assertThat(ledger).extracting(LedgerEntry::item).containsExactly("M01", "S02");
        for (LedgerEntry e : ledger) {
            Case c = cases.stream()
                    .filter(x -> x.id().equals(e.caseId().orElseThrow()))
                    .findFirst()
                    .orElseThrow();
            assertThat(c.origin()).contains(new CaseOrigin(SelfInspections.originOf(run.id()), e.item()));
        }
        // The enterprise follows its cases through the one loop.
        assertThat(world.gridSafe().casework().get(unit, cases.get(0).id())).isNotNull();
    }

    @Test
    void aRetriedSubmissionDoesNotDoubleTheCasesAndAReusedIdIsRefused() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0);
        SelfCheckRunId id = SelfCheckRunId.of("R-2");
        SelfCheckRun first = self.submit(unit, id, PLAN, answers("M03"), goodReports("M03"));
        SelfCheckRun again = self.submit(unit, id, PLAN, answers("M03"), goodReports("M03"));
        assertThat(again).isEqualTo(first);
        assertThat(world.allCases()).hasSize(1);
        assertThatThrownBy(() -> self.submit(unit, id, PLAN, answers("M04"), goodReports("M04")))
                .isInstanceOf(RunAlreadyExistsException.class);
        assertThat(world.allCases()).hasSize(1);
        assertThatThrownBy(() -> self.submit(other, id, PLAN, answers("M03"), goodReports("M03")))
                .isInstanceOf(SelfCheckAccessDeniedException.class);
    }

    @Test
    void aPoorReportIsRefusedNamingTheFieldAndNothingIsWritten() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0);
        String itemText = rulesText("M01");
        SelfReport copied = new SelfReport(
                "M01",
                "办公室",
                itemText,
                "无",
                goodReport("M01").domain(),
                PROTECTION_DEFECT,
                goodReport("M01").grade(),
                List.of());
        assertThatThrownBy(() -> self.submit(unit, SelfCheckRunId.of("R-3"), PLAN, answers("M01"), List.of(copied)))
                .isInstanceOfSatisfying(InvalidSelfCheckException.class, e -> {
                    assertThat(fields(e)).containsExactly("reports[0].measure", "reports[0].description");
                    assertThat(e.problems().get(1).message()).contains("is the text of checklist item M01");
                });
        assertThat(self.runs(unit, UNIT)).isEmpty();
        assertThat(world.allCases()).isEmpty();
    }

    @Test
    void answersAreCheckedAgainstTheTemplateAndEveryFailedItemNeedsItsReport() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0);
        List<ChecklistAnswer> answers = new java.util.ArrayList<>(answers("M01", "M02"));
        answers.add(ChecklistAnswer.of("T99", Verdict.PASS));
        assertThatThrownBy(() -> self.submit(unit, SelfCheckRunId.of("R-4"), PLAN, answers, goodReports("M01", "S01")))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("answers[15].item", "reports[1].item", "reports"));
        assertThat(world.allCases()).isEmpty();
    }

    @Test
    void theGridReadsButDoesNotRunAnEnterprisesSelfInspection() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0);
        SelfCheckRunId id = SelfCheckRunId.of("R-5");
        assertThatThrownBy(() -> self.submit(jinqiaoGridManager(), id, PLAN, answers(), List.of()))
                .isInstanceOf(SelfCheckAccessDeniedException.class);
        self.submit(unit, id, PLAN, answers(), List.of());
        assertThat(self.run(jinqiaoCommandCenter(), id).state()).isEqualTo(RunState.REPORTED);
        assertThat(self.history(jinqiaoGridManager(), id)).hasSize(1);
        assertThatThrownBy(() -> self.run(shihuGridManager(), id)).isInstanceOf(SelfCheckAccessDeniedException.class);
        assertThatThrownBy(() -> self.run(other, id)).isInstanceOf(SelfCheckAccessDeniedException.class);
        assertThatThrownBy(() -> self.run(citizen(), id)).isInstanceOf(SelfCheckAccessDeniedException.class);
    }

    @Test
    void returnsAreOwedForEndedPeriodsAndOverdueOnesAreFlagged() {
        self.savePlan(unit, monthly(PLAN, UNIT), 0); // 2026-05-10: owed from 2026-Q2
        world.clock().add(Duration.ofDays(184)); // 2026-11-10
        List<ReturnObligation> owed = self.obligations(unit, UNIT);
        assertThat(owed).extracting(o -> o.period().toString()).containsExactly("2026-Q2", "2026-Q3");
        assertThat(owed).allMatch(ReturnObligation::overdue);
        assertThat(owed.get(1).due()).isEqualTo(LocalDate.of(2026, 10, 15));

        StatisticsReturn q3 = self.fileReturn(unit, UNIT, ReturnPeriod.quarter(2026, 3), 2, 1, 0, "王主要");
        assertThat(q3.late()).isTrue();
        assertThat(self.fileReturn(unit, UNIT, ReturnPeriod.quarter(2026, 3), 2, 1, 0, "王主要"))
                .isEqualTo(q3);
        assertThatThrownBy(() -> self.fileReturn(unit, UNIT, ReturnPeriod.quarter(2026, 3), 3, 1, 0, "王主要"))
                .isInstanceOf(ReturnAlreadyFiledException.class);
        List<ReturnObligation> overdue = self.obligations(jinqiaoCommandCenter(), true);
        assertThat(overdue)
                .extracting(o -> o.entity().value() + " " + o.period())
                .containsExactly("PU-1 2026-Q2");
        assertThat(self.obligations(shihuCommandCenter(), true)).isEmpty();
        assertThat(self.obligations(unit, UNIT).get(1).status()).isEqualTo(org.gridsafe.duty.ReturnStatus.FILED_LATE);

        assertThatThrownBy(() -> self.fileReturn(unit, UNIT, ReturnPeriod.quarter(2026, 4), 0, 0, 0, "王主要"))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("period"));
        assertThatThrownBy(() -> self.fileReturn(unit, UNIT, ReturnPeriod.quarter(2026, 2), 1, 2, 0, "周安全"))
                .isInstanceOfSatisfying(
                        InvalidSelfCheckException.class,
                        e -> assertThat(fields(e)).containsExactly("hazardsRectified", "principal"));
        assertThatThrownBy(() -> self.fileReturn(other, UNIT, ReturnPeriod.quarter(2026, 2), 0, 0, 0, "王主要"))
                .isInstanceOf(SelfCheckAccessDeniedException.class);
        assertThatThrownBy(() ->
                        self.fileReturn(jinqiaoCommandCenter(), UNIT, ReturnPeriod.quarter(2026, 2), 0, 0, 0, "王主要"))
                .isInstanceOf(SelfCheckAccessDeniedException.class);

        world.clock().add(Duration.ofDays(60)); // 2027-01-09: the year 2026 and its Q4 are owed, not yet due
        List<ReturnObligation> later = self.obligations(unit, UNIT);
        assertThat(later)
                .extracting(o -> o.period() + " " + o.status())
                .containsExactly("2026-Q2 OVERDUE", "2026-Q3 FILED_LATE", "2026-Q4 DUE", "2026 DUE");
    }

    private String rulesText(String item) {
        return self.rules()
                .checklists()
                .require(TWO_PART)
                .item(item)
                .orElseThrow()
                .text();
    }
}
