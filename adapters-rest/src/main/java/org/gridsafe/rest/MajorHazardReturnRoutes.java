package org.gridsafe.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.MajorHazardReturns;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.gridsafe.stats.MajorHazardReturnStatus;
import org.gridsafe.stats.ReturnAlreadyFiledException;

/**
 * {@code /api/v1/stats/major-hazard-returns...}: a scope's major-hazard statistical return for a
 * quarter or year (JSON, or CSV with {@code Accept: text/csv}), its filing and the listing of a
 * year's periods with their due days and status. Every rule is core's ({@link MajorHazardReturns},
 * the access policy's {@code MAJOR_HAZARD_RETURNS}); this class parses and renders.
 */
final class MajorHazardReturnRoutes {

    /** The body of a filing. */
    record FilingBody(String period, String scope, String signer, String note) {}

    private final GridSafe gridSafe;
    private final Json json;
    private final Clock clock;

    MajorHazardReturnRoutes(GridSafe gridSafe, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.json = json;
        this.clock = clock;
    }

    /** GET {@code ?period=2026-Q3&scope=320599001}: the figures as the cases stand now, and the return if filed. */
    Reply get(Exchange ex) {
        Fields f = new Fields();
        Optional<ReturnPeriod> period = period(f, ex.query("period").orElse(null));
        Optional<GridCode> scope = scope(f, ex, ex.query("scope").orElse(null));
        f.check("major-hazard return query");
        MajorHazardReturns returns = gridSafe.majorHazardReturns();
        MajorHazardReturnStatus status = returns.status(ex.actor(), scope.get(), period.get());
        java.time.Instant asOf = clock.instant();
        MajorHazardFigures figures = returns.figures(ex.actor(), scope.get(), period.get(), asOf);
        if (StatisticsCsv.wanted(ex)) {
            return csv(status, figures, asOf);
        }
        ObjectNode body = statusView(status);
        body.put("asOf", json.time(asOf));
        body.set("figures", figuresView(figures));
        return Reply.of(200, Reply.JSON, json.write(body)).withHeader("Vary", "Accept");
    }

    /** POST {@code /filing}: files the return with the figures as they stand now; 201, or 409 when filed already. */
    Reply file(Exchange ex) {
        FilingBody b = json.read(ex.body(), FilingBody.class);
        Fields f = new Fields();
        Optional<ReturnPeriod> period = period(f, b.period());
        Optional<GridCode> scope = scope(f, ex, b.scope());
        f.check("major-hazard return filing");
        MajorHazardReturn filed;
        try {
            filed = gridSafe.majorHazardReturns()
                    .file(ex.actor(), scope.get(), period.get(), b.signer(), Optional.ofNullable(b.note()));
        } catch (ReturnAlreadyFiledException e) {
            throw ProblemException.of(409, "return-already-filed", "Conflict", e.getMessage());
        }
        ObjectNode body = statusView(MajorHazardReturnStatus.of(
                filed.scope(),
                filed.period(),
                Optional.of(filed),
                filed.filedAt().atZone(json.zone()).toLocalDate()));
        return Reply.of(201, Reply.JSON, json.write(body));
    }

    /** GET {@code /periods?scope=...&year=2026}: the year's four quarters and the year, each with due day and status. */
    Reply periods(Exchange ex) {
        Fields f = new Fields();
        Optional<GridCode> scope = scope(f, ex, ex.query("scope").orElse(null));
        Optional<Year> year = f.parse("year", ex.query("year").orElse(null), text -> {
            if (!text.matches("\\d{4}")) {
                throw new IllegalArgumentException("must be a year like 2026, was '" + text + "'");
            }
            return Year.of(Integer.parseInt(text));
        });
        f.check("major-hazard return periods");
        Year y =
                year.orElseGet(() -> Year.of(clock.instant().atZone(json.zone()).getYear()));
        List<MajorHazardReturnStatus> rows = gridSafe.majorHazardReturns().periods(ex.actor(), scope.get(), y);
        ObjectNode body = json.mapper().createObjectNode();
        body.set("scope", gridView(scope.get()));
        body.put("year", y.getValue());
        body.put("today", clock.instant().atZone(json.zone()).toLocalDate().toString());
        ArrayNode items = body.putArray("items");
        for (MajorHazardReturnStatus row : rows) {
            ObjectNode item = statusView(row);
            item.remove("scope");
            items.add(item);
        }
        return Reply.of(200, Reply.JSON, json.write(body));
    }

