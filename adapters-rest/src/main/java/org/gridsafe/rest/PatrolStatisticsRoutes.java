package org.gridsafe.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.PatrolStatistics;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.PatrolRankingWeights;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.RankedPatrol;
import org.gridsafe.stats.Rate;
import org.gridsafe.stats.StaffMember;

/**
 * {@code /api/v1/stats/patrol-indicators}, {@code /api/v1/stats/rankings/patrol} and {@code
 * /api/v1/stats/rankings/patrol/staff}: the patrol indicators of {@code docs/statistics.md} for a grid subtree
 * and period, and the children of a grid (or every grid of a level) and the staff members ranked by them, as
 * JSON or (with {@code Accept: text/csv}) CSV. Who sees what is core's ({@link PatrolStatistics#scopeFor}).
 */
final class PatrolStatisticsRoutes {

    private static final List<String> FIGURES = List.of(
            "occurrences",
            "due",
            "done",
            "doneOnTime",
            "missed",
            "skipped",
            "entitiesDue",
            "entitiesCovered",
            "patrolCases",
            "rejectedPatrolCases",
            "coverage.percent",
            "onTimeRate.percent",
            "validReportRate.percent",
            "hazardsPer100Entities");

    private final GridSafe gridSafe;
    private final PatrolStatistics stats;
    private final Json json;
    private final Clock clock;

    PatrolStatisticsRoutes(GridSafe gridSafe, PatrolStatistics stats, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.stats = stats;
        this.json = json;
        this.clock = clock;
    }

    /** The grid, period and as-of instant of one request, checked and defaulted. */
    private record Request(Optional<GridCode> grid, Period period, Instant asOf) {}

