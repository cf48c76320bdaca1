package org.gridsafe.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.InspectionStatistics;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceType;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.grid.GridCode;
import org.gridsafe.stats.IndicatorChange;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.LicenceExpiryCounts;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.Rate;
import org.gridsafe.stats.SelfInspectionIndicators;
import org.gridsafe.stats.TwoIncreases;

/**
 * {@code /api/v1/stats/inspection-indicators}, {@code /api/v1/stats/two-increases} and {@code
 * /api/v1/stats/self-inspection-indicators}: the inspection indicators, the 两升 and the self-inspection
 * indicators of {@code docs/statistics.md} for a grid subtree and period, and {@code
 * /api/v1/stats/licence-expiries} (证照到期) for a grid subtree on a day, as JSON or (with
 * {@code Accept: text/csv}) CSV. Who sees what is core's ({@link InspectionStatistics#scopeFor}).
 */
final class InspectionStatisticsRoutes {

    private static final List<String> FIGURES = List.of(
            "inspections",
            "randomDraw",
            "counted",
            "entitiesInspected",
            "focusEntities",
            "focusEntitiesInspected",
            "capViolations",
            "penaltyNotices",
            "penaltyDecisions",
            "focusCoverage.percent",
            "randomDrawShare.percent",
            "inspectionsPerEnterprise");

    /**
     * The widest window asked for: ten years, longer than any validity in the licence-type catalog (our
     * choice, as for {@code /api/v1/licence-expiries}).
     */
    static final int MAX_WITHIN_DAYS = 3650;

    private static final LicenceTypeCatalog TYPES = LicenceTypeCatalog.standard();

    private final GridSafe gridSafe;
    private final InspectionStatistics stats;
    private final Json json;
    private final Clock clock;

    InspectionStatisticsRoutes(GridSafe gridSafe, InspectionStatistics stats, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.stats = stats;
        this.json = json;
        this.clock = clock;
    }

    /** The grid, period and as-of instant of one request, checked and defaulted. */
    private record Request(Optional<GridCode> grid, Period period, Instant asOf) {}