    // ---- parameters

    private static Optional<ReturnPeriod> period(Fields f, String text) {
        if (text == null || text.isBlank()) {
            f.fail("period", "is required: a quarter like 2026-Q3 or a year like 2026");
            return Optional.empty();
        }
        return f.parse("period", text, ReturnPeriod::parse);
    }

    /** The named grid, or the actor's home grid when none is named. */
    private static Optional<GridCode> scope(Fields f, Exchange ex, String text) {
        if (text == null || text.isBlank()) {
            Optional<GridCode> home = ex.actor().homeGrid();
            if (home.isEmpty()) {
                f.fail("scope", "is required: the grid code of the district or street the return covers");
            }
            return home;
        }
        return f.parse("scope", text, GridCode::parse);
    }

    // ---- views

    private ObjectNode statusView(MajorHazardReturnStatus s) {
        ObjectNode v = json.mapper().createObjectNode();
        v.set("scope", gridView(s.scope()));
        v.put("period", s.period().toString());
        v.put("from", s.period().firstDay().toString());
        v.put("to", s.period().endExclusive().toString());
        v.put("dueDate", s.dueDate().toString());
        v.put("status", s.status().name());
        v.put("statusZh", s.status().zhName());
        if (s.filed().isPresent()) {
            MajorHazardReturn r = s.filed().get();
            ObjectNode filed = v.putObject("filed");
            filed.put("signer", r.signer());
            if (r.note().isPresent()) {
                filed.put("note", r.note().get());
            } else {
                filed.putNull("note");
            }
            filed.put("filedBy", r.filedBy());
            filed.put("filedAt", json.time(r.filedAt()));
            filed.put("onTime", r.onTime());
            filed.put("asOf", json.time(r.asOf()));
            filed.set("figures", figuresView(r.figures()));
        } else {
            v.putNull("filed");
        }
        return v;
    }

    private ObjectNode gridView(GridCode code) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("code", code.value());
        Optional<Grid> grid = gridSafe.directory().grids().find(code);
        grid.ifPresent(g -> {
            v.put("name", g.name());
            v.put("level", g.level().name());
        });
        return v;
    }

    private ObjectNode figuresView(MajorHazardFigures figures) {
        ObjectNode v = json.mapper().createObjectNode();
        v.set("total", countsView(figures.total()));
        ArrayNode domains = v.putArray("byDomain");
        for (Map.Entry<SafetyDomain, MajorHazardCounts> e : figures.byDomain().entrySet()) {
            ObjectNode d = countsView(e.getValue());
            d.put("domain", e.getKey().name());
            domains.add(d);
        }
        return v;
    }

    private ObjectNode countsView(MajorHazardCounts c) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("found", c.found());
        v.put("writtenOff", c.writtenOff());
        v.put("underTreatment", c.underTreatment());
        v.put("pastPlanDue", c.pastPlanDue());
        v.put("listedForSupervision", c.listedForSupervision());
        v.put("productionStopped", c.productionStopped());
        return v;
    }

    /** One row per domain with anything counted, then the total (domain {@code TOTAL}). */
    private Reply csv(MajorHazardReturnStatus s, MajorHazardFigures figures, java.time.Instant asOf) {
        List<String> header = List.of(
                "scope",
                "period",
                "dueDate",
                "status",
                "asOf",
                "domain",
                "found",
                "writtenOff",
                "underTreatment",
                "pastPlanDue",
                "listedForSupervision",
                "productionStopped");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<SafetyDomain, MajorHazardCounts> e : figures.byDomain().entrySet()) {
            rows.add(row(s, asOf, e.getKey().name(), e.getValue()));
        }
        rows.add(row(s, asOf, "TOTAL", figures.total()));
        return StatisticsCsv.reply("gridsafe-major-hazard-return-" + s.period() + ".csv", header, rows);
    }

    private List<String> row(MajorHazardReturnStatus s, java.time.Instant asOf, String domain, MajorHazardCounts c) {
        return List.of(
                s.scope().value(),
                s.period().toString(),
                s.dueDate().toString(),
                s.status().name(),
                json.time(asOf),
                domain,
                String.valueOf(c.found()),
                String.valueOf(c.writtenOff()),
                String.valueOf(c.underTreatment()),
                String.valueOf(c.pastPlanDue()),
                String.valueOf(c.listedForSupervision()),
                String.valueOf(c.productionStopped()));
    }
}
