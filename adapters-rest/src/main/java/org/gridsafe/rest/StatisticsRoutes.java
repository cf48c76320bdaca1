package org.gridsafe.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.Statistics;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.Ranked;
import org.gridsafe.stats.Rate;
import org.gridsafe.stats.StepDurations;

/**
 * {@code /api/v1/stats...}: the indicators of {@code docs/statistics.md} and the rankings of child
 * grids and departments, as JSON or (with {@code Accept: text/csv}) as a CSV table.
 *
 * <p>Who sees what is core's ({@link org.gridsafe.Statistics#scopeFor}, the access policy's
 * {@code READ_STATISTICS}): command centers the subtree of their home grid, department officers
 * the cases dispatched to their own department; everybody else is refused.
 */
final class StatisticsRoutes {

    private final GridSafe gridSafe;
    private final Json json;
    private final Clock clock;

    StatisticsRoutes(GridSafe gridSafe, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.json = json;
        this.clock = clock;
    }

    /** The scope, period and as-of instant of one statistics request, checked and defaulted. */
    private record Request(CaseScope scope, Period period, Instant asOf, Optional<Grid> parent) {}

    Reply indicators(Exchange ex) {
        Request r = request(ex, false);
        CaseIndicators indicators = gridSafe.statistics().indicators(r.scope(), r.period(), r.asOf());
        if (StatisticsCsv.wanted(ex)) {
            return StatisticsCsv.indicators(json, r.scope(), r.period(), r.asOf(), indicators);
        }
        ObjectNode body = header(r);
        body.set("indicators", indicatorsView(indicators));
        return ok(body);
    }

    Reply rankGrids(Exchange ex) {
        Request r = request(ex, true);
        Grid parent = r.parent().orElseThrow();
        List<Ranked<Grid>> ranked =
                gridSafe.statistics().rankChildGrids(parent.code(), r.scope(), r.period(), r.asOf());
        if (StatisticsCsv.wanted(ex)) {
            return StatisticsCsv.grids(json, ranked);
        }
        ObjectNode body = header(r);
        body.set("parent", gridView(parent));
        ArrayNode items = body.putArray("items");
        int rank = 1;
        for (Ranked<Grid> entry : ranked) {
            ObjectNode item = items.addObject();
            item.put("rank", rank++);
            item.set("grid", gridView(entry.subject()));
            item.set("indicators", indicatorsView(entry.indicators()));
        }
        return ok(body);
    }

    Reply rankDepartments(Exchange ex) {
        Request r = request(ex, false);
        List<Ranked<Department>> ranked =
                gridSafe.statistics().rankDepartments(ex.actor(), r.scope(), r.period(), r.asOf());
        if (StatisticsCsv.wanted(ex)) {
            return StatisticsCsv.departments(json, ranked);
        }
        ObjectNode body = header(r);
        ArrayNode items = body.putArray("items");
        int rank = 1;
        for (Ranked<Department> entry : ranked) {
            ObjectNode item = items.addObject();
            item.put("rank", rank++);
            ObjectNode department = item.putObject("department");
            department.put("id", entry.subject().id().value());
            department.put("zhName", entry.subject().zhName());
            department.put("enName", entry.subject().enName());
            item.set("indicators", indicatorsView(entry.indicators()));
        }
        return ok(body);
    }

    /** Each department judged on its own step (处置率, 按期处置率, 超期待处置率, returns, reassignments). */
    Reply departmentIndicators(Exchange ex) {
        Request r = request(ex, false);
        return departmentTable(
                ex, r, gridSafe.statistics().departmentIndicators(ex.actor(), r.scope(), r.period(), r.asOf()));
    }

    /** The department table in ranking order (处置考核排名). */
    Reply rankDepartmentDisposal(Exchange ex) {
        Request r = request(ex, false);
        return departmentTable(
                ex, r, gridSafe.statistics().rankDepartmentDisposal(ex.actor(), r.scope(), r.period(), r.asOf()));
    }

    private Reply departmentTable(Exchange ex, Request r, List<DepartmentIndicators> rows) {
        if (StatisticsCsv.wanted(ex)) {
            return StatisticsCsv.departmentIndicators(json, rows);
        }
        ObjectNode body = header(r);
        ArrayNode items = body.putArray("items");
        for (DepartmentIndicators d : rows) {
            ObjectNode item = items.addObject();
            item.put("department", d.department().value());
            item.put("due", d.due());
            item.put("done", d.done());
            item.put("doneOnTime", d.doneOnTime());
            item.put("overduePending", d.overduePending());
            item.put("returns", d.returns());
            item.put("reassignedAway", d.reassignedAway());
            item.set("disposalRate", rate(d.disposalRate()));
            item.set("onTimeDisposalRate", rate(d.onTimeDisposalRate()));
            item.set("overduePendingRate", rate(d.overduePendingRate()));
        }
        return ok(body);
    }

