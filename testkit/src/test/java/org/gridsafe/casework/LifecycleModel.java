package org.gridsafe.casework;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * The reference model of the six-step loop that {@link CaseLifecyclePropertiesTest} checks the real
 * {@code Casework} against: a plain, mutable picture of each case, written from design.md, the
 * {@link Lifecycle} table and the Javadoc of the access policy, without calling the decider or the
 * standard access policy. It borrows only reference data (the sample district, the default time
 * limits and the work calendar, which have their own tests).
 */
final class LifecycleModel {

    private LifecycleModel() {}

    /** How a command ended. */
    enum Outcome {
        ACCEPTED,
        INVALID,
        NOT_FOUND,
        WRONG_STATE,
        ACCESS_DENIED,
        STALE;

        static Outcome of(CaseworkException e) {
            if (e instanceof InvalidCommandException) {
                return INVALID;
            } else if (e instanceof CaseNotFoundException) {
                return NOT_FOUND;
            } else if (e instanceof WrongCaseStateException) {
                return WRONG_STATE;
            } else if (e instanceof AccessDeniedException) {
                return ACCESS_DENIED;
            } else if (e instanceof StaleCaseVersionException || e instanceof ConcurrentUpdateException) {
                return STALE;
            }
            throw new AssertionError("unknown refusal " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- the cast

    /** A grid member of 金桥社区: acts in both 金桥 micro-grids, not in 银桥 or 石湖. */
    static Actor jinqiaoCommunityStaff() {
        return Actor.gridStaff("gs-c11", "金桥社区网格员", JINQIAO_COMMUNITY);
    }

    /**
     * Who acts in a run: the sample district's cast, one community-level grid member, and the
     * system. Enough strangers (other grids, departments, enterprises, citizens) that refusals happen.
     */
    static final List<Actor> CAST = List.of(
            jinqiaoGridManager(),
            shihuGridManager(),
            jinqiaoCommunityStaff(),
            jinqiaoCommandCenter(),
            shihuCommandCenter(),
            districtCommandCenter(),
            fireOfficer(),
            emergencyOfficer(),
            enterprise(),
            otherEnterprise(),
            citizen(),
            otherCitizen(),
            Actor.SYSTEM);

    static final String ENTERPRISE_A = enterprise().enterpriseId().orElseThrow();
    static final String ENTERPRISE_B = otherEnterprise().enterpriseId().orElseThrow();

    // ---------------------------------------------------------------- reference data

    /** Named points and the grid each lies in (away from every shared edge); empty: outside. */
    static final Map<String, Optional<GridCode>> POINTS = Map.of(
            "p-jinqiao-1", Optional.of(JINQIAO_MICRO_1),
            "p-jinqiao-2", Optional.of(JINQIAO_MICRO_2),
            "p-yinqiao-1", Optional.of(YINQIAO_MICRO_1),
            "p-shihu-1", Optional.of(SHIHU_MICRO_1),
            "p-outside", Optional.empty());

    static GeoPoint point(String name) {
        return switch (name) {
            case "p-jinqiao-1" -> POINT_IN_JINQIAO_MICRO_1;
            case "p-jinqiao-2" -> new GeoPoint(120.07, 31.02);
            case "p-yinqiao-1" -> new GeoPoint(120.03, 31.08);
            case "p-shihu-1" -> new GeoPoint(120.15, 31.05);
            case "p-outside" -> POINT_OUTSIDE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static final Set<GridCode> GRIDS = Set.of(
            DISTRICT,
            JINQIAO_STREET,
            SHIHU_STREET,
            JINQIAO_COMMUNITY,
            YINQIAO_COMMUNITY,
            SHIHU_COMMUNITY,
            JINQIAO_MICRO_1,
            JINQIAO_MICRO_2,
            YINQIAO_MICRO_1,
            SHIHU_MICRO_1);

    /** A well-formed grid code that is not in the sample district. */
    static final GridCode UNKNOWN_GRID = GridCode.parse("320599003");

    /** Hazard codes in the standard catalog, and one well-formed code that is not. */
    static final Set<String> KNOWN_HAZARDS = Set.of("2102", "1101", "31");

    static final String UNKNOWN_HAZARD = "3901";

    /** Major-hazard criteria the runs link (items of 应急管理部令第10号), and one that is no item. */
    static final Set<String> KNOWN_CRITERIA = Set.of("MEM_ORDER_10_2023:3.1", "MEM_ORDER_10_2023:3.2");

    static final String UNKNOWN_CRITERION = "MEM_ORDER_10_2023:3.99";

    /** The duty matrix of the sample district, as a table: PUBLIC has a department but no rule. */
    static final Map<SafetyDomain, DepartmentId> ROUTES = new EnumMap<>(Map.of(
            SafetyDomain.PRODUCTION, EMERGENCY,
            SafetyDomain.FIRE, FIRE_BRIGADE,
            SafetyDomain.TRAFFIC, TRAFFIC_POLICE,
            SafetyDomain.CONSTRUCTION, HOUSING,
            SafetyDomain.FOOD, MARKET));

    static final Set<DepartmentId> DEPARTMENTS =
            Set.of(EMERGENCY, FIRE_BRIGADE, TRAFFIC_POLICE, HOUSING, MARKET, PUBLIC_SECURITY);

    static final TimeLimits LIMITS = TimeLimits.defaults();
    static final WorkCalendar CALENDAR = calendar();

    /** The step whose time limit runs in each open state (design.md's table). */
    static Optional<WorkflowStep> pendingStep(CaseState state) {
        return switch (state) {
            case REPORTED -> Optional.of(WorkflowStep.REGISTER);
            case REGISTERED -> Optional.of(WorkflowStep.DISPATCH);
            case DISPATCHED -> Optional.of(WorkflowStep.RECTIFY);
            case RECTIFIED -> Optional.of(WorkflowStep.VERIFY);
            case VERIFIED -> Optional.of(WorkflowStep.CLOSE);
            case PRODUCTION_STOPPED -> Optional.of(WorkflowStep.RECTIFY);
            case RESUMPTION_REQUESTED -> Optional.of(WorkflowStep.VERIFY);
            case CLOSED, REJECTED, MERGED, SUSPENDED -> Optional.empty();
        };
    }

    static boolean isOpen(CaseState state) {
        return pendingStep(state).isPresent();
    }

    /** Closed, rejected and merged cases are finished; a suspended one waits to resume. */
    static boolean finished(CaseState state) {
        return state == CaseState.CLOSED || state == CaseState.REJECTED || state == CaseState.MERGED;
    }

    /** Rejected and merged cases accept no command; a closed one only a reopening. */
    static boolean acceptsNothing(CaseState state) {
        return state == CaseState.REJECTED || state == CaseState.MERGED;
    }

    /**
     * Vacant rungs in the run's district, so escalation must climb: 金桥二号 holds nobody (its
     * community's chain answers), 银桥一号 lacks its specific and first responsible persons, and
     * 石湖社区 holds nobody (the command center of 石湖一号's cases is reached through 石湖街道).
     */
    static final Map<GridCode, Set<org.gridsafe.grid.ResponsibleRole>> VACANT = Map.of(
            JINQIAO_MICRO_2, EnumSet.allOf(org.gridsafe.grid.ResponsibleRole.class),
            YINQIAO_MICRO_1,
                    EnumSet.of(org.gridsafe.grid.ResponsibleRole.SPECIFIC, org.gridsafe.grid.ResponsibleRole.FIRST),
            SHIHU_COMMUNITY, EnumSet.allOf(org.gridsafe.grid.ResponsibleRole.class));

    /** The sample's key of each grid, from which its holders' ids are made. */
    private static final Map<GridCode, String> KEYS = Map.of(
            DISTRICT, "d",
            JINQIAO_STREET, "s1",
            SHIHU_STREET, "s2",
            JINQIAO_COMMUNITY, "c11",
            YINQIAO_COMMUNITY, "c12",
            SHIHU_COMMUNITY, "c21",
            JINQIAO_MICRO_1, "m111",
            JINQIAO_MICRO_2, "m112",
            YINQIAO_MICRO_1, "m121",
            SHIHU_MICRO_1, "m211");

    /** Who an escalation reaches: the grid the holder answers for (or the command center's grid), and the person. */
    record Reached(GridCode grid, String personId) {}

    private static final List<org.gridsafe.grid.ResponsibleRole> LADDER = List.of(
            org.gridsafe.grid.ResponsibleRole.SPECIFIC,
            org.gridsafe.grid.ResponsibleRole.IN_CHARGE,
            org.gridsafe.grid.ResponsibleRole.FIRST,
            org.gridsafe.grid.ResponsibleRole.ASSIGNED_LEADER);

    /**
     * By design.md's escalation rule: a person rung asks its role in the case's grid, then the
     * roles above it there, then each grid above from its lowest rung; the command-center rung
     * goes to the grid one level up (a micro-grid's community) and asks from its lowest rung.
     */
    static Reached escalationReaches(GridCode caseGrid, EscalationRung rung) {
        boolean center = rung == EscalationRung.PARENT_COMMAND_CENTER;
        GridCode start = center ? caseGrid.parent().orElse(caseGrid) : caseGrid;
        int from = center ? 0 : LADDER.indexOf(rung.role().orElseThrow());
        for (Optional<GridCode> g = Optional.of(start);
                g.isPresent();
                g = g.get().parent(), from = 0) {
            for (int k = from; k < LADDER.size(); k++) {
                if (!VACANT.getOrDefault(g.get(), Set.of()).contains(LADDER.get(k))) {
                    String person = holderId(LADDER.get(k), KEYS.get(g.get()));
                    return new Reached(center ? start : g.get(), person);
                }
            }
        }
        throw new AssertionError("the run's district has a holder in every root grid");
    }

    /** The major-hazard time limits of MajorHazardRules' Javadoc: calendar days from the duty's start. */
    static final Duration REPORT_TO_DEPARTMENT = Duration.ofDays(3);

    static final Duration REPORT_TO_CONGRESS = Duration.ofDays(30);
    static final Duration RESUMPTION_REVIEW = Duration.ofDays(10);

    static Instant deadline(CaseState state, HazardGrade grade, Instant now) {
        return CALENDAR.deadline(now, LIMITS.limit(pendingStep(state).orElseThrow(), grade));
    }

    /**
     * When each rung of the ladder is due for a step due at {@code deadline}, by the Javadoc of the
     * standard escalation policy: the first rung as soon as the deadline passes, each further rung
     * one working day later. Index 0 is {@link EscalationRung#NONE} (never due).
     */
    static Instant[] rungsDue(Instant deadline) {
        EscalationRung[] rungs = EscalationRung.values();
        Instant[] due = new Instant[rungs.length];
        due[0] = Instant.MAX;
        due[1] = deadline;
        for (int k = 2; k < rungs.length; k++) {
            due[k] = CALENDAR.deadline(due[k - 1], TimeLimit.workingDays(1));
        }
        return due;
    }

    // ---------------------------------------------------------------- access, from AccessPolicy's Javadoc

    /** What access control sees of a case (or of a report about to be made). */
    record Facts(
            GridCode grid,
            HazardGrade grade,
            Optional<DepartmentId> department,
            String reporterId,
            Optional<String> enterpriseId) {}

    /**
     * Whether {@code actor} may take {@code action}, written from the rules listed on {@code
     * AccessPolicy} (design.md): any of the actor's roles may allow it.
     */
    static boolean allowed(Actor actor, Action action, Facts facts) {
        for (ActorRole role : actor.roles()) {
            if (allowedAs(role, actor, action, facts)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Action> COMMAND_CENTER_ACTIONS = EnumSet.of(
            // REPORT: command centers take hotline calls (12345) and enter them as public reports.
            Action.REPORT,
            Action.REGISTER,
            Action.REJECT,
            Action.MERGE,
            Action.DISPATCH,
            Action.REASSIGN,
            Action.CHANGE_CASE_ENTITY,
            Action.DOWNGRADE_MAJOR_HAZARD,
            Action.CHANGE_MAJOR_HAZARD_CRITERION,
            Action.DECIDE_EXTENSION,
            Action.SUSPEND,
            Action.RESUME,
            Action.REOPEN,
            Action.CLOSE,
            Action.ESCALATE,
            Action.READ,
            Action.FILE_MAJOR_HAZARD_REPORT,
            Action.STOP_PRODUCTION);

    private static boolean allowedAs(ActorRole role, Actor actor, Action action, Facts facts) {
        return switch (role) {
            // Grid staff report (also fixed on the spot), verify general hazards and read in their subtree.
            case GRID_STAFF ->
                inHomeSubtree(actor, facts)
                        && (action == Action.REPORT
                                || action == Action.REPORT_FIXED_ON_SPOT
                                || action == Action.READ
                                || action == Action.REOPEN
                                || (action == Action.VERIFY && facts.grade() == HazardGrade.GENERAL));
            case COMMAND_CENTER -> inHomeSubtree(actor, facts) && COMMAND_CENTER_ACTIONS.contains(action);
            // Departments report anywhere (inspections), act on cases dispatched to them, verify major ones.
            case DEPARTMENT_OFFICER ->
                action == Action.REPORT
                        || (facts.department().isPresent()
                                && facts.department().equals(actor.department())
                                && (action == Action.SUBMIT_RECTIFICATION
                                        || action == Action.REQUEST_EXTENSION
                                        || action == Action.RETURN
                                        || action == Action.READ
                                        || action == Action.FILE_MAJOR_HAZARD_REPORT
                                        || action == Action.STOP_PRODUCTION
                                        || action == Action.APPLY_FOR_RESUMPTION
                                        || action == Action.REVIEW_RESUMPTION
                                        || ((action == Action.VERIFY || action == Action.REOPEN)
                                                && facts.grade() == HazardGrade.MAJOR)));
            // Enterprises report, rectify and read their own cases only.
            case ENTERPRISE ->
                facts.enterpriseId().isPresent()
                        && facts.enterpriseId().equals(actor.enterpriseId())
                        && (action == Action.REPORT
                                || action == Action.SUBMIT_RECTIFICATION
                                || action == Action.REQUEST_EXTENSION
                                || action == Action.READ
                                || action == Action.FILE_MAJOR_HAZARD_REPORT
                                || action == Action.APPLY_FOR_RESUMPTION);
            // Citizens report anywhere; they follow only the public status of their own reports.
            // ... and complain about their own closed reports, which reopens them.
            case CITIZEN ->
                action == Action.REPORT
                        || (action == Action.REOPEN && facts.reporterId().equals(actor.id()));
            // The system also reports (the licence run's LICENCE_EXPIRED cases) and resumes suspended
            // cases at their review date.
            case SYSTEM ->
                action == Action.ESCALATE
                        || action == Action.READ
                        || action == Action.REPORT
                        || action == Action.RESUME
                        || action == Action.MOVE_TO_GRID;
            // The district administrator keeps the directory and takes no part in casework.
            case DISTRICT_ADMINISTRATOR -> false;
        };
    }

    /** Codes are hierarchical digit strings: an ancestor's code is a prefix of its descendants'. */
    private static boolean inHomeSubtree(Actor actor, Facts facts) {
        return actor.homeGrid()
                .map(home -> facts.grid().value().startsWith(home.value()))
                .orElse(false);
    }

    /** Whether {@code actor} may report from {@code source} (design.md step 1, plus the hotline). */
    static boolean mayReportFrom(Actor actor, CaseSource source) {
        return switch (source) {
            case GRID_PATROL -> actor.has(ActorRole.GRID_STAFF);
            case ENTERPRISE_SELF_REPORT -> actor.has(ActorRole.ENTERPRISE);
            case PUBLIC_REPORT -> actor.has(ActorRole.CITIZEN) || actor.has(ActorRole.COMMAND_CENTER);
            case DEPARTMENT_INSPECTION -> actor.has(ActorRole.DEPARTMENT_OFFICER);
            case LICENCE_EXPIRED -> actor.has(ActorRole.SYSTEM);
        };
    }

    /** The source an actor of this kind naturally reports from. */
    static CaseSource naturalSource(Actor actor) {
        if (actor.has(ActorRole.ENTERPRISE)) {
            return CaseSource.ENTERPRISE_SELF_REPORT;
        } else if (actor.has(ActorRole.DEPARTMENT_OFFICER)) {
            return CaseSource.DEPARTMENT_INSPECTION;
        } else if (actor.has(ActorRole.CITIZEN) || actor.has(ActorRole.COMMAND_CENTER)) {
            return CaseSource.PUBLIC_REPORT;
        }
        return CaseSource.GRID_PATROL;
    }

    // ---------------------------------------------------------------- one case

    /** The model's picture of one case; mutable, copied before each step. */
    static final class ModelCase {
        CaseId id;
        GridCode grid;
        String reporterId;
        Optional<String> enterpriseId = Optional.empty();
        SafetyDomain domain;
        String hazard;
        HazardGrade grade;
        CaseState state;
        long version;
        Optional<Instant> deadline = Optional.empty();
        EscalationRung rung = EscalationRung.NONE;
        Optional<Instant> pendingExtension = Optional.empty();
        int extensionCount;
        int reworkCount;
        boolean everOverdue;
        Optional<DepartmentId> department = Optional.empty();
        Optional<CaseId> mergedInto = Optional.empty();
        Optional<Boolean> closedOnTime = Optional.empty();
        Optional<Integer> satisfaction = Optional.empty();
        Optional<String> entity = Optional.empty();
        Optional<SuspensionKind> suspendedAs = Optional.empty();
        Optional<Instant> reviewAt = Optional.empty();
        Optional<Instant> closedAt = Optional.empty();
        int reopenCount;
        Optional<String> criterion = Optional.empty();
        boolean everDispatched;
        /** The reports a major hazard owes: kind → due, and kind → filed at (in the order they arose). */
        Map<MajorHazardReportKind, Instant> reportsDue = new java.util.LinkedHashMap<>();

        Map<MajorHazardReportKind, Instant> reportsFiled = new java.util.LinkedHashMap<>();
        /** How far each overdue report's duty was escalated (absent: never). */
        Map<MajorHazardReportKind, EscalationRung> reportRungs = new java.util.LinkedHashMap<>();

        Optional<ProductionStopScope> stopped = Optional.empty();
        Optional<Instant> writtenOffAt = Optional.empty();

        ModelCase copy() {
            ModelCase c = new ModelCase();
            c.id = id;
            c.grid = grid;
            c.reporterId = reporterId;
            c.enterpriseId = enterpriseId;
            c.domain = domain;
            c.hazard = hazard;
            c.grade = grade;
            c.state = state;
            c.version = version;
            c.deadline = deadline;
            c.rung = rung;
            c.pendingExtension = pendingExtension;
            c.extensionCount = extensionCount;
            c.reworkCount = reworkCount;
            c.everOverdue = everOverdue;
            c.department = department;
            c.mergedInto = mergedInto;
            c.closedOnTime = closedOnTime;
            c.satisfaction = satisfaction;
            c.entity = entity;
            c.suspendedAs = suspendedAs;
            c.reviewAt = reviewAt;
            c.closedAt = closedAt;
            c.reopenCount = reopenCount;
            c.criterion = criterion;
            c.everDispatched = everDispatched;
            c.reportsDue = new java.util.LinkedHashMap<>(reportsDue);
            c.reportsFiled = new java.util.LinkedHashMap<>(reportsFiled);
            c.reportRungs = new java.util.LinkedHashMap<>(reportRungs);
            c.stopped = stopped;
            c.writtenOffAt = writtenOffAt;
            return c;
        }

        Facts facts() {
            return new Facts(grid, grade, department, reporterId, enterpriseId);
        }

        boolean overdueAt(Instant now) {
            return isOpen(state) && deadline.map(now::isAfter).orElse(false);
        }

        /** A step change at {@code now}: the ladder starts again; a late step marks the case overdue. */
        void enter(CaseState next, Instant now) {
            everOverdue |= overdueAt(now);
            state = next;
            rung = EscalationRung.NONE;
            deadline = isOpen(next) ? Optional.of(LifecycleModel.deadline(next, grade, now)) : Optional.empty();
            if (!isOpen(next)) {
                pendingExtension = Optional.empty();
            }
            closedAt = next == CaseState.CLOSED ? Optional.of(now) : Optional.empty();
        }

        /** Whether a report the major hazard owes is outstanding. */
        boolean owesReport() {
            return reportsDue.keySet().stream().anyMatch(k -> !reportsFiled.containsKey(k));
        }

        /** The reports arise once, at the first dispatch of a major hazard (or its becoming major after one). */
        List<String> reportsDueIfNone(Instant now) {
            if (!reportsDue.isEmpty()) {
                return List.of();
            }
            reportsDue.put(MajorHazardReportKind.SUPERVISING_DEPARTMENT, now.plus(REPORT_TO_DEPARTMENT));
            reportsDue.put(MajorHazardReportKind.WORKERS_CONGRESS, now.plus(REPORT_TO_CONGRESS));
            return List.of("MajorHazardReportsDue");
        }

        /** The rungs an escalation at {@code now} climbs, in order (none if nothing is due). */
        List<EscalationRung> escalationsAt(Instant now) {
            List<EscalationRung> climbed = new ArrayList<>();
            if (!isOpen(state) || deadline.isEmpty()) {
                return climbed;
            }
            Instant[] due = rungsDue(deadline.get());
            EscalationRung[] rungs = EscalationRung.values();
            for (int k = rung.ordinal() + 1; k < rungs.length && now.isAfter(due[k]); k++) {
                climbed.add(rungs[k]);
            }
            return climbed;
        }

        /**
         * The rungs each outstanding report of a major hazard climbs at {@code now}, counted from
         * the report's own deadline as the step's ladder is from the step's, as {@code
         * "KIND/RUNG"}; none on a case that is finished or not (or no longer) major.
         */
        List<String> reportEscalationsAt(Instant now) {
            List<String> climbed = new ArrayList<>();
            if (grade != HazardGrade.MAJOR
                    || state == CaseState.CLOSED
                    || state == CaseState.REJECTED
                    || state == CaseState.MERGED) {
                return climbed;
            }
            EscalationRung[] rungs = EscalationRung.values();
            for (Map.Entry<MajorHazardReportKind, Instant> owed : reportsDue.entrySet()) {
                if (reportsFiled.containsKey(owed.getKey())) {
                    continue;
                }
                Instant[] due = rungsDue(owed.getValue());
                EscalationRung reached = reportRungs.getOrDefault(owed.getKey(), EscalationRung.NONE);
                for (int k = reached.ordinal() + 1; k < rungs.length && now.isAfter(due[k]); k++) {
                    climbed.add(owed.getKey() + "/" + rungs[k]);
                }
            }
            return climbed;
        }

        /** The fields compared with the real case, in a form that prints well. */
        Projection projection() {
            return new Projection(
                    id,
                    state,
                    version,
                    deadline,
                    rung,
                    pendingExtension,
                    extensionCount,
                    reworkCount,
                    everOverdue,
                    domain,
                    hazard,
                    grade,
                    department,
                    mergedInto,
                    closedOnTime,
                    satisfaction,
                    entity,
                    suspendedAs,
                    reviewAt,
                    reopenCount,
                    criterion,
                    reports(),
                    stopped,
                    writtenOffAt);
        }

        private List<String> reports() {
            return reportsDue.entrySet().stream()
                    .map(e -> e.getKey() + " due " + e.getValue()
                            + Optional.ofNullable(reportsFiled.get(e.getKey()))
                                    .map(f -> " filed " + f)
                                    .orElse("")
                            + Optional.ofNullable(reportRungs.get(e.getKey()))
                                    .map(r -> " rung " + r)
                                    .orElse(""))
                    .toList();
        }

        @Override
        public String toString() {
            return projection().toString();
        }
    }

    /** What the model predicts of a case, and what is read back from the real one. */
    record Projection(
            CaseId id,
            CaseState state,
            long version,
            Optional<Instant> deadline,
            EscalationRung rung,
            Optional<Instant> pendingExtension,
            int extensionCount,
            int reworkCount,
            boolean everOverdue,
            SafetyDomain domain,
            String hazard,
            HazardGrade grade,
            Optional<DepartmentId> department,
            Optional<CaseId> mergedInto,
            Optional<Boolean> closedOnTime,
            Optional<Integer> satisfaction,
            Optional<String> entity,
            Optional<SuspensionKind> suspendedAs,
            Optional<Instant> reviewAt,
            int reopenCount,
            Optional<String> majorHazardCriterion,
            List<String> majorHazardReports,
            Optional<ProductionStopScope> productionStop,
            Optional<Instant> writtenOffAt) {

        static Projection of(Case c) {
            return new Projection(
                    c.id(),
                    c.state(),
                    c.version(),
                    c.deadline(),
                    c.escalationRung(),
                    c.pendingExtension().map(ExtensionRequest::requestedDeadline),
                    c.extensionCount(),
                    c.reworkCount(),
                    c.everOverdue(),
                    c.domain(),
                    c.hazard().value(),
                    c.grade(),
                    c.department(),
                    c.mergedInto(),
                    c.closedOnTime(),
                    c.satisfaction(),
                    c.entity().map(e -> e.id().value()),
                    c.suspension().map(Suspension::kind),
                    c.suspension().map(Suspension::reviewAt),
                    c.reopenCount(),
                    c.majorHazardCriterion(),
                    c.majorHazardReports().stream()
                            .map(r -> r.kind() + " due " + r.dueAt()
                                    + r.filedAt().map(f -> " filed " + f).orElse("")
                                    + (r.rung() == EscalationRung.NONE ? "" : " rung " + r.rung()))
                            .toList(),
                    c.productionStop().map(ProductionStop::scope),
                    c.writtenOffAt());
        }
    }
}
