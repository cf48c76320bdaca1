package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.GridSafe;
import org.gridsafe.Patrols;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** Patrols end to end on the in-memory stores: plan, run, check-in, answers, findings as cases, missed and skipped. */
class PatrolsTest {

    private static final Actor CENTER = jinqiaoCommandCenter();

    private final MutableClock clock = MutableClock.of(november10(), ZONE);
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final InMemoryPatrolStore store = new InMemoryPatrolStore();
    private final GridSafe gridSafe =
            GridSafe.builder().directory(directory()).clock(clock).build();
    private final Patrols patrols = Patrols.builder()
            .store(store)
            .entities(registry)
            .directory(gridSafe.directory())
            .casework(gridSafe.casework())
            .clock(clock)
            .build();
    private OccurrenceId shop;

    @BeforeEach
    void setUp() {
        SupervisedEntities entities = service(registry, clock);
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PL-1"), shop("银桥小商店", POINT_IN_JINQIAO_MICRO_1, Optional.empty()), "首次登记"));
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PL-2"), shop("金桥二号小吃", new GeoPoint(120.07, 31.02), Optional.empty()), "首次登记"));
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PU-1"), unit("金桥纺织", code(1), POINT_IN_JINQIAO_MICRO_1), "首次登记"));
        patrols.savePlan(CENTER, PatrolPlanPresets.nineSmallMonthly(PLAN, JINQIAO_STREET, TEN_POINT), 0);
        ScheduleResult run = patrols.schedule(CENTER, PLAN, LocalDate.of(2026, 11, 10));
        assertThat(run.created()).hasSize(2);
        shop = OccurrenceId.of("NINE-SMALL-M:2026-11:PL-1");
        assertThat(run.created()).contains(shop);
    }

    private PatrolCommand.RecordCheckIn gps(double longitude, double latitude) {
        return new PatrolCommand.RecordCheckIn(
                shop,
                OptionalLong.empty(),
                clock.instant(),
                CheckInMethod.GPS,
                Optional.of(new GeoPoint(longitude, latitude)),
                Optional.of(10.0),
                Optional.empty(),
                Optional.empty());
    }

    private static FindingReport blocked(Optional<String> fixed) {
        return new FindingReport("T07", SafetyDomain.FIRE, PROTECTION_DEFECT, HazardGrade.GENERAL, fixed);
    }