    /**
     * The open work now of each child of {@code parent} (open, major, overdue, worst grade): what
     * the command center's map colours, counted by the store instead of the browser.
     */
    Reply openGrids(Exchange ex) {
        Request r = request(ex, true);
        Grid parent = r.parent().orElseThrow();
        List<org.gridsafe.stats.OpenCaseCounts.OfGrid> rows =
                gridSafe.statistics().openNowPerChildGrid(parent.code(), r.scope(), r.asOf());
        ObjectNode body = header(r);
        // Counted as the cases stand at asOf: a period does not apply.
        body.remove("period");
        body.set("parent", gridView(parent));
        ArrayNode items = body.putArray("items");
        for (org.gridsafe.stats.OpenCaseCounts.OfGrid row : rows) {
            ObjectNode item = items.addObject();
            item.set("grid", gridView(row.grid()));
            item.put("open", row.counts().open());
            item.put("openMajor", row.counts().openMajor());
            item.put("overdue", row.counts().overdue());
            if (row.counts().worstGrade().isPresent()) {
                item.put("worstGrade", row.counts().worstGrade().get().name());
            } else {
                item.putNull("worstGrade");
            }
        }
        return Reply.of(200, Reply.JSON, json.write(body));
    }

    // ---- parameters and access

    private Request request(Exchange ex, boolean withParent) {
        Actor actor = ex.actor();
        Statistics statistics = gridSafe.statistics();
        // May this actor read any statistics at all? Refused before the parameters are looked at.
        statistics.checkAccess(actor, ScopeFacts.everything());
        ZoneId zone = json.zone();
        Fields f = new Fields();
        Optional<Grid> grid = grid(f, "grid", ex.query("grid"));
        Optional<Grid> parent = withParent ? grid(f, "parent", ex.query("parent")) : Optional.empty();
        Optional<DepartmentId> department =
                f.parse("department", ex.query("department").orElse(null), DepartmentId::of);
        if (department.isPresent()
                && gridSafe.directory()
                        .dutyMatrix()
                        .department(department.get())
                        .isEmpty()) {
            f.fail("department", "no department " + department.get().value() + " in the duty matrix");
        }
        Optional<SafetyDomain> domain = f.enumValue("domain", ex.query("domain").orElse(null), SafetyDomain.class);
        Optional<HazardGrade> grade = f.enumValue("grade", ex.query("grade").orElse(null), HazardGrade.class);
        Optional<EntityId> entity = f.parse("entity", ex.query("entity").orElse(null), EntityId::of);
        Optional<String> sector = f.parse("sector", ex.query("sector").orElse(null), CaseRoutes::catalogId);
        Optional<RiskLevel> riskLevel =
                f.enumValue("riskLevel", ex.query("riskLevel").orElse(null), RiskLevel.class);
        Optional<String> supervisionClass =
                f.parse("supervisionClass", ex.query("supervisionClass").orElse(null), CaseRoutes::catalogId);
        Optional<Instant> asOfParam = moment(f, "asOf", ex.query("asOf"), zone);
        Optional<Instant> fromParam = moment(f, "from", ex.query("from"), zone);
        Optional<Instant> toParam = moment(f, "to", ex.query("to"), zone);
        f.check("statistics query");

        Instant asOf = asOfParam.orElseGet(clock::instant);
        // Default period: the calendar month (district zone) containing asOf; nothing after asOf
        // counts, so for the current month this is "the month so far".
        ZonedDateTime monthStart =
                asOf.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        Instant from = fromParam.orElse(monthStart.toInstant());
        Instant to = toParam.orElse(monthStart.plusMonths(1).toInstant());
        if (!from.isBefore(to)) {
            f.fail("from", "must be before to (" + json.time(to) + ")");
            f.check("statistics query");
        }

        CaseScope requested = CaseScope.all();
        if (grid.isPresent()) {
            requested = requested.withinGrid(grid.get().code());
        }
        if (department.isPresent()) {
            requested = requested.department(department.get());
        }
        CaseScope scope = statistics.scopeFor(actor, requested);
        if (parent.isPresent()) {
            statistics.checkAccess(actor, ScopeFacts.within(parent.get().code()));
        } else if (withParent) {
            Optional<GridCode> home = statistics.reach(actor).grid();
            if (home.isPresent()) {
                parent = gridSafe.directory().grids().find(home.get());
            } else {
                List<Grid> roots = gridSafe.directory().grids().roots();
                if (roots.size() != 1) {
                    f.fail("parent", "is required: this directory has " + roots.size() + " root grids");
                    f.check("statistics query");
                }
                parent = Optional.of(roots.get(0));
            }
        }
        if (domain.isPresent()) {
            scope = scope.domain(domain.get());
        }
        if (grade.isPresent()) {
            scope = scope.grade(grade.get());
        }
        if (entity.isPresent()) {
            scope = scope.entity(entity.get());
        }
        if (sector.isPresent()) {
            scope = scope.sector(sector.get());
        }
        if (riskLevel.isPresent()) {
            scope = scope.riskLevel(riskLevel.get());
        }
        if (supervisionClass.isPresent()) {
            scope = scope.supervisionClass(supervisionClass.get());
        }
        return new Request(scope, new Period(from, to), asOf, parent);
    }

