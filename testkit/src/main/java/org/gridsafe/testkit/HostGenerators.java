package org.gridsafe.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.GridDirectory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators drawn from a host's own directory instead of the {@link SampleDistrict}:
 * its grids, the people on its grids' staff, its departments, reports its duty rules can route, and
 * instants its working calendar and time limits make interesting (working time, either side of a
 * deadline).
 *
 * <pre>{@code
 * HostGenerators host = HostGenerators.from(myDirectory);
 * qt().forAll(host.reports()).checkAssert(r -> {
 *     Case c = casework.report(r.reporter(), r.report());
 *     assertThat(c.grid()).isEqualTo(r.report().grid().orElseThrow());
 * });
 * }</pre>
 *
 * <p>Nothing is invented where the directory has an answer: grid staff are the staff assignments,
 * departments are the duty matrix's. Roles a directory does not list people for (command centers,
 * department officers, enterprises, citizens, the district administrator) get made-up actors whose
 * scope comes from the directory (a command center per district and street grid, an officer per
 * department, an administrator per root grid).
 */
public final class HostGenerators {

    /**
     * A report together with someone allowed to make it: a member of the staff of the report's
     * grid, or of the nearest grid above it that has staff.
     */
    public record Reported(Actor reporter, Report report) {

        public Reported {
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(report, "report");
        }
    }

    /** A combination the duty rules route to a department, at a level of the grid tree. */
    private record Routable(GridLevel level, SafetyDomain domain, HazardCode hazard, HazardGrade grade) {}

    private final GridTree grids;
    private final DutyMatrix duties;
    private final TimeLimits timeLimits;
    private final WorkCalendar calendar;
    private final List<Routable> routable;

    private HostGenerators(GridTree grids, DutyMatrix duties, TimeLimits timeLimits, WorkCalendar calendar) {
        this.grids = Objects.requireNonNull(grids, "grids");
        this.duties = Objects.requireNonNull(duties, "dutyMatrix");
        this.timeLimits = Objects.requireNonNull(timeLimits, "timeLimits");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (grids.size() == 0) {
            throw new IllegalArgumentException("directory: the grid tree is empty, there is nothing to generate from");
        }
        this.routable = routable(grids, duties);
    }

    /** Generators over {@code directory}, with its own time limits and calendar. */
    public static HostGenerators from(GridDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        return from(directory, directory.timeLimits(), directory.workCalendar());
    }

    /**
     * Generators over {@code directory}'s grids and duty rules with other time limits and another
     * calendar (say the ones a host is about to configure).
     */
    public static HostGenerators from(GridDirectory directory, TimeLimits timeLimits, WorkCalendar calendar) {
        Objects.requireNonNull(directory, "directory");
        return new HostGenerators(directory.grids(), directory.dutyMatrix(), timeLimits, calendar);
    }

    /** Every grid of the directory, any level. */
    public Gen<Grid> grids() {
        return pick(sorted(grids.grids()), "directory: no grids");
    }

    /** The grids of one level; fails naming the level when the directory has none there. */
    public Gen<Grid> grids(GridLevel level) {
        List<Grid> atLevel =
                sorted(grids.grids()).stream().filter(g -> g.level() == level).toList();
        return pick(atLevel, "directory: no grids at level " + level);
    }

    /** The codes of every grid (for scopes and query criteria). */
    public Gen<GridCode> gridCodes() {
        return grids().map(Grid::code);
    }

    /** The duty matrix's departments. */
    public Gen<Department> departments() {
        List<Department> departments = duties.departments().stream()
                .sorted(Comparator.comparing(d -> d.id().value()))
                .toList();
        return pick(departments, "directory: the duty matrix has no departments");
    }

    /**
     * Actors holding {@code role}: grid staff are the directory's staff assignments (at home in
     * their grid); the other roles are made up within the directory's scopes (see the class
     * comment). {@link ActorRole#SYSTEM} is {@link Actor#SYSTEM}.
     */
    public Gen<Actor> actors(ActorRole role) {
        Objects.requireNonNull(role, "role");
        List<Actor> actors = new ArrayList<>();
        switch (role) {
            case GRID_STAFF -> {
                for (Grid grid : sorted(grids.grids())) {
                    for (StaffAssignment staff : grid.staff()) {
                        actors.add(Actor.gridStaff(staff.personId(), staff.displayName(), grid.code()));
                    }
                }
            }
            case COMMAND_CENTER -> {
                for (Grid grid : sorted(grids.grids())) {
                    if (grid.level() == GridLevel.DISTRICT || grid.level() == GridLevel.STREET) {
                        actors.add(Actor.commandCenter("cc-" + grid.code().value(), grid.name() + "指挥中心", grid.code()));
                    }
                }
            }
            case DEPARTMENT_OFFICER -> {
                for (Department department : duties.departments()) {
                    actors.add(Actor.departmentOfficer(
                            "officer-" + department.id().value(), department.zhName() + "执法人员", department.id()));
                }
                actors.sort(Comparator.comparing(Actor::id));
            }
            case DISTRICT_ADMINISTRATOR -> {
                for (Grid root : sorted(grids.roots())) {
                    actors.add(Actor.districtAdministrator(
                            "admin-" + root.code().value(), root.name() + "系统管理员", root.code()));
                }
            }
            case ENTERPRISE -> {
                for (int i = 1; i <= 5; i++) {
                    actors.add(Actor.enterprise("ent-" + i, "生产经营单位" + i + "安全员", "host-enterprise-" + i));
                }
            }
            case CITIZEN -> {
                for (int i = 1; i <= 5; i++) {
                    actors.add(Actor.citizen("citizen-" + i, "群众" + i));
                }
            }
            case SYSTEM -> actors.add(Actor.SYSTEM);
        }
        return pick(actors, "directory: no " + role.enName() + " to draw (no staff assignments on any grid?)");
    }