    @Test
    void aRunSchedulesOneOccurrencePerEntityAndPeriodAssignedToTheGridsSafetyOfficerAndIsIdempotent() {
        PatrolOccurrence o = patrols.get(PATROLLER, shop);
        assertThat(o.assignee()).isEqualTo("so-m111");
        assertThat(o.state()).isEqualTo(OccurrenceState.SCHEDULED);
        assertThat(o.scheduled().windowStart())
                .isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(ZONE).toInstant());
        assertThat(o.scheduled().windowEnd())
                .isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant());
        assertThat(patrols.get(CENTER, OccurrenceId.of("NINE-SMALL-M:2026-11:PL-2"))
                        .assignee())
                .isEqualTo("so-m112");
        ScheduleResult again = patrols.schedule(CENTER, PLAN, LocalDate.of(2026, 11, 30));
        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).hasSize(2);
        assertThat(store.search(PatrolQuery.all())).hasSize(2);
        assertThat(patrols.list(PATROLLER, PatrolQuery.all()))
                .extracting(PatrolOccurrence::id)
                .containsExactly(shop);
    }

    @Test
    void aCheckInFarFromThePremisesIsFlaggedNotRefused() {
        PatrolOccurrence near = patrols.checkIn(PATROLLER, gps(120.0201, 31.0201));
        assertThat(near.checkIn().orElseThrow().flags()).isEmpty();
        assertThat(near.checkIn().get().distanceMeters().orElseThrow()).isLessThan(20);
        PatrolOccurrence far = patrols.checkIn(PATROLLER, gps(120.04, 31.02));
        assertThat(far.state()).isEqualTo(OccurrenceState.CHECKED_IN);
        assertThat(far.checkIn().orElseThrow().flags()).containsExactly(CheckInFlag.FAR_FROM_PREMISES);
        assertThat(far.checkIn().get().distanceMeters().orElseThrow()).isBetween(1800.0, 2000.0);
        PatrolOccurrence qr = patrols.checkIn(
                PATROLLER,
                new PatrolCommand.RecordCheckIn(
                        shop,
                        OptionalLong.empty(),
                        clock.instant(),
                        CheckInMethod.QR_AT_PREMISES,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("PL-9"),
                        Optional.empty()));
        assertThat(qr.checkIn().orElseThrow().flags())
                .containsExactlyInAnyOrder(CheckInFlag.NO_POSITION, CheckInFlag.QR_MISMATCH);
    }

    @Test
    void onlyTheAssignedStaffMemberPatrolsAndNobodyIssuesAnEnforcementDocumentOnAPatrol() {
        assertThatThrownBy(() -> patrols.checkIn(OTHER_STAFF, gps(120.02, 31.02)))
                .isInstanceOf(PatrolAccessDeniedException.class)
                .hasMessageContaining("assigned to so-m111");
        assertThatThrownBy(() -> patrols.checkIn(CENTER, gps(120.02, 31.02)))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThatThrownBy(() -> patrols.get(shihuGridManager(), shop)).isInstanceOf(PatrolAccessDeniedException.class);
        PatrolOccurrence o = patrols.get(PATROLLER, shop);
        for (Actor a : List.of(PATROLLER, CENTER, Actor.SYSTEM, fireOfficer())) {
            assertThat(AccessPolicy.standard()
                            .decide(a, Action.ISSUE_ENFORCEMENT_DOCUMENT, o.facts())
                            .rule())
                    .isIn("patrol-issues-no-enforcement-documents");
        }
        assertThat(store.history(shop)).hasSize(1);
    }

    @Test
    void submittingBeforeCheckingInOrWithAnItemNotInTheTemplateIsRefusedAndWritesNothing() {
        PatrolCommand.Submit submit =
                new PatrolCommand.Submit(shop, OptionalLong.empty(), answers(), List.of(), List.of());
        assertThatThrownBy(() -> patrols.submit(PATROLLER, submit))
                .isInstanceOf(WrongPatrolStateException.class)
                .hasMessageContaining("check in first");
        patrols.checkIn(PATROLLER, gps(120.02, 31.02));
        List<ChecklistAnswer> bad = new ArrayList<>(answers("T07"));
        bad.add(ChecklistAnswer.of("X99", org.gridsafe.checklist.Verdict.PASS));
        assertThatThrownBy(() -> patrols.submit(
                        PATROLLER,
                        new PatrolCommand.Submit(
                                shop,
                                OptionalLong.empty(),
                                bad,
                                List.of(),
                                List.of(new FindingReport(
                                        "T07",
                                        SafetyDomain.FIRE,
                                        HazardCode.parse("2999"),
                                        HazardGrade.GENERAL,
                                        Optional.empty())))))
                .isInstanceOf(InvalidPatrolException.class)
                .satisfies(e -> assertThat(((InvalidPatrolException) e).problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("answers[10].item", "findings[0].hazard"))
                .hasMessageContaining("X99 is not an item of checklist NINE_SMALL_FIRE_TEN_POINT@1");
        assertThatThrownBy(() -> patrols.submit(
                        PATROLLER,
                        new PatrolCommand.Submit(shop, OptionalLong.empty(), answers("T07"), List.of(), List.of())))
                .hasMessageContaining("findings: failed item T07 has no finding report");
        assertThat(patrols.get(PATROLLER, shop).state()).isEqualTo(OccurrenceState.CHECKED_IN);
        assertThat(store.history(shop)).hasSize(2);
        assertThat(gridSafe.caseQueries()
                        .find(org.gridsafe.port.CaseQuery.all())
                        .cases())
                .isEmpty();
    }

    @Test
    void aFailedItemBecomesAGridPatrolCaseLinkedToTheOccurrenceAndItem() {
        patrols.checkIn(PATROLLER, gps(120.02, 31.02));
        List<ChecklistAnswer> sheet = new ArrayList<>(answers("T07", "T10"));
        org.gridsafe.media.MediaReference photo = gridSafe.mediaStore().put(org.gridsafe.testkit.MediaSamples.jpeg(7));
        sheet.set(6, sheet.get(6).with(List.of(photo), "后门通道堆放纸箱"));
        PatrolOccurrence done = patrols.submit(
                PATROLLER,
                new PatrolCommand.Submit(
                        shop,
                        OptionalLong.of(2),
                        sheet,
                        List.of(new Advice(AdviceKind.RECTIFICATION_PROMPT, "张贴整改提示，三日内清理")),
                        List.of(
                                blocked(Optional.empty()),
                                new FindingReport(
                                        "T10",
                                        SafetyDomain.FIRE,
                                        PROTECTION_DEFECT,
                                        HazardGrade.GENERAL,
                                        Optional.of("当场拔除私拉电线")))));
        assertThat(done.state()).isEqualTo(OccurrenceState.DONE);
        assertThat(done.findings()).allSatisfy(f -> assertThat(f.pending()).isFalse());
        Case blockedCase =
                gridSafe.casework().get(CENTER, done.findings().get(0).caseId().orElseThrow());
        assertThat(blockedCase.source()).isEqualTo(CaseSource.GRID_PATROL);
        assertThat(blockedCase.state()).isEqualTo(CaseState.REPORTED);
        assertThat(blockedCase.description())
                .contains("后门通道堆放纸箱")
                .contains("网格巡查 NINE-SMALL-M:2026-11:PL-1")
                .contains("检查项 T07");
        assertThat(blockedCase.attachments()).isEmpty();
        assertThat(gridSafe.casework().media(CENTER, blockedCase.id()))
                .extracting(org.gridsafe.CaseMedia::reference)
                .containsExactly(photo);
        assertThat(blockedCase.origin())
                .contains(new org.gridsafe.casework.CaseOrigin("NINE-SMALL-M:2026-11:PL-1", "T07"));
        assertThat(gridSafe.casework().casesFromOccurrence(CENTER, shop.value()))
                .extracting(Case::id)
                .containsExactlyInAnyOrder(
                        done.findings().get(0).caseId().orElseThrow(),
                        done.findings().get(1).caseId().orElseThrow());
        Case fixed =
                gridSafe.casework().get(CENTER, done.findings().get(1).caseId().orElseThrow());
        assertThat(fixed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(done.advice()).hasSize(1);
        assertThat(patrols.reportPendingFindings(PATROLLER, shop)).isEqualTo(done);
    }

    @Test
    void aRunAfterTheWindowRecordsTheMissedOnesAndASkipNeedsAReason() {
        assertThatThrownBy(() -> patrols.skip(PATROLLER, new PatrolCommand.Skip(shop, OptionalLong.empty(), " ")))
                .hasMessageContaining("reason: is required");
        PatrolOccurrence skipped =
                patrols.skip(PATROLLER, new PatrolCommand.Skip(shop, OptionalLong.empty(), "店铺已停业装修"));
        assertThat(skipped.skipReason()).contains("店铺已停业装修");
        assertThat(patrols.markMissed(Actor.SYSTEM, november10())).isZero();
        java.time.Instant december =
                LocalDate.of(2026, 12, 1).atTime(0, 1).atZone(ZONE).toInstant();
        assertThat(patrols.markMissed(Actor.SYSTEM, december)).isEqualTo(1);
        assertThat(patrols.markMissed(Actor.SYSTEM, december)).isZero();
        PatrolOccurrence missed = patrols.get(CENTER, OccurrenceId.of("NINE-SMALL-M:2026-11:PL-2"));
        assertThat(missed.state()).isEqualTo(OccurrenceState.MISSED);
        assertThat(patrols.history(CENTER, missed.id()).get(1).event()).isInstanceOf(PatrolEvent.Missed.class);
        assertThat(patrols.get(CENTER, shop).state()).isEqualTo(OccurrenceState.SKIPPED);
    }

    @Test
    void aPlanNamesAKnownChecklistAndGridAndIsSavedByVersion() {
        assertThatThrownBy(() -> patrols.savePlan(
                        CENTER,
                        PatrolPlanPresets.enterprisesQuarterly(
                                PatrolPlanId.of("Q"),
                                JINQIAO_STREET,
                                new org.gridsafe.checklist.ChecklistRef("NOPE", 1)),
                        0))
                .isInstanceOf(InvalidPatrolException.class)
                .hasMessageContaining("checklist: no checklist NOPE@1");
        assertThatThrownBy(() -> patrols.savePlan(
                        CENTER, PatrolPlanPresets.nineSmallMonthly(PLAN, JINQIAO_STREET, TEN_POINT), 0))
                .isInstanceOf(PatrolVersionConflictException.class);
        assertThatThrownBy(() -> patrols.savePlan(
                        shihuCommandCenter(),
                        PatrolPlanPresets.nineSmallMonthly(PatrolPlanId.of("X"), JINQIAO_STREET, TEN_POINT),
                        0))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThatThrownBy(() -> patrols.savePlan(
                        PATROLLER,
                        PatrolPlanPresets.nineSmallMonthly(PatrolPlanId.of("X"), JINQIAO_MICRO_1, TEN_POINT),
                        0))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThat(patrols.plans(PATROLLER)).hasSize(1);
        assertThat(patrols.plan(CENTER, PLAN).plan().basis()).startsWith("project's own");
    }
}