    private Optional<Grid> grid(Fields f, String field, Optional<String> text) {
        Optional<GridCode> code = f.parse(field, text.orElse(null), GridCode::parse);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Grid> grid = gridSafe.directory().grids().find(code.get());
        if (grid.isEmpty()) {
            f.fail(field, "no grid " + code.get().value() + " in this district");
        }
        return grid;
    }

    /** An ISO-8601 date-time with offset, or a date meaning the start of that day in the district's zone. */
    private static Optional<Instant> moment(Fields f, String field, Optional<String> text, ZoneId zone) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            f.fail(
                    field,
                    "must be an ISO-8601 date-time with an offset (2026-03-01T00:00:00+08:00) or a date (2026-03-01), was '"
                            + value + "'");
            return Optional.empty();
        }
    }

    // ---- views

    private ObjectNode header(Request r) {
        ObjectNode body = json.mapper().createObjectNode();
        ObjectNode scope = body.putObject("scope");
        r.scope().withinGrid().ifPresent(g -> scope.put("grid", g.value()));
        r.scope().department().ifPresent(d -> scope.put("department", d.value()));
        r.scope().domain().ifPresent(d -> scope.put("domain", d.name()));
        r.scope().grade().ifPresent(g -> scope.put("grade", g.name()));
        r.scope().entity().ifPresent(e -> scope.put("entity", e.value()));
        r.scope().sector().ifPresent(sector -> scope.put("sector", sector));
        r.scope().riskLevel().ifPresent(level -> scope.put("riskLevel", level.name()));
        r.scope().supervisionClass().ifPresent(code -> scope.put("supervisionClass", code));
        ObjectNode period = body.putObject("period");
        period.put("from", json.time(r.period().from()));
        period.put("to", json.time(r.period().to()));
        body.put("asOf", json.time(r.asOf()));
        return body;
    }

    private ObjectNode gridView(Grid grid) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("code", grid.code().value());
        v.put("name", grid.name());
        v.put("level", grid.level().name());
        return v;
    }

    private ObjectNode indicatorsView(CaseIndicators i) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("reported", i.reported());
        v.put("registered", i.registered());
        v.put("dispatched", i.dispatched());
        v.put("closed", i.closed());
        v.put("closedOnTime", i.closedOnTime());
        v.put("dueToClose", i.dueToClose());
        v.put("closedWithRework", i.closedWithRework());
        v.put("dispatchedWithExtension", i.dispatchedWithExtension());
        v.set("closureRate", rate(i.closureRate()));
        v.set("onTimeRate", rate(i.onTimeRate()));
        v.set("reworkRate", rate(i.reworkRate()));
        v.set("extensionRate", rate(i.extensionRate()));
        v.put("overdueNow", i.overdueNow());
        ObjectNode rungs = v.putObject("overdueByRung");
        for (EscalationRung rung : EscalationRung.values()) {
            rungs.put(rung.name(), i.overdueByRung().getOrDefault(rung, 0L));
        }
        ObjectNode steps = v.putObject("timePerStep");
        for (Map.Entry<WorkflowStep, StepDurations> step : timedSteps(i)) {
            ObjectNode s = steps.putObject(step.getKey().name());
            StepDurations d = step.getValue();
            s.put("count", d.count());
            duration(s, "mean", d.mean());
            duration(s, "p90", d.p90());
        }
        return v;
    }

    /** The timed steps in workflow order. */
    static List<Map.Entry<WorkflowStep, StepDurations>> timedSteps(CaseIndicators i) {
        return java.util.Arrays.stream(WorkflowStep.values())
                .filter(i.timePerStep()::containsKey)
                .map(step -> Map.entry(step, i.timePerStep().get(step)))
                .toList();
    }

    private ObjectNode rate(Rate rate) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("numerator", rate.numerator());
        v.put("denominator", rate.denominator());
        if (rate.value().isPresent()) {
            v.put("value", rate.value().getAsDouble());
        } else {
            v.putNull("value");
        }
        v.put("percent", rate.percent());
        return v;
    }

    private static void duration(ObjectNode v, String name, Optional<Duration> d) {
        if (d.isPresent()) {
            v.put(name, d.get().toString());
            v.put(name + "Seconds", d.get().toSeconds());
        } else {
            v.putNull(name);
            v.putNull(name + "Seconds");
        }
    }

    private Reply ok(ObjectNode body) {
        return Reply.of(200, Reply.JSON, json.write(body)).withHeader("Vary", "Accept");
    }
}