    /**
     * Patrol reports in the directory's grids that its duty rules route to a department, each with
     * a member of the grid staff allowed to make it. Hazards come from the standard catalog's
     * categories; both grades.
     */
    public Gen<Reported> reports() {
        List<Reported> templates = new ArrayList<>();
        for (Grid grid : sorted(grids.grids())) {
            Optional<Actor> reporter = staffAtOrAbove(grid);
            if (reporter.isEmpty()) {
                continue;
            }
            for (Routable r : routable) {
                if (r.level() == grid.level()) {
                    templates.add(new Reported(
                            reporter.get(),
                            Report.builder()
                                    .source(CaseSource.GRID_PATROL)
                                    .grid(grid.code())
                                    .domain(r.domain())
                                    .hazard(r.hazard())
                                    .grade(r.grade())
                                    .description(grid.name() + "巡查发现的隐患")
                                    .build()));
                }
            }
        }
        return pick(
                templates, "directory: no grid has staff and a duty rule for it, so no report can be made and routed");
    }

    /**
     * Working instants (by the calendar) on the {@code days} days from {@code first}, whole minutes.
     * Fails naming the range when the calendar has no working time in it.
     */
    public Gen<Instant> workingInstants(LocalDate first, int days) {
        Objects.requireNonNull(first, "first");
        if (days < 1) {
            throw new IllegalArgumentException("days: must be at least 1, was " + days);
        }
        List<Instant> minutes = new ArrayList<>();
        Instant from = first.atStartOfDay(calendar.zone()).toInstant();
        Instant until = first.plusDays(days).atStartOfDay(calendar.zone()).toInstant();
        for (Instant t = from; t.isBefore(until); t = t.plus(Duration.ofMinutes(1))) {
            if (calendar.isWorkingTime(t)) {
                minutes.add(t);
            }
        }
        return pick(minutes, "calendar: no working time from " + first + " for " + days + " days");
    }

    /**
     * Instants either side of the deadline a step started at {@code start} gets: the last
     * millisecond before it, the deadline itself, the first millisecond after, and anywhere from
     * {@code start} to a limit's length past it. Fails naming the step when it has no time limit.
     */
    public Gen<Instant> aroundDeadline(Instant start, WorkflowStep step, HazardGrade grade) {
        Objects.requireNonNull(start, "start");
        TimeLimit limit = timeLimits
                .find(step, grade)
                .orElseThrow(() -> new IllegalArgumentException(
                        "timeLimits: step " + step + " has no limit for " + grade + " hazards"));
        Instant deadline = calendar.deadline(start, limit);
        long span = Duration.between(start, deadline).toMillis() * 2 + 2;
        Gen<Instant> edges = Generate.pick(List.of(deadline.minusMillis(1), deadline, deadline.plusMillis(1)));
        Gen<Instant> anywhere = SourceDSL.longs().between(0, span).map(start::plusMillis);
        return edges.mix(anywhere, 50);
    }

    /** The deadline the host's calendar and time limits give a step started at {@code start}. */
    public Instant deadline(Instant start, WorkflowStep step, HazardGrade grade) {
        return calendar.deadline(start, timeLimits.limit(step, grade));
    }

    private Optional<Actor> staffAtOrAbove(Grid grid) {
        List<Grid> chain = new ArrayList<>();
        chain.add(grid);
        List<Grid> ancestors = new ArrayList<>(grids.ancestors(grid.code()));
        // Nearest first, whichever order the tree lists ancestors in.
        ancestors.sort(
                Comparator.comparingInt((Grid g) -> g.code().value().length()).reversed());
        chain.addAll(ancestors);
        for (Grid g : chain) {
            if (!g.staff().isEmpty()) {
                StaffAssignment staff = g.staff().get(0);
                return Optional.of(Actor.gridStaff(staff.personId(), staff.displayName(), g.code()));
            }
        }
        return Optional.empty();
    }

    private static List<Routable> routable(GridTree grids, DutyMatrix duties) {
        Set<GridLevel> levels = EnumSet.noneOf(GridLevel.class);
        grids.grids().forEach(g -> levels.add(g.level()));
        List<HazardCode> hazards = HazardCatalog.standard().categories().stream()
                .map(HazardCatalog.Entry::code)
                .toList();
        List<Routable> result = new ArrayList<>();
        for (GridLevel level : levels) {
            for (SafetyDomain domain : SafetyDomain.values()) {
                for (HazardCode hazard : hazards) {
                    for (HazardGrade grade : HazardGrade.values()) {
                        if (duties.route(domain, hazard, grade, level).isPresent()) {
                            result.add(new Routable(level, domain, hazard, grade));
                        }
                    }
                }
            }
        }
        return result;
    }

    private static List<Grid> sorted(java.util.Collection<Grid> grids) {
        return grids.stream()
                .sorted(Comparator.comparing(g -> g.code().value()))
                .toList();
    }

    private static <T> Gen<T> pick(List<T> values, String whyEmpty) {
        if (values.isEmpty()) {
            throw new IllegalStateException(whyEmpty);
        }
        return Generate.pick(List.copyOf(values));
    }
}
