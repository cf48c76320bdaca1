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
            case DISTRICT_ADMINISTRATOR -> Actor.districtAdministrator("actor-1", "区级系统管理员", HOME);
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

    /**
     * The matrix of design.md: role × action × how the case relates to the actor (× grade where
     * it matters) → the answer and the rule that gives it. Relations: {@code own-subtree} /
     * {@code other-grid} (the case's grid against the actor's home grid), {@code own-department} /
     * {@code other-department} / {@code not-dispatched}, {@code own-enterprise} /
     * {@code other-enterprise} / {@code no-enterprise}, {@code own-report} / {@code other-report};
     * {@code any} is every case. Every combination not listed is refused by the role's rule in
     * {@link #REFUSED_BY}.
     */
    static final String CASE_MATRIX = """
            # role              action                relation          grade    answer  rule
            GRID_STAFF          REPORT                own-subtree       any      allow   grid-staff-own-subtree
            GRID_STAFF          REPORT_FIXED_ON_SPOT  own-subtree       any      allow   grid-staff-own-subtree
            GRID_STAFF          VERIFY                own-subtree       GENERAL  allow   grid-staff-own-subtree
            GRID_STAFF          VERIFY                own-subtree       MAJOR    deny    major-hazard-verified-by-department
            GRID_STAFF          READ                  own-subtree       any      allow   grid-staff-own-subtree
            GRID_STAFF          REOPEN                own-subtree       any      allow   grid-staff-own-subtree
            GRID_STAFF          READ_PUBLIC_STATUS    own-subtree       any      allow   read-implies-public-status
            COMMAND_CENTER      REPORT                own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      REGISTER              own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      REJECT                own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      MERGE                 own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      DISPATCH              own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      REASSIGN              own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      DECIDE_EXTENSION      own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      SUSPEND               own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      RESUME                own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      REOPEN                own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      CLOSE                 own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      ESCALATE              own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      READ                  own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      READ_PUBLIC_STATUS    own-subtree       any      allow   read-implies-public-status
            COMMAND_CENTER      READ_REPORTER         own-subtree       any      allow   command-center-own-subtree
            DEPARTMENT_OFFICER  REPORT                any               any      allow   department-inspection-report
            DEPARTMENT_OFFICER  SUBMIT_RECTIFICATION  own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  REQUEST_EXTENSION     own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  RETURN                own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  VERIFY                own-department    MAJOR    allow   department-own-cases
            DEPARTMENT_OFFICER  VERIFY                own-department    GENERAL  deny    general-hazard-verified-by-grid-staff
            DEPARTMENT_OFFICER  READ                  own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  REOPEN                own-department    MAJOR    allow   department-own-cases
            DEPARTMENT_OFFICER  REOPEN                own-department    GENERAL  deny    general-hazard-reopened-by-grid-staff-or-reporter
            DEPARTMENT_OFFICER  READ_PUBLIC_STATUS    own-department    any      allow   read-implies-public-status
            ENTERPRISE          REPORT                own-enterprise    any      allow   enterprise-own-cases
            ENTERPRISE          SUBMIT_RECTIFICATION  own-enterprise    any      allow   enterprise-own-cases
            ENTERPRISE          REQUEST_EXTENSION     own-enterprise    any      allow   enterprise-own-cases
            ENTERPRISE          READ                  own-enterprise    any      allow   enterprise-own-cases
            ENTERPRISE          READ_PUBLIC_STATUS    own-enterprise    any      allow   read-implies-public-status
            CITIZEN             REPORT                any               any      allow   citizen-report
            CITIZEN             READ_PUBLIC_STATUS    own-report        any      allow   citizen-own-report-status
            CITIZEN             REOPEN                own-report        any      allow   citizen-own-report-complaint
            SYSTEM              ESCALATE              any               any      allow   system-scheduled-work
            SYSTEM              READ                  any               any      allow   system-scheduled-work
            SYSTEM              RESUME                any               any      allow   system-scheduled-work
            SYSTEM              READ_PUBLIC_STATUS    any               any      allow   read-implies-public-status
            COMMAND_CENTER      CHANGE_CASE_ENTITY    own-subtree       any      allow   command-center-own-subtree
            COMMAND_CENTER      DOWNGRADE_MAJOR_HAZARD own-subtree      any      allow   command-center-own-subtree
            COMMAND_CENTER      CHANGE_MAJOR_HAZARD_CRITERION own-subtree any   allow   command-center-own-subtree
            COMMAND_CENTER      FILE_MAJOR_HAZARD_REPORT own-subtree    any      allow   command-center-own-subtree
            COMMAND_CENTER      STOP_PRODUCTION       own-subtree       any      allow   command-center-own-subtree
            DEPARTMENT_OFFICER  FILE_MAJOR_HAZARD_REPORT own-department any      allow   department-own-cases
            DEPARTMENT_OFFICER  STOP_PRODUCTION       own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  APPLY_FOR_RESUMPTION  own-department    any      allow   department-own-cases
            DEPARTMENT_OFFICER  REVIEW_RESUMPTION     own-department    any      allow   department-own-cases
            ENTERPRISE          FILE_MAJOR_HAZARD_REPORT own-enterprise any      allow   enterprise-own-cases
            ENTERPRISE          APPLY_FOR_RESUMPTION  own-enterprise    any      allow   enterprise-own-cases
            SYSTEM              REPORT                any               any      allow   system-scheduled-work
            SYSTEM              MOVE_TO_GRID          any               any      allow   system-scheduled-work
            """;

    /** The rule that refuses what {@link #CASE_MATRIX} does not list, per role. */
    static final String REFUSED_BY = """
            GRID_STAFF          grid-staff-own-subtree
            COMMAND_CENTER      command-center-own-subtree
            DEPARTMENT_OFFICER  department-own-cases
            ENTERPRISE          enterprise-own-cases
            CITIZEN             citizen-own-report-status
            SYSTEM              system-scheduled-work
            DISTRICT_ADMINISTRATOR district-administrator-no-casework
            """;

    private record Row(ActorRole role, Action action, String relation, String grade, boolean allowed, String rule) {}

    private static List<Row> rows(String table) {
        return table.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .map(p ->
                        new Row(ActorRole.valueOf(p[0]), Action.valueOf(p[1]), p[2], p[3], p[4].equals("allow"), p[5]))
                .toList();
    }

    /** How {@code c} relates to {@code actor}, in the words of the matrix (several words apply to a case). */
    private static Set<String> relations(Actor actor, CaseFacts c) {
        Set<String> words = new java.util.HashSet<>(Set.of("any"));
        words.add(c.grid().value().startsWith(HOME.value()) ? "own-subtree" : "other-grid");
        words.add(
                c.department().isEmpty()
                        ? "not-dispatched"
                        : c.department().equals(Optional.of(OWN_DEPARTMENT)) ? "own-department" : "other-department");
        words.add(
                c.enterpriseId().isEmpty()
                        ? "no-enterprise"
                        : c.enterpriseId().equals(Optional.of(OWN_ENTERPRISE)) ? "own-enterprise" : "other-enterprise");
        words.add(c.reporterId().equals(Optional.of(actor.id())) ? "own-report" : "other-report");
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ActorRole.class)
    void everyActionOnEveryKindOfCaseIsDecidedAsTheMatrixSays(ActorRole role) {
        Actor actor = actorFor(role);
        List<Row> matrix =
                rows(CASE_MATRIX).stream().filter(r -> r.role() == role).toList();
        String refusedBy = REFUSED_BY
                .lines()
                .map(line -> line.strip().split("\\s+"))
                .filter(p -> p[0].equals(role.name()))
                .map(p -> p[1])
                .findFirst()
                .orElseThrow();
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (Action action : Action.values()) {
            for (CaseFacts c : everyKindOfCase(actor)) {
                rows++;
                Set<String> relation = relations(actor, c);
                List<Row> matching = matrix.stream()
                        .filter(r -> r.action() == action
                                && relation.contains(r.relation())
                                && (r.grade().equals("any")
                                        || r.grade().equals(c.grade().name())))
                        .toList();
                assertThat(matching)
                        .as("rows of the matrix for %s %s %s", role, action, c)
                        .hasSizeLessThan(2);
                boolean allowed = !matching.isEmpty() && matching.get(0).allowed();
                String rule = matching.isEmpty() ? refusedBy : matching.get(0).rule();
                AccessDecision actual = POLICY.decide(actor, action, c);
                if (actual.allowed() != allowed || !actual.rule().equals(rule)) {
                    wrong.add(String.format(
                            "%s %s %s: expected %s by %s, was %s by %s",
                            role,
                            action,
                            relation,
                            allowed ? "allow" : "deny",
                            rule,
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
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    /**
     * Statistics and the escalation run are decided over a scope of cases. Scopes: {@code everything}
     * (nothing named), {@code home} (the actor's home grid itself), {@code own-subtree} (below it),
     * {@code other-grid}, {@code ancestor-grid} (the district above the home grid),
     * {@code own-department}, {@code other-department}.
     */
    static final String SCOPE_MATRIX = """
            # role              action           scope             answer  rule
            COMMAND_CENTER      READ_STATISTICS  everything        allow   statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  home              allow   statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  own-subtree       allow   statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  other-grid        deny    statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  ancestor-grid     deny    statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  own-department    allow   statistics-within-home-grid
            COMMAND_CENTER      READ_STATISTICS  other-department  allow   statistics-within-home-grid
            DEPARTMENT_OFFICER  READ_STATISTICS  everything        allow   statistics-own-department
            DEPARTMENT_OFFICER  READ_STATISTICS  home              allow   statistics-own-department
            DEPARTMENT_OFFICER  READ_STATISTICS  other-grid        allow   statistics-own-department
            DEPARTMENT_OFFICER  READ_STATISTICS  own-department    allow   statistics-own-department
            DEPARTMENT_OFFICER  READ_STATISTICS  other-department  deny    statistics-own-department
            GRID_STAFF          READ_STATISTICS  everything        deny    statistics-command-center-or-department
            GRID_STAFF          READ_STATISTICS  home              deny    statistics-command-center-or-department
            ENTERPRISE          READ_STATISTICS  everything        deny    statistics-command-center-or-department
            CITIZEN             READ_STATISTICS  everything        deny    statistics-command-center-or-department
            SYSTEM              READ_STATISTICS  everything        deny    statistics-command-center-or-department
            COMMAND_CENTER      RUN_ESCALATIONS  home              allow   escalation-run-district-or-system
            COMMAND_CENTER      RUN_ESCALATIONS  own-subtree       deny    escalation-run-district-or-system
            COMMAND_CENTER      RUN_ESCALATIONS  ancestor-grid     deny    escalation-run-district-or-system
            COMMAND_CENTER      RUN_ESCALATIONS  everything        deny    escalation-run-district-or-system
            SYSTEM              RUN_ESCALATIONS  everything        allow   escalation-run-district-or-system
            SYSTEM              RUN_ESCALATIONS  home              allow   escalation-run-district-or-system
            GRID_STAFF          RUN_ESCALATIONS  home              deny    escalation-run-district-or-system
            DEPARTMENT_OFFICER  RUN_ESCALATIONS  everything        deny    escalation-run-district-or-system
            CITIZEN             RUN_ESCALATIONS  everything        deny    escalation-run-district-or-system
            COMMAND_CENTER      RUN_LICENCE_CHECK  home            allow   licence-run-district-or-system
            COMMAND_CENTER      RUN_LICENCE_CHECK  own-subtree     deny    licence-run-district-or-system
            SYSTEM              RUN_LICENCE_CHECK  everything      allow   licence-run-district-or-system
            GRID_STAFF          RUN_LICENCE_CHECK  home            deny    licence-run-district-or-system
            DEPARTMENT_OFFICER  RUN_LICENCE_CHECK  everything      deny    licence-run-district-or-system
            COMMAND_CENTER      READ             home              deny    case-action-needs-a-case
            SYSTEM              ESCALATE         everything        deny    case-action-needs-a-case
            COMMAND_CENTER      READ_DIRECTORY_HISTORY  home           allow   directory-history-within-home-grid-or-system
            COMMAND_CENTER      READ_DIRECTORY_HISTORY  own-subtree    allow   directory-history-within-home-grid-or-system
            COMMAND_CENTER      READ_DIRECTORY_HISTORY  other-grid     deny    directory-history-within-home-grid-or-system
            COMMAND_CENTER      READ_DIRECTORY_HISTORY  ancestor-grid  deny    directory-history-within-home-grid-or-system
            COMMAND_CENTER      READ_DIRECTORY_HISTORY  everything     deny    directory-history-within-home-grid-or-system
            SYSTEM              READ_DIRECTORY_HISTORY  other-grid     allow   directory-history-within-home-grid-or-system
            GRID_STAFF          READ_DIRECTORY_HISTORY  home           deny    directory-history-within-home-grid-or-system
            DEPARTMENT_OFFICER  READ_DIRECTORY_HISTORY  home           deny    directory-history-within-home-grid-or-system
            CITIZEN             READ_DIRECTORY_HISTORY  home           deny    directory-history-within-home-grid-or-system
            COMMAND_CENTER      READ_DIRECTORY_CHANGES  home           allow   directory-changes-district-or-system
            COMMAND_CENTER      READ_DIRECTORY_CHANGES  own-subtree    deny    directory-changes-district-or-system
            COMMAND_CENTER      READ_DIRECTORY_CHANGES  ancestor-grid  deny    directory-changes-district-or-system
            SYSTEM              READ_DIRECTORY_CHANGES  everything     allow   directory-changes-district-or-system
            GRID_STAFF          READ_DIRECTORY_CHANGES  home           deny    directory-changes-district-or-system
            ENTERPRISE          READ_DIRECTORY_CHANGES  everything     deny    directory-changes-district-or-system
            DISTRICT_ADMINISTRATOR ADMINISTER_DISTRICT home        allow   district-administrator-own-district
            DISTRICT_ADMINISTRATOR ADMINISTER_DISTRICT own-subtree allow   district-administrator-own-district
            DISTRICT_ADMINISTRATOR ADMINISTER_DISTRICT other-grid  deny    district-administrator-own-district
            DISTRICT_ADMINISTRATOR ADMINISTER_DISTRICT ancestor-grid deny  district-administrator-own-district
            DISTRICT_ADMINISTRATOR ADMINISTER_DISTRICT everything  deny    district-administrator-own-district
            DISTRICT_ADMINISTRATOR ADMINISTER_STAFF  own-subtree   allow   staff-by-district-administrator-or-street-center
            DISTRICT_ADMINISTRATOR ADMINISTER_STAFF  other-grid    deny    staff-by-district-administrator-or-street-center
            COMMAND_CENTER      ADMINISTER_DISTRICT  home          deny    district-administrator-own-district
            COMMAND_CENTER      ADMINISTER_STAFF  own-subtree      deny    staff-by-district-administrator-or-street-center
            GRID_STAFF          ADMINISTER_STAFF  own-subtree      deny    staff-by-district-administrator-or-street-center
            SYSTEM              ADMINISTER_DISTRICT  everything    deny    district-administrator-own-district
            DISTRICT_ADMINISTRATOR READ_STATISTICS everything      deny    statistics-command-center-or-department
            DISTRICT_ADMINISTRATOR RUN_ESCALATIONS home            deny    escalation-run-district-or-system
            COMMAND_CENTER      MAJOR_HAZARD_RETURNS  home           allow   major-hazard-returns-within-home-grid
            COMMAND_CENTER      MAJOR_HAZARD_RETURNS  own-subtree    allow   major-hazard-returns-within-home-grid
            COMMAND_CENTER      MAJOR_HAZARD_RETURNS  other-grid     deny    major-hazard-returns-within-home-grid
            COMMAND_CENTER      MAJOR_HAZARD_RETURNS  ancestor-grid  deny    major-hazard-returns-within-home-grid
            COMMAND_CENTER      MAJOR_HAZARD_RETURNS  everything     deny    major-hazard-returns-within-home-grid
            DEPARTMENT_OFFICER  MAJOR_HAZARD_RETURNS  home           deny    major-hazard-returns-command-center
            GRID_STAFF          MAJOR_HAZARD_RETURNS  home           deny    major-hazard-returns-command-center
            ENTERPRISE          MAJOR_HAZARD_RETURNS  home           deny    major-hazard-returns-command-center
            CITIZEN             MAJOR_HAZARD_RETURNS  home           deny    major-hazard-returns-command-center
            SYSTEM              MAJOR_HAZARD_RETURNS  home           deny    major-hazard-returns-command-center
            DISTRICT_ADMINISTRATOR MAJOR_HAZARD_RETURNS home         deny    major-hazard-returns-command-center
            COMMAND_CENTER      READ_NOTICES  home                   allow   notices-within-home-grid
            COMMAND_CENTER      READ_NOTICES  own-subtree            allow   notices-within-home-grid
            COMMAND_CENTER      READ_NOTICES  other-grid             deny    notices-within-home-grid
            COMMAND_CENTER      READ_NOTICES  ancestor-grid          deny    notices-within-home-grid
            COMMAND_CENTER      READ_NOTICES  everything             deny    notices-within-home-grid
            DISTRICT_ADMINISTRATOR READ_NOTICES home                 allow   notices-within-home-grid
            DISTRICT_ADMINISTRATOR READ_NOTICES own-subtree          allow   notices-within-home-grid
            DISTRICT_ADMINISTRATOR READ_NOTICES other-grid           deny    notices-within-home-grid
            DEPARTMENT_OFFICER  READ_NOTICES  home                   deny    notices-command-center-or-administrator
            GRID_STAFF          READ_NOTICES  home                   deny    notices-command-center-or-administrator
            ENTERPRISE          READ_NOTICES  home                   deny    notices-command-center-or-administrator
            CITIZEN             READ_NOTICES  home                   deny    notices-command-center-or-administrator
            SYSTEM              READ_NOTICES  home                   deny    notices-command-center-or-administrator
            """;

    private static ScopeFacts scope(String name) {
        return switch (name) {
            case "everything" -> ScopeFacts.everything();
            case "home" -> ScopeFacts.within(HOME);
            case "own-subtree" -> ScopeFacts.within(INSIDE);
            case "other-grid" -> ScopeFacts.within(OUTSIDE);
            case "ancestor-grid" -> ScopeFacts.within(DISTRICT);
            case "own-department" -> ScopeFacts.everything().department(OWN_DEPARTMENT);
            case "other-department" -> ScopeFacts.everything().department(EMERGENCY);
            default -> throw new IllegalArgumentException("no scope " + name);
        };
    }

    @Test
    void scopesOfCasesAreDecidedAsTheScopeMatrixSays() {
        List<String> wrong = new ArrayList<>();
        List<String> lines = SCOPE_MATRIX
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        for (String line : lines) {
            String[] p = line.split("\\s+");
            Actor actor = actorFor(ActorRole.valueOf(p[0]));
            AccessDecision actual = POLICY.decide(actor, Action.valueOf(p[1]), scope(p[2]));
            if (actual.allowed() != p[3].equals("allow") || !actual.rule().equals(p[4])) {
                wrong.add(line + " ← was " + (actual.allowed() ? "allow " : "deny ") + actual.rule());
            }
        }
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(wrong).as("lines that differ from the scope matrix").isEmpty();
    }

    /** Where each role's reads and statistics reach, as listings and statistics narrow to it. */
    static final String REACH = """
            # role              action           reach
            GRID_STAFF          READ             home
            COMMAND_CENTER      READ             home
            DEPARTMENT_OFFICER  READ             own-department
            ENTERPRISE          READ             everything
            CITIZEN             READ             everything
            SYSTEM              READ             everything
            COMMAND_CENTER      READ_STATISTICS  home
            DEPARTMENT_OFFICER  READ_STATISTICS  own-department
            GRID_STAFF          READ_STATISTICS  everything
            COMMAND_CENTER      DISPATCH         everything
            """;

    @Test
    void readsAndStatisticsReachWhereTheReachTableSays() {
        for (String line : REACH.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            String[] p = line.split("\\s+");
            assertThat(POLICY.scopeOf(actorFor(ActorRole.valueOf(p[0])), Action.valueOf(p[1])))
                    .as(line)
                    .isEqualTo(scope(p[2]));
        }
        Actor both = new Actor(
                "dual-2",
                "兼职网格员",
                ActorKind.PERSON,
                Set.of(ActorRole.GRID_STAFF, ActorRole.DEPARTMENT_OFFICER),
                Optional.of(HOME),
                Optional.of(OWN_DEPARTMENT),
                Optional.empty());
        assertThat(POLICY.scopeOf(both, Action.READ))
                .as("a second role may read elsewhere: no narrowing")
                .isEqualTo(ScopeFacts.everything());
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
    void citizensOnlyReportReadThePublicStatusOfTheirOwnReportAndReopenIt() {
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
            boolean mayOnOwn =
                    action == Action.REPORT || action == Action.READ_PUBLIC_STATUS || action == Action.REOPEN;
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
    void theSystemOnlyEscalatesResumesAtReviewDatesReadsAndReportsExpiredLicences() {
        CaseFacts anyCase = facts(JINQIAO_MICRO_1, HazardGrade.MAJOR, FIRE_BRIGADE);

        for (Action action : Action.values()) {
            boolean may = EnumSet.of(
                            Action.ESCALATE,
                            Action.RESUME,
                            Action.READ,
                            Action.READ_PUBLIC_STATUS,
                            Action.REPORT,
                            Action.MOVE_TO_GRID)
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
                        .treatmentPlan(major ? org.gridsafe.testkit.SamplePlans.treatment() : null)
                        .build());
        return casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("已更换")
                        .build());
    }

    private static CaseFacts facts(GridCode grid, HazardGrade grade, DepartmentId department) {
        return new CaseFacts(
                Optional.of("YH-TEST"), grid, grade, Optional.of(department), Optional.of("someone"), Optional.empty());
    }
}
