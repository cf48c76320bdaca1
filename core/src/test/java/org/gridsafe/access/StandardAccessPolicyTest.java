package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ExistingCaseCommand;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryCaseStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link AccessPolicy#standard()} against a table written out here, independently of the
 * implementation: every role × every action × every kind of case (own grid subtree or not, own
 * department / another / none, own enterprise / another / none, own report or not, general or
 * major), with the rule named in each answer.
 */
class StandardAccessPolicyTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    private static final GridCode HOME = JINQIAO_COMMUNITY;
    private static final GridCode INSIDE = JINQIAO_MICRO_1;
    private static final GridCode OUTSIDE = SHIHU_MICRO_1;
    private static final DepartmentId OWN_DEPARTMENT = FIRE_BRIGADE;
    private static final String OWN_ENTERPRISE = "E-OWN";

    private static Actor actorFor(ActorRole role) {
        return switch (role) {
            case GRID_STAFF -> Actor.gridStaff("actor-1", "网格员", HOME);
            case COMMAND_CENTER -> Actor.commandCenter("actor-1", "指挥中心", HOME);
            case DEPARTMENT_OFFICER -> Actor.departmentOfficer("actor-1", "消防监督员", OWN_DEPARTMENT);
            case ENTERPRISE -> Actor.enterprise("actor-1", "企业安全员", OWN_ENTERPRISE);
            case CITIZEN -> Actor.citizen("actor-1", "群众");
            case SYSTEM -> Actor.SYSTEM;
        };
    }

    /** Every kind of case an actor can meet, relative to that actor. */
    private static List<CaseFacts> everyKindOfCase(Actor actor) {
        List<CaseFacts> all = new ArrayList<>();
        for (GridCode grid : List.of(INSIDE, OUTSIDE)) {
            for (Optional<DepartmentId> department :
                    List.of(Optional.of(OWN_DEPARTMENT), Optional.of(EMERGENCY), Optional.<DepartmentId>empty())) {
                for (Optional<String> enterprise :
                        List.of(Optional.of(OWN_ENTERPRISE), Optional.of("E-OTHER"), Optional.<String>empty())) {
                    for (String reporter : List.of(actor.id(), "someone-else")) {
                        for (HazardGrade grade : HazardGrade.values()) {
                            all.add(new CaseFacts(
                                    Optional.of("YH-" + all.size()),
                                    grid,
                                    grade,
                                    department,
                                    Optional.of(reporter),
                                    enterprise));
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The expected answer: allowed or not, and the rule. */
    private record Expected(boolean allowed, String rule) {
        static Expected allow(String rule) {
            return new Expected(true, rule);
        }

        static Expected deny(String rule) {
            return new Expected(false, rule);
        }

        static Expected when(boolean allowed, String rule) {
            return new Expected(allowed, rule);
        }
    }

    /** The table: design.md's rules as the standard policy states them. */
    private static Expected expected(ActorRole role, Actor actor, Action action, CaseFacts c) {
        if (action == Action.READ_PUBLIC_STATUS
                && expected(role, actor, Action.READ, c).allowed()) {
            return Expected.allow("read-implies-public-status");
        }
        boolean inside = c.grid().value().startsWith(HOME.value());
        boolean ownDepartment = c.department().equals(Optional.of(OWN_DEPARTMENT));
        boolean ownEnterprise = c.enterpriseId().equals(Optional.of(OWN_ENTERPRISE));
        boolean ownReport = c.reporterId().equals(Optional.of(actor.id()));
        boolean major = c.grade() == HazardGrade.MAJOR;
        switch (role) {
            case GRID_STAFF -> {
                String rule = "grid-staff-own-subtree";
                if (!EnumSet.of(Action.REPORT, Action.REPORT_FIXED_ON_SPOT, Action.VERIFY, Action.READ)
                                .contains(action)
                        || !inside) {
                    return Expected.deny(rule);
                }
                return action == Action.VERIFY && major
                        ? Expected.deny("major-hazard-verified-by-department")
                        : Expected.allow(rule);
            }
            case COMMAND_CENTER -> {
                Set<Action> theirs = EnumSet.of(
                        Action.REPORT,
                        Action.REGISTER,
                        Action.REJECT,
                        Action.MERGE,
                        Action.DISPATCH,
                        Action.DECIDE_EXTENSION,
                        Action.CLOSE,
                        Action.ESCALATE,
                        Action.READ);
                return Expected.when(theirs.contains(action) && inside, "command-center-own-subtree");
            }
            case DEPARTMENT_OFFICER -> {
                if (action == Action.REPORT) {
                    return Expected.allow("department-inspection-report");
                }
                String rule = "department-own-cases";
                Set<Action> theirs =
                        EnumSet.of(Action.SUBMIT_RECTIFICATION, Action.REQUEST_EXTENSION, Action.VERIFY, Action.READ);
                if (!theirs.contains(action) || !ownDepartment) {
                    return Expected.deny(rule);
                }
                return action == Action.VERIFY && !major
                        ? Expected.deny("general-hazard-verified-by-grid-staff")
                        : Expected.allow(rule);
            }
            case ENTERPRISE -> {
                Set<Action> theirs =
                        EnumSet.of(Action.REPORT, Action.SUBMIT_RECTIFICATION, Action.REQUEST_EXTENSION, Action.READ);
                return Expected.when(theirs.contains(action) && ownEnterprise, "enterprise-own-cases");
            }
            case CITIZEN -> {
                if (action == Action.REPORT) {
                    return Expected.allow("citizen-report");
                }
                return Expected.when(action == Action.READ_PUBLIC_STATUS && ownReport, "citizen-own-report-status");
            }
            case SYSTEM -> {
                return Expected.when(action == Action.ESCALATE || action == Action.READ, "system-scheduled-work");
            }
            default -> throw new IllegalArgumentException("no expectations for " + role);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ActorRole.class)
    void everyActionOnEveryKindOfCaseIsDecidedAsTheTableSays(ActorRole role) {
        Actor actor = actorFor(role);
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (Action action : Action.values()) {
            for (CaseFacts c : everyKindOfCase(actor)) {
                rows++;
                Expected expected = expected(role, actor, action, c);
                AccessDecision actual = POLICY.decide(actor, action, c);
                if (actual.allowed() != expected.allowed() || !actual.rule().equals(expected.rule())) {
                    wrong.add(String.format(
                            "%s %s %s: expected %s by %s, was %s by %s",
                            role,
                            action,
                            c,
                            expected.allowed() ? "allow" : "deny",
                            expected.rule(),
                            actual.allowed() ? "allow" : "deny",
                            actual.rule()));
                }
                if (!actual.allowed()) {
                    assertThat(actual.explanation())
                            .as("refusal of %s %s on %s names actor, action and case", role, action, c)
                            .contains(actor.id(), action.enName(), c.caseId().orElseThrow());
                }
            }
        }
        assertThat(rows).isEqualTo(Action.values().length * 72);
        assertThat(wrong).as("rows that differ from the table").isEmpty();
    }

    @Test
    void gridStaffMayNotVerifyAMajorHazardEvenInTheirOwnGrid() {
        AccessDecision decision = POLICY.decide(
                jinqiaoGridManager(), Action.VERIFY, facts(JINQIAO_MICRO_1, HazardGrade.MAJOR, FIRE_BRIGADE));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo("major-hazard-verified-by-department");
        assertThat(POLICY.decide(
                                jinqiaoGridManager(),
                                Action.VERIFY,
                                facts(JINQIAO_MICRO_1, HazardGrade.GENERAL, FIRE_BRIGADE))
                        .allowed())
                .isTrue();
    }

    @Test
    void departmentOfficersVerifyOnlyMajorHazardsOfTheirOwnDepartment() {
        Actor fire = fireOfficer();

        assertThat(POLICY.decide(fire, Action.VERIFY, facts(SHIHU_MICRO_1, HazardGrade.MAJOR, FIRE_BRIGADE)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(true, "department-own-cases");
        assertThat(POLICY.decide(fire, Action.VERIFY, facts(SHIHU_MICRO_1, HazardGrade.MAJOR, EMERGENCY)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(false, "department-own-cases");
        assertThat(POLICY.decide(fire, Action.VERIFY, facts(SHIHU_MICRO_1, HazardGrade.GENERAL, FIRE_BRIGADE)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(false, "general-hazard-verified-by-grid-staff");
    }

    @Test
    void citizensOnlyReportAndReadThePublicStatusOfTheirOwnReport() {
        Actor citizen = citizen();
        CaseFacts own = new CaseFacts(
                Optional.of("YH-1"),
                SHIHU_MICRO_1,
                HazardGrade.GENERAL,
                Optional.empty(),
                Optional.of(citizen.id()),
                Optional.empty());
        CaseFacts others = new CaseFacts(
                Optional.of("YH-2"),
                SHIHU_MICRO_1,
                HazardGrade.GENERAL,
                Optional.empty(),
                Optional.of(otherCitizen().id()),
                Optional.empty());

        for (Action action : Action.values()) {
            boolean mayOnOwn = action == Action.REPORT || action == Action.READ_PUBLIC_STATUS;
            assertThat(POLICY.decide(citizen, action, own).allowed())
                    .as("%s own", action)
                    .isEqualTo(mayOnOwn);
            assertThat(POLICY.decide(citizen, action, others).allowed())
                    .as("%s other's", action)
                    .isEqualTo(action == Action.REPORT);
        }
        assertThat(POLICY.decide(citizen, Action.READ, own).rule()).isEqualTo("citizen-own-report-status");
    }

    @Test
    void theSystemOnlyEscalatesAndReads() {
        CaseFacts anyCase = facts(JINQIAO_MICRO_1, HazardGrade.MAJOR, FIRE_BRIGADE);

        for (Action action : Action.values()) {
            boolean may = EnumSet.of(Action.ESCALATE, Action.READ, Action.READ_PUBLIC_STATUS)
                    .contains(action);
            assertThat(POLICY.decide(Actor.SYSTEM, action, anyCase).allowed())
                    .as("system %s", action)
                    .isEqualTo(may);
        }
    }

    @Test
    void anActorWithTwoRolesIsAllowedWhenEitherRoleAllowsAndOtherwiseRefusedByItsFirstRole() {
        Actor both = new Actor(
                "dual-1",
                "兼职网格员",
                ActorKind.PERSON,
                Set.of(ActorRole.GRID_STAFF, ActorRole.DEPARTMENT_OFFICER),
                Optional.of(HOME),
                Optional.of(OWN_DEPARTMENT),
                Optional.empty());

        assertThat(POLICY.decide(both, Action.VERIFY, facts(INSIDE, HazardGrade.MAJOR, OWN_DEPARTMENT)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(true, "department-own-cases");
        assertThat(POLICY.decide(both, Action.VERIFY, facts(INSIDE, HazardGrade.GENERAL, EMERGENCY)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(true, "grid-staff-own-subtree");
        assertThat(POLICY.decide(both, Action.CLOSE, facts(INSIDE, HazardGrade.GENERAL, OWN_DEPARTMENT)))
                .extracting(AccessDecision::allowed, AccessDecision::rule)
                .containsExactly(false, "grid-staff-own-subtree");
    }

    @Test
    void aRefusedCommandThrowsAccessDeniedNamingActorActionCaseAndRuleAndChangesNothing() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        Casework casework = GridSafe.builder()
                .directory(directory())
                .caseStore(store)
                .caseQueries(store)
                .clock(mondayMorning())
                .build()
                .casework();
        Case general = rectified(casework, HazardGrade.GENERAL);
        Case major = rectified(casework, HazardGrade.MAJOR);

        assertRefused(
                casework,
                store,
                shihuGridManager(),
                Verify.of(general.id())
                        .expectedVersion(general.version())
                        .passed(true)
                        .build(),
                "grid-staff-own-subtree");
        assertRefused(
                casework,
                store,
                jinqiaoGridManager(),
                Verify.of(major.id())
                        .expectedVersion(major.version())
                        .passed(true)
                        .build(),
                "major-hazard-verified-by-department");
        // Access is decided before the version: an outsider learns nothing about the case's version.
        assertRefused(
                casework,
                store,
                emergencyOfficer(),
                SubmitRectification.of(major.id())
                        .expectedVersion(1)
                        .evidence("已整改")
                        .build(),
                "department-own-cases");
        assertRefused(
                casework,
                store,
                Actor.SYSTEM,
                Verify.of(general.id()).passed(true).build(),
                "system-scheduled-work");
    }

    private static void assertRefused(
            Casework casework, InMemoryCaseStore store, Actor actor, ExistingCaseCommand command, String rule) {
        List<RecordedEvent> before = store.load(command.caseId());
        Case caseBefore = store.find(command.caseId()).orElseThrow();

        AccessDeniedException denied = assertThrows(
                AccessDeniedException.class, () -> casework.execute(actor, command), actor + " " + command.action());

        assertThat(denied.rule()).isEqualTo(rule);
        assertThat(denied.getMessage())
                .contains(
                        actor.id(), command.action().enName(), command.caseId().value());
        assertThat(store.load(command.caseId())).isEqualTo(before);
        assertThat(store.find(command.caseId())).contains(caseBefore);
    }

    private static Case rectified(Casework casework, HazardGrade grade) {
        Case c = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(grade)
                        .description("消防设施损坏")
                        .build());
        c = casework.register(
                jinqiaoCommandCenter(), Register.of(c.id()).expectedVersion(1).build());
        boolean major = grade == HazardGrade.MAJOR;
        c = casework.dispatch(
                jinqiaoCommandCenter(),
                Dispatch.of(c.id())
                        .expectedVersion(2)
                        .plan(
                                major
                                        ? new RectificationPlan("王队长", "更换消防设施", "2万元", HOLIDAY.plusMonths(1), "专人值守")
                                        : null)
                        .listedSupervision(major ? new ListedSupervision("区安委办", "区安委办督〔2026〕3号") : null)
                        .build());
        return casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(3)
                        .evidence("已更换")
                        .build());
    }

    private static CaseFacts facts(GridCode grid, HazardGrade grade, DepartmentId department) {
        return new CaseFacts(
                Optional.of("YH-TEST"), grid, grade, Optional.of(department), Optional.of("someone"), Optional.empty());
    }
}