    Reply indicators(Exchange ex) {
        Request r = request(ex);
        InspectionIndicators i = stats.indicators(ex.actor(), r.grid(), r.period());
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), r.grid());
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = new ArrayList<>(List.of("grid", "from", "to"));
            header.addAll(FIGURES);
            List<String> row = new ArrayList<>(List.of(
                    grid.map(GridCode::value).orElse(""),
                    json.time(r.period().from()),
                    json.time(r.period().to())));
            row.addAll(figures(i));
            return StatisticsCsv.reply("inspection-indicators.csv", header, List.of(row));
        }
        ObjectNode body = header(grid, r);
        body.set("indicators", view(i));
        return ok(body);
    }

    Reply selfInspection(Exchange ex) {
        Request r = request(ex);
        SelfInspectionIndicators i = stats.selfInspectionIndicators(ex.actor(), r.grid(), r.period());
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), r.grid());
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = List.of(
                    "grid",
                    "from",
                    "to",
                    "returnsDue",
                    "returnsFiled",
                    "selfReported",
                    "selfReportedRejected",
                    "governmentFound",
                    "submissionRate.percent",
                    "qualityRate.percent",
                    "selfFoundShare.percent");
            List<String> row = List.of(
                    grid.map(GridCode::value).orElse(""),
                    json.time(r.period().from()),
                    json.time(r.period().to()),
                    String.valueOf(i.returnsDue()),
                    String.valueOf(i.returnsFiled()),
                    String.valueOf(i.selfReported()),
                    String.valueOf(i.selfReportedRejected()),
                    String.valueOf(i.governmentFound()),
                    i.submissionRate().percent(),
                    i.qualityRate().percent(),
                    i.selfFoundShare().percent());
            return StatisticsCsv.reply("self-inspection-indicators.csv", header, List.of(row));
        }
        ObjectNode body = header(grid, r);
        ObjectNode v = body.putObject("indicators");
        v.put("returnsDue", i.returnsDue());
        v.put("returnsFiled", i.returnsFiled());
        v.put("selfReported", i.selfReported());
        v.put("selfReportedRejected", i.selfReportedRejected());
        v.put("governmentFound", i.governmentFound());
        v.set("submissionRate", rate(i.submissionRate()));
        v.set("qualityRate", rate(i.qualityRate()));
        v.set("selfFoundShare", rate(i.selfFoundShare()));
        return ok(body);
    }

    Reply twoIncreases(Exchange ex) {
        Request r = request(ex);
        TwoIncreases t = stats.twoIncreases(ex.actor(), r.grid(), r.period(), r.asOf());
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), r.grid());
        if (StatisticsCsv.wanted(ex)) {
            List<String> header =
                    List.of("basis", "from", "to", "indicator", "current", "previous", "change", "sign", "percent");
            List<List<String>> rows = new ArrayList<>();
            for (TwoIncreases.Comparison c : t.comparisons()) {
                for (IndicatorChange change : c.changes()) {
                    rows.add(List.of(
                            c.basis().name(),
                            json.time(c.basisPeriod().from()),
                            json.time(c.basisPeriod().to()),
                            change.indicator(),
                            change.current().toPlainString(),
                            change.previous().toPlainString(),
                            change.change().toPlainString(),
                            String.valueOf(change.sign()),
                            change.percent().map(BigDecimal::toPlainString).orElse("")));
                }
            }
            return StatisticsCsv.reply("two-increases.csv", header, rows);
        }
        ObjectNode body = header(grid, r);
        body.set("current", figures(t.current()));
        body.put("allIncreased", t.allIncreased());
        body.set("yearOnYear", comparison(t.yearOnYear()));
        body.set("periodOnPeriod", comparison(t.periodOnPeriod()));
        return ok(body);
    }

    Reply licenceExpiries(Exchange ex) {
        // May this actor read any statistics at all? Refused before the parameters are looked at.
        stats.scopeFor(ex.actor(), Optional.empty());
        Fields f = new Fields();
        for (String single : List.of("grid", "asOf", "withinDays")) {
            if (ex.queries(single).size() > 1) {
                f.fail(single, "give it once");
            }
        }
        Optional<GridCode> requested = f.parse("grid", ex.query("grid").orElse(null), GridCode::parse);
        if (requested.isPresent()
                && gridSafe.directory().grids().find(requested.get()).isEmpty()) {
            f.fail("grid", "no grid " + requested.get().value() + " in this district");
        }
        Optional<LocalDate> asOfParam = f.date("asOf", ex.query("asOf").orElse(null));
        int days = Licence.DEFAULT_EXPIRY_WARNING.getDays();
        if (ex.query("withinDays").isPresent()) {
            String text = ex.query("withinDays").get();
            try {
                days = Integer.parseInt(text);
                if (days < 0 || days > MAX_WITHIN_DAYS) {
                    f.fail("withinDays", "must be 0 to " + MAX_WITHIN_DAYS + " days; got " + days);
                }
            } catch (NumberFormatException e) {
                f.fail(
                        "withinDays",
                        "must be a whole number of days, 0 to " + MAX_WITHIN_DAYS + "; got '" + text + "'");
            }
        }
        f.check("licence expiry query");
        LocalDate asOf = asOfParam.orElseGet(() -> LocalDate.ofInstant(clock.instant(), json.zone()));
        Optional<GridCode> grid = stats.scopeFor(ex.actor(), requested);
        LicenceExpiryCounts c = stats.licenceExpiries(grid, asOf, java.time.Period.ofDays(days));
        if (StatisticsCsv.wanted(ex)) {
            List<String> header = List.of(
                    "grid",
                    "asOf",
                    "lastDay",
                    "entity",
                    "entityName",
                    "entityGrid",
                    "licenceType",
                    "licenceTypeName",
                    "number",
                    "expires",
                    "daysLeft",
                    "expired");
            List<List<String>> rows = new ArrayList<>();
            for (LicenceExpiryCounts.Row r : c.rows()) {
                rows.add(List.of(
                        grid.map(GridCode::value).orElse(""),
                        asOf.toString(),
                        c.lastDay().toString(),
                        r.entity().value(),
                        r.entityName(),
                        r.grid().value(),
                        r.licenceType(),
                        typeName(r.licenceType()),
                        r.number(),
                        r.expires().toString(),
                        String.valueOf(ChronoUnit.DAYS.between(asOf, r.expires())),
                        String.valueOf(r.expired())));
            }
            return StatisticsCsv.reply("licence-expiries.csv", header, rows);
        }
        ObjectNode body = json.mapper().createObjectNode();
        ObjectNode scope = body.putObject("scope");
        grid.ifPresent(g -> scope.put("grid", g.value()));
        body.put("asOf", asOf.toString());
        body.put("withinDays", days);
        body.put("lastDay", c.lastDay().toString());
        ObjectNode totals = body.putObject("totals");
        totals.put("expired", c.expired());
        totals.put("expiring", c.expiring());
        var byType = body.putArray("byType");
        for (LicenceExpiryCounts.TypeCount t : c.byType()) {
            ObjectNode v = byType.addObject();
            v.put("licenceType", t.licenceType());
            v.put("licenceTypeName", typeName(t.licenceType()));
            v.put("expired", t.expired());
            v.put("expiring", t.expiring());
        }
        var items = body.putArray("items");
        for (LicenceExpiryCounts.Row r : c.rows()) {
            ObjectNode v = items.addObject();
            v.put("entity", r.entity().value());
            v.put("entityName", r.entityName());
            v.put("grid", r.grid().value());
            v.put("licenceType", r.licenceType());
            v.put("licenceTypeName", typeName(r.licenceType()));
            v.put("number", r.number());
            v.put("expires", r.expires().toString());
            v.put("daysLeft", ChronoUnit.DAYS.between(asOf, r.expires()));
            v.put("expired", r.expired());
        }
        return ok(body);
    }

    /** The type's Chinese name from the standard catalog; a host's own type shows its id. */
    private static String typeName(String id) {
        return TYPES.find(id).map(LicenceType::zhName).orElse(id);
    }

    // ---- parameters

    private Request request(Exchange ex) {
        // May this actor read any statistics at all? Refused before the parameters are looked at.
        stats.scopeFor(ex.actor(), Optional.empty());
        ZoneId zone = json.zone();
        Fields f = new Fields();
        Optional<GridCode> grid = f.parse("grid", ex.query("grid").orElse(null), GridCode::parse);
        if (grid.isPresent() && gridSafe.directory().grids().find(grid.get()).isEmpty()) {
            f.fail("grid", "no grid " + grid.get().value() + " in this district");
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

    private ObjectNode header(Optional<GridCode> grid, Request r) {
        ObjectNode body = json.mapper().createObjectNode();
        ObjectNode scope = body.putObject("scope");
        grid.ifPresent(g -> scope.put("grid", g.value()));
        body.set("period", period(r.period()));
        body.put("asOf", json.time(r.asOf()));
        return body;
    }

    private ObjectNode period(Period p) {
        ObjectNode period = json.mapper().createObjectNode();
        period.put("from", json.time(p.from()));
        period.put("to", json.time(p.to()));
        return period;
    }

    private ObjectNode view(InspectionIndicators i) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("inspections", i.inspections());
        v.put("randomDraw", i.randomDraw());
        v.put("counted", i.counted());
        v.put("entitiesInspected", i.entitiesInspected());
        v.put("focusEntities", i.focusEntities());
        v.put("focusEntitiesInspected", i.focusEntitiesInspected());
        v.put("capViolations", i.capViolations());
        v.put("penaltyNotices", i.penaltyNotices());
        v.put("penaltyDecisions", i.penaltyDecisions());
        v.set("focusCoverage", rate(i.focusCoverage()));
        v.set("randomDrawShare", rate(i.randomDrawShare()));
        if (i.inspectionsPerEnterprise().isPresent()) {
            v.put("inspectionsPerEnterprise", i.inspectionsPerEnterprise().get());
        } else {
            v.putNull("inspectionsPerEnterprise");
        }
        return v;
    }

    private static List<String> figures(InspectionIndicators i) {
        return List.of(
                String.valueOf(i.inspections()),
                String.valueOf(i.randomDraw()),
                String.valueOf(i.counted()),
                String.valueOf(i.entitiesInspected()),
                String.valueOf(i.focusEntities()),
                String.valueOf(i.focusEntitiesInspected()),
                String.valueOf(i.capViolations()),
                String.valueOf(i.penaltyNotices()),
                String.valueOf(i.penaltyDecisions()),
                i.focusCoverage().percent(),
                i.randomDrawShare().percent(),
                i.inspectionsPerEnterprise().map(BigDecimal::toPlainString).orElse(""));
    }

    private ObjectNode figures(TwoIncreases.Figures f) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("onSiteInspections", f.onSiteInspections());
        v.put("penalties", f.penalties());
        v.put("hazardsFound", f.hazardsFound());
        v.set("rectificationRate", rate(f.rectification()));
        return v;
    }

    private ObjectNode comparison(TwoIncreases.Comparison c) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("basis", c.basis().name());
        v.put("basisName", c.basis().zhName());
        v.set("basisPeriod", period(c.basisPeriod()));
        v.set("earlier", figures(c.earlier()));
        v.put("allIncreased", c.allIncreased());
        v.set("onSiteInspections", change(c.onSiteInspections()));
        v.set("penalties", change(c.penalties()));
        v.set("hazardsFound", change(c.hazardsFound()));
        if (c.rectification().isPresent()) {
            v.set("rectificationRate", change(c.rectification().get()));
        } else {
            v.putNull("rectificationRate");
        }
        return v;
    }

    private ObjectNode change(IndicatorChange c) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("current", c.current());
        v.put("previous", c.previous());
        v.put("change", c.change());
        v.put("sign", c.sign());
        if (c.percent().isPresent()) {
            v.put("percent", c.percent().get());
        } else {
            v.putNull("percent");
        }
        return v;
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