    Reply indicators(Exchange ex) {
        Request r = request(ex, "grid");
        PatrolIndicators i = stats.indicators(ex.actor(), r.grid(), r.period(), r.asOf());
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), r.grid());
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = new ArrayList<>(List.of("grid", "from", "to", "asOf"));
            header.addAll(FIGURES);
            List<String> row = new ArrayList<>(List.of(
                    grid.map(GridCode::value).orElse(""),
                    json.time(r.period().from()),
                    json.time(r.period().to()),
                    json.time(r.asOf())));
            row.addAll(figures(i));
            return StatisticsCsv.reply("patrol-indicators.csv", header, List.of(row));
        }
        ObjectNode body = header(grid, r, "grid");
        body.set("indicators", view(i));
        return ok(body);
    }

    Reply rankGrids(Exchange ex) {
        Request r = request(ex, "parent");
        Optional<GridLevel> level = level(ex);
        List<RankedPatrol<Grid>> ranked;
        GridCode parent;
        if (level.isPresent()) {
            // By level: every grid of the level in the parent's subtree (default: the home grid, else all).
            Optional<GridCode> within = stats.scopeFor(ex.actor(), r.grid());
            ranked = stats.rankGrids(ex.actor(), within, level.get(), r.period(), r.asOf());
            parent = within.orElse(null);
        } else {
            // The parent: the one named, else the actor's home grid, else the district's only root.
            parent = stats.scopeFor(ex.actor(), r.grid()).orElseGet(() -> {
                List<Grid> roots = gridSafe.directory().grids().roots();
                if (roots.size() != 1) {
                    Fields f = new Fields();
                    f.fail("parent", "is required: this directory has " + roots.size() + " root grids");
                    f.check("statistics query");
                }
                return roots.get(0).code();
            });
            ranked = stats.rankChildGrids(ex.actor(), parent, r.period(), r.asOf());
        }
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = new ArrayList<>(List.of("rank", "grid.code", "grid.name", "grid.level", "score"));
            header.addAll(FIGURES);
            List<List<String>> rows = new ArrayList<>();
            int rank = 1;
            for (RankedPatrol<Grid> entry : ranked) {
                List<String> row = new ArrayList<>(List.of(
                        String.valueOf(rank++),
                        entry.subject().code().value(),
                        StatisticsCsv.text(entry.subject().name()),
                        entry.subject().level().name(),
                        score(entry.score())));
                row.addAll(figures(entry.indicators()));
                rows.add(row);
            }
            return StatisticsCsv.reply("patrol-ranking.csv", header, rows);
        }
        ObjectNode body = header(Optional.ofNullable(parent), r, "parent");
        level.ifPresent(l -> ((ObjectNode) body.get("scope")).put("level", l.name()));
        body.set("weights", weights(stats.weights()));
        ArrayNode items = body.putArray("items");
        int rank = 1;
        for (RankedPatrol<Grid> entry : ranked) {
            ObjectNode item = items.addObject();
            item.put("rank", rank++);
            ObjectNode g = item.putObject("grid");
            g.put("code", entry.subject().code().value());
            g.put("name", entry.subject().name());
            g.put("level", entry.subject().level().name());
            item.put("score", Double.parseDouble(score(entry.score())));
            item.put("counted", entry.counted());
            item.set("indicators", view(entry.indicators()));
        }
        return ok(body);
    }

    Reply rankStaff(Exchange ex) {
        Request r = request(ex, "grid");
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), r.grid());
        List<RankedPatrol<StaffMember>> ranked = stats.rankStaff(ex.actor(), grid, r.period(), r.asOf());
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = new ArrayList<>(List.of("rank", "staff.id", "staff.name", "score"));
            header.addAll(FIGURES);
            header.addAll(List.of("days", "onlineSeconds", "meters"));
            List<List<String>> rows = new ArrayList<>();
            int rank = 1;
            for (RankedPatrol<StaffMember> entry : ranked) {
                List<String> row = new ArrayList<>(List.of(
                        String.valueOf(rank++),
                        StatisticsCsv.text(entry.subject().id()),
                        StatisticsCsv.text(entry.subject().name().orElse("")),
                        score(entry.score())));
                row.addAll(figures(entry.indicators()));
                List<PatrolIndicators.StaffTrack> t = entry.indicators().staff();
                row.add(String.valueOf(
                        t.stream().mapToLong(PatrolIndicators.StaffTrack::days).sum()));
                row.add(String.valueOf(
                        t.stream().mapToLong(x -> x.online().toSeconds()).sum()));
                row.add(String.valueOf(t.stream()
                        .mapToLong(PatrolIndicators.StaffTrack::meters)
                        .sum()));
                rows.add(row);
            }
            return StatisticsCsv.reply("patrol-staff-ranking.csv", header, rows);
        }
        ObjectNode body = header(grid, r, "grid");
        body.set("weights", weights(stats.staffWeights()));
        ArrayNode items = body.putArray("items");
        int rank = 1;
        for (RankedPatrol<StaffMember> entry : ranked) {
            ObjectNode item = items.addObject();
            item.put("rank", rank++);
            ObjectNode m = item.putObject("staff");
            m.put("id", entry.subject().id());
            if (entry.subject().name().isPresent()) {
                m.put("name", entry.subject().name().get());
            } else {
                m.putNull("name");
            }
            item.put("score", Double.parseDouble(score(entry.score())));
            item.put("counted", entry.counted());
            item.set("indicators", view(entry.indicators()));
        }
        return ok(body);
    }

    private ObjectNode weights(PatrolRankingWeights w) {
        ObjectNode weights = json.mapper().createObjectNode();
        w.asMap().forEach(weights::put);
        return weights;
    }

    private static Optional<GridLevel> level(Exchange ex) {
        Optional<String> text = ex.query("level");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(GridLevel.valueOf(text.get()));
        } catch (IllegalArgumentException e) {
            Fields f = new Fields();
            f.fail("level", "must be one of DISTRICT, STREET, COMMUNITY, MICRO; was '" + text.get() + "'");
            f.check("statistics query");
            throw e;
        }
    }

    // ---- parameters

    private Request request(Exchange ex, String gridField) {
        // May this actor read any statistics at all? Refused before the parameters are looked at.
        stats.scopeFor(ex.actor(), Optional.empty());
        ZoneId zone = json.zone();
        Fields f = new Fields();
        Optional<GridCode> grid = f.parse(gridField, ex.query(gridField).orElse(null), GridCode::parse);
        if (grid.isPresent() && gridSafe.directory().grids().find(grid.get()).isEmpty()) {
            f.fail(gridField, "no grid " + grid.get().value() + " in this district");
        }
        Optional<Instant> asOfParam = moment(f, "asOf", ex.query("asOf"), zone);
        Optional<Instant> fromParam = moment(f, "from", ex.query("from"), zone);
        Optional<Instant> toParam = moment(f, "to", ex.query("to"), zone);
        f.check("statistics query");
        Instant asOf = asOfParam.orElseGet(clock::instant);
        // Default period: the calendar month (district zone) containing asOf, as the other statistics.
        ZonedDateTime monthStart =
                asOf.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        Instant from = fromParam.orElse(monthStart.toInstant());
        Instant to = toParam.orElse(monthStart.plusMonths(1).toInstant());
        if (!from.isBefore(to)) {
            f.fail("from", "must be before to (" + json.time(to) + ")");
            f.check("statistics query");
        }
        if (grid.isPresent()) {
            stats.scopeFor(ex.actor(), grid);
        }
        return new Request(grid, new Period(from, to), asOf);
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

    private ObjectNode header(Optional<GridCode> grid, Request r, String gridField) {
        ObjectNode body = json.mapper().createObjectNode();
        ObjectNode scope = body.putObject("scope");
        grid.ifPresent(g -> scope.put(gridField, g.value()));
        ObjectNode period = body.putObject("period");
        period.put("from", json.time(r.period().from()));
        period.put("to", json.time(r.period().to()));
        body.put("asOf", json.time(r.asOf()));
        return body;
    }

    private ObjectNode view(PatrolIndicators i) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("occurrences", i.occurrences());
        v.put("due", i.due());
        v.put("done", i.done());
        v.put("doneOnTime", i.doneOnTime());
        v.put("missed", i.missed());
        v.put("skipped", i.skipped());
        v.put("entitiesDue", i.entitiesDue());
        v.put("entitiesCovered", i.entitiesCovered());
        v.put("patrolCases", i.patrolCases());
        v.put("rejectedPatrolCases", i.rejectedPatrolCases());
        v.set("coverage", rate(i.coverage()));
        v.set("onTimeRate", rate(i.onTimeRate()));
        v.set("validReportRate", rate(i.validReportRate()));
        if (i.hazardsPer100Entities().isPresent()) {
            v.put("hazardsPer100Entities", i.hazardsPer100Entities().get());
        } else {
            v.putNull("hazardsPer100Entities");
        }
        ArrayNode staff = v.putArray("staff");
        for (PatrolIndicators.StaffTrack t : i.staff()) {
            ObjectNode s = staff.addObject();
            s.put("staffId", t.staffId());
            s.put("days", t.days());
            s.put("online", t.online().toString());
            s.put("onlineSeconds", t.online().toSeconds());
            s.put("meters", t.meters());
        }
        return v;
    }

    private static List<String> figures(PatrolIndicators i) {
        return List.of(
                String.valueOf(i.occurrences()),
                String.valueOf(i.due()),
                String.valueOf(i.done()),
                String.valueOf(i.doneOnTime()),
                String.valueOf(i.missed()),
                String.valueOf(i.skipped()),
                String.valueOf(i.entitiesDue()),
                String.valueOf(i.entitiesCovered()),
                String.valueOf(i.patrolCases()),
                String.valueOf(i.rejectedPatrolCases()),
                i.coverage().percent(),
                i.onTimeRate().percent(),
                i.validReportRate().percent(),
                i.hazardsPer100Entities()
                        .map(java.math.BigDecimal::toPlainString)
                        .orElse(""));
    }

    /** Four places: enough to order, short enough to read. */
    private static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.4f", score);
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

    private Reply ok(ObjectNode body) {
        return Reply.of(200, Reply.JSON, json.write(body)).withHeader("Vary", "Accept");
    }
}
