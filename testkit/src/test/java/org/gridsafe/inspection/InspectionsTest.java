package org.gridsafe.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.InspectionWorld.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.Inspections;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryInspectionStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.InspectionWorld;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;

/** Inspections end to end on the in-memory store: the rules of the officers, the checklist, findings and documents. */
class InspectionsTest {

    private final InspectionWorld world = new InspectionWorld(new InMemoryInspectionStore(), 2);
    private final Inspections s = world.inspections();

    private InspectionRequest withInspectors(String id, List<Inspector> inspectors) {
        InspectionRequest r = planned(id, "E-1");
        return new InspectionRequest(
                r.id(), r.entity(), r.origin(), r.basis(), r.day(), inspectors, r.checklist(), false, Optional.empty());
    }

    private void refusedAndNothingWritten(InspectionRequest r, String field, String message) {
        assertThatThrownBy(() -> s.open(OFFICER_1, r))
                .isInstanceOfSatisfying(
                        InvalidInspectionException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.message()).contains(message);
                        }));
        assertThat(world.store().find(r.id())).isEmpty();
        assertThat(world.store().countedInspections(EntityId.of("E-1"), 2026)).isZero();
    }

    @Test
    void anInspectionByOneOfficerIsRefused() {
        refusedAndNothingWritten(
                withInspectors("I-1", List.of(new Inspector("em-01", "ZF-001"))), "inspectors", "at least 2 officers");
    }

    @Test
    void anOfficerWithoutAValidCredentialIsRefusedFieldByField() {
        refusedAndNothingWritten(
                withInspectors("I-1", List.of(new Inspector("em-01", "ZF-001"), new Inspector("em-09", "ZF-009"))),
                "inspectors[1].credentialNumber",
                "expired on 2026-10-31");
        refusedAndNothingWritten(
                withInspectors("I-1", List.of(new Inspector("em-01", "ZF-001"), new Inspector("gm-1", "ZF-404"))),
                "inspectors[1].credentialNumber",
                "no enforcement credential ZF-404");
        refusedAndNothingWritten(
                withInspectors("I-1", List.of(new Inspector("em-01", "ZF-001"), new Inspector("em-03", "ZF-002"))),
                "inspectors[1].credentialNumber",
                "held by em-02, not by em-03");
        refusedAndNothingWritten(
                withInspectors("I-1", List.of(new Inspector("em-01", "ZF-001"), new Inspector("em-01", "ZF-001"))),
                "inspectors[1].personId",
                "named twice");
    }

    @Test
    void gridStaffMayNotInspectAndAnOfficerMustBeOneOfTheInspectors() {
        Actor staff = Actor.gridStaff("gm-m111", "李网格", SampleDistrict.JINQIAO_MICRO_1);
        assertThatThrownBy(() -> s.open(staff, planned("I-1", "E-1")))
                .isInstanceOfSatisfying(
                        InspectionAccessDeniedException.class,
                        e -> assertThat(e.decision().rule()).isEqualTo("grid-staff-do-not-inspect"));
        assertThatThrownBy(() -> s.open(OFFICER_3, planned("I-1", "E-1")))
                .isInstanceOfSatisfying(
                        InspectionAccessDeniedException.class,
                        e -> assertThat(e.decision().rule()).isEqualTo("inspection-by-its-officers"));
        assertThat(world.store().find(InspectionId.of("I-1"))).isEmpty();
    }

    @Test
    void anAnswerForAnItemNotInTheTemplateIsRefusedAndNothingIsWritten() {
        s.open(OFFICER_1, planned("I-1", "E-1"));
        List<ChecklistAnswer> answers = new java.util.ArrayList<>(answers());
        answers.add(ChecklistAnswer.of("Z99", Verdict.PASS));
        assertThatThrownBy(() -> s.submitChecklist(
                        OFFICER_2,
                        new InspectionCommand.SubmitChecklist(
                                InspectionId.of("I-1"), OptionalLong.empty(), answers, List.of())))
                .isInstanceOfSatisfying(
                        InvalidInspectionException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::message)
                                .contains(org.assertj.core.groups.Tuple.tuple(
                                        "answers[" + (answers.size() - 1) + "].item",
                                        "Z99 is not an item of checklist ENTERPRISE_TWO_PART@1")));
        assertThat(world.store().history(InspectionId.of("I-1"))).hasSize(1);
    }

    @Test
    void findingsBecomeDepartmentInspectionCasesOncePerItemAndDocumentsAreRecorded() {
        s.open(OFFICER_1, planned("I-1", "E-1"));
        InspectionCommand.SubmitChecklist submit = new InspectionCommand.SubmitChecklist(
                InspectionId.of("I-1"),
                OptionalLong.empty(),
                answers("M01", "M02"),
                List.of(
                        new InspectionFinding(
                                "M01", SafetyDomain.PRODUCTION, SampleDistrict.PROTECTION_DEFECT, HazardGrade.GENERAL),
                        new InspectionFinding(
                                "M02",
                                SafetyDomain.PRODUCTION,
                                SampleDistrict.PROTECTION_DEFECT,
                                HazardGrade.GENERAL)));
        Inspection checked = s.submitChecklist(OFFICER_2, submit);
        // The same submission again (a terminal's retry) makes no second case.
        assertThat(s.submitChecklist(OFFICER_2, submit)).isEqualTo(checked);
        // The cases are the command center's to register and dispatch; it reads them.
        List<Case> cases = s.cases(SampleDistrict.districtCommandCenter(), InspectionId.of("I-1"));
        assertThat(checked.cases()).containsOnlyKeys("M01", "M02");
        assertThat(cases).hasSize(2);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(CaseSource.DEPARTMENT_INSPECTION);
            assertThat(c.origin().orElseThrow().occurrence()).isEqualTo("inspection/I-1");
        });
        assertThat(cases).extracting(c -> c.origin().orElseThrow().item()).containsExactlyInAnyOrder("M01", "M02");
        InspectionDocument order = new InspectionDocument(
                DocumentKind.RECTIFICATION_ORDER, "（苏）应急责改〔2026〕17号", LocalDate.of(2026, 11, 10), "em-02");
        assertThatThrownBy(() -> s.recordDocument(
                        OFFICER_1,
                        new InspectionCommand.RecordDocument(
                                InspectionId.of("I-1"),
                                OptionalLong.empty(),
                                new InspectionDocument(
                                        DocumentKind.RECHECK_OPINION, "复查1号", LocalDate.of(2026, 11, 10), "em-01"))))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("kind");
        s.recordDocument(
                OFFICER_1, new InspectionCommand.RecordDocument(InspectionId.of("I-1"), OptionalLong.empty(), order));
        assertThatThrownBy(() -> s.recordDocument(
                        OFFICER_1,
                        new InspectionCommand.RecordDocument(
                                InspectionId.of("I-1"),
                                OptionalLong.empty(),
                                new InspectionDocument(
                                        DocumentKind.PENALTY_NOTICE, "告知1号", LocalDate.of(2026, 11, 10), "gm-1"))))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("issuingOfficer");
        Inspection closed =
                s.close(OFFICER_1, new InspectionCommand.Close(InspectionId.of("I-1"), OptionalLong.empty(), "责令限期整改"));
        assertThat(closed.state()).isEqualTo(InspectionState.CLOSED);
        assertThat(closed.documents()).containsExactly(order);
        assertThatThrownBy(() -> s.close(
                        OFFICER_1, new InspectionCommand.Close(InspectionId.of("I-1"), OptionalLong.empty(), "again")))
                .isInstanceOf(WrongInspectionStateException.class);
    }

    @Test
    void theCapIsOurDefaultUnlessTheClassSetsOne() {
        InspectionCaps caps = InspectionCaps.standard();
        assertThat(caps.capFor(Optional.empty()).max()).isEqualTo(InspectionCaps.DEFAULT_CAP);
        assertThat(caps.capFor(Optional.empty()).source()).contains("project's own");
        var coalC = new org.gridsafe.entity.SupervisionClass("SHANXI_2025_COAL_MINE", "C");
        assertThat(caps.capFor(Optional.of(coalC)).max()).isEqualTo(6);
        assertThat(caps.capFor(Optional.of(coalC)).source()).contains("SHANXI_2025_COAL_MINE:C");
        assertThat(caps.exempt(InspectionOrigin.COMPLAINT)).isTrue();
        assertThat(caps.exempt(InspectionOrigin.PLAN)).isFalse();
    }

    @Test
    void docsEmbedTheTable() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "inspections.md"));
        assertThat(doc).contains(InspectionLifecycle.TABLE.markdown());
    }
}
