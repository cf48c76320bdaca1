package org.gridsafe.rest;

import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Report;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardCodeLevel;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQuery;

/**
 * The Open311 GeoReport v2 facade under {@code /open311/v2}: citizens' apps report hazards and
 * follow them. Services are the six safety domains; a request is a case reported from the public
 * channel ({@link CaseSource#PUBLIC_REPORT}). Listings carry the public status only, never who
 * reported or how to reach them.
 */
final class Open311Routes {

    static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-29T00:00:00+08:00";
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    static final HazardCode DEFAULT_HAZARD = HazardCode.parse("2");
    /** Errors hold no times, so any zone will do. */
    private static final Json ERROR_JSON = new Json(java.time.ZoneOffset.UTC);

    private final GridSafe gridSafe;
    private final Json json;
    private final ActorTokens tokens;
    private final Clock clock;
    private final String contact;

    Open311Routes(GridSafe gridSafe, Json json, ActorTokens tokens, Clock clock, String contact) {
        this.gridSafe = gridSafe;
        this.json = json;
        this.tokens = tokens;
        this.clock = clock;
        this.contact = contact;
    }

    List<GridSafeHttpApi.Route> routes() {
        List<GridSafeHttpApi.Route> routes = new ArrayList<>();
        for (String fmt : List.of("xml", "json")) {
            routes.add(route(HandlerType.GET, "/discovery." + fmt, this::discovery));
            routes.add(route(HandlerType.GET, "/services." + fmt, this::services));
            routes.add(route(HandlerType.GET, "/services/{service_code}." + fmt, this::serviceDefinition));
            routes.add(route(HandlerType.POST, "/requests." + fmt, this::postRequest));
            routes.add(route(HandlerType.GET, "/requests." + fmt, this::requests));
            routes.add(route(HandlerType.GET, "/requests/{service_request_id}." + fmt, this::request));
            routes.add(route(HandlerType.GET, "/tokens/{token}." + fmt, this::token));
        }
        return routes;
    }

    private static GridSafeHttpApi.Route route(HandlerType method, String path, GridSafeHttpApi.Handler handler) {
        return new GridSafeHttpApi.Route(
                method, BASE + path, GridSafeHttpApi.Auth.NONE, GridSafeHttpApi.Style.OPEN311, handler);
    }

    /** An Open311 error list in the path's format: 404 unknown id, 403 bad api_key, 400 otherwise. */
    static Reply error(String path, ProblemException problem) {
        int status = switch (problem.status) {
            case 404 -> 404;
            case 401, 403 -> 403;
            case 503 -> 503;
            default -> problem.status >= 500 ? 500 : 400;
        };
        Open311Format format = Open311Format.ofPath(path);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", problem.getMessage());
        String body = format.render(ERROR_JSON, "errors", List.of(error));
        Reply reply = Reply.of(status, format.contentType(), body);
        if (status == 503) {
            reply = reply.withHeader("Retry-After", problem.headers.get("Retry-After"));
        }
        return reply;
    }

    // ---- discovery and services

    private Reply discovery(Exchange ex) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", BASE);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", contact);
        discovery.put("key_service", "api_key values are issued by the district command center");
        discovery.put("endpoints", List.of(endpoint));
        return reply(ex, "discovery", discovery);
    }

    private Reply services(Exchange ex) {
        List<Object> services = new ArrayList<>();
        for (SafetyDomain domain : SafetyDomain.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", serviceCode(domain));
            s.put("service_name", domain.zhName() + "隐患 / " + domain.enName() + " hazard");
            s.put("description", "Report a " + domain.enName() + " hazard (" + domain.zhName() + "隐患)");
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", domain.name().toLowerCase(Locale.ROOT) + ",hazard,安全隐患");
            s.put("group", "安全隐患 / safety hazards");
            services.add(s);
        }
        return reply(ex, "services", services);
    }

    private Reply serviceDefinition(Exchange ex) {
        SafetyDomain domain = domain(ex.pathParam("service_code"))
                .orElseThrow(() -> ProblemException.notFound("no service " + ex.pathParam("service_code")));
        List<Object> values = new ArrayList<>();
        for (HazardCatalog.Entry entry : gridSafe.hazardCatalog().entries()) {
            HazardCodeLevel level = entry.code().level();
            if (level == HazardCodeLevel.CATEGORY || level == HazardCodeLevel.CLASS) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("key", entry.code().value());
                value.put("name", entry.zhName() + " / " + entry.enName());
                values.add(value);
            }
        }
        Map<String, Object> hazard = new LinkedHashMap<>();
        hazard.put("variable", true);
        hazard.put("code", "hazard");
        hazard.put("datatype", "singlevaluelist");
        hazard.put("required", false);
        hazard.put("datatype_description", "GB/T 13861 hazard class; default " + DEFAULT_HAZARD + " (物的因素)");
        hazard.put("order", 1);
        hazard.put("description", "隐患类别 / kind of hazard");
        hazard.put("values", values);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", serviceCode(domain));
        definition.put("attributes", List.of(hazard));
        return reply(ex, "service_definition", definition);
    }

    // ---- requests

    private Reply postRequest(Exchange ex) {
        Map<String, String> form = form(ex.body());
        String key = form.get("api_key");
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid("api_key", "api_key is required");
        }
        Actor actor = tokens.actorFor(key)
                .orElseThrow(() -> ProblemException.forbidden("open311-api-key", "api_key is invalid"));
        ex.identify(actor);
        String serviceCode = form.get("service_code");
        if (serviceCode == null || serviceCode.isBlank()) {
            throw ProblemException.invalid("service_code", "service_code is required");
        }
        SafetyDomain domain = domain(serviceCode)
                .orElseThrow(() -> ProblemException.invalid(
                        "service_code", "service_code " + serviceCode + " is not a service; see services"));
        Fields f = new Fields();
        Report.Builder report = Report.builder()
                .source(CaseSource.PUBLIC_REPORT)
                .domain(domain)
                .grade(HazardGrade.GENERAL)
                .description(form.get("description"))
                .hazard(f.parse("attribute[hazard]", form.get("attribute[hazard]"), HazardCode::parse)
                        .orElse(DEFAULT_HAZARD));
        String lat = form.get("lat");
        String lon = form.get("long");
        if (lat != null || lon != null) {
            try {
                report.location(GeoPoint.of(Double.parseDouble(lon), Double.parseDouble(lat)));
            } catch (NullPointerException | IllegalArgumentException e) {
                throw ProblemException.invalid("lat/long", "lat and long must both be decimal degrees");
            }
        } else if (form.get("address_id") != null) {
            report.grid(f.parse("address_id", form.get("address_id"), GridCode::parse)
                    .orElse(null));
        } else if (form.get("address_string") != null) {
            throw ProblemException.invalid(
                    "address_string",
                    "address_string cannot be located here; send lat and long, or address_id (a grid code)");
        } else {
            throw ProblemException.invalid(
                    "location", "a location is required: lat and long, or address_id (a grid code)");
        }
        f.check("service request");
        String media = form.get("media_url");
        if (media != null && !media.isBlank()) {
            report.attachment(media);
        }
        List<String> contactParts = new ArrayList<>();
        for (String field : List.of("first_name", "last_name", "phone", "email")) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                contactParts.add(value.strip());
            }
        }
        if (!contactParts.isEmpty()) {
            report.reporterContact(String.join(" ", contactParts));
        }
        Case c = gridSafe.casework().report(actor, report.build());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", c.id().value());
        created.put("service_notice", "已上报 / reported: the command center registers it within the time limit");
        return reply(ex, "service_requests", List.of(created));
    }

    private Reply requests(Exchange ex) {
        optionalKey(ex);
        Instant now = clock.instant();
        List<Case> found = new ArrayList<>();
        Optional<String> ids = ex.query("service_request_id");
        if (ids.isPresent()) {
            // The spec: with service_request_id, the other parameters are ignored.
            for (String id : new LinkedHashSet<>(List.of(ids.get().split(",")))) {
                publicCase(id.strip()).ifPresent(found::add);
            }
        } else {
            Optional<SafetyDomain> service = ex.query("service_code")
                    .map(code -> domain(code)
                            .orElseThrow(() -> ProblemException.invalid("service_code", "no service " + code)));
            Optional<Instant> end = ex.query("end_date").map(d -> date("end_date", d));
            Optional<Instant> start = ex.query("start_date").map(d -> date("start_date", d));
            Instant to = end.orElse(now);
            Instant from = start.orElse(to.minus(DEFAULT_WINDOW));
            Set<String> statuses = new LinkedHashSet<>();
            ex.query("status").ifPresent(s -> {
                for (String one : s.split(",")) {
                    String status = one.strip().toLowerCase(Locale.ROOT);
                    if (!status.equals("open") && !status.equals("closed")) {
                        throw ProblemException.invalid("status", "status must be open or closed, was " + one);
                    }
                    statuses.add(status);
                }
            });
            // The store filters by channel, report time (indexed) and state: an anonymous request
            // reads the public reports of its window, never the whole district.
            CaseQuery query = CaseQuery.all().source(CaseSource.PUBLIC_REPORT).limit(CaseQuery.MAX_LIMIT);
            if (service.isPresent()) {
                query = query.domain(service.get());
            }
            if (statuses.size() == 1) {
                boolean open = statuses.contains("open");
                Set<CaseState> states = EnumSet.noneOf(CaseState.class);
                for (CaseState state : CaseState.values()) {
                    if (!state.isFinished() == open) {
                        states.add(state);
                    }
                }
                query = query.inStates(states);
            }
            while (!from.isAfter(to)) {
                CasePage page = gridSafe.caseQueries().find(query.reportedBetween(from, to));
                found.addAll(page.cases());
                if (page.next().isEmpty()) {
                    break;
                }
                query = query.after(page.next().get());
            }
            found.sort(Comparator.comparing(Case::reportedAt).reversed().thenComparing(Case::id));
        }
        List<Object> items =
                found.stream().limit(MAX_REQUESTS).map(c -> (Object) view(c)).toList();
        return reply(ex, "service_requests", items);
    }

    private Reply request(Exchange ex) {
        optionalKey(ex);
        String id = ex.pathParam("service_request_id");
        Case c = publicCase(id).orElseThrow(() -> ProblemException.notFound("no service request " + id));
        return reply(ex, "service_requests", List.of(view(c)));
    }

    private Reply token(Exchange ex) {
        throw ProblemException.notFound("no token " + ex.pathParam("token")
                + ": this endpoint answers POST requests with a service_request_id at once and issues no tokens");
    }

    // ---- helpers

    private void optionalKey(Exchange ex) {
        Optional<String> key = ex.query("api_key");
        if (key.isPresent() && tokens.actorFor(key.get()).isEmpty()) {
            throw ProblemException.forbidden("open311-api-key", "api_key is invalid");
        }
    }

    private Optional<Case> publicCase(String id) {
        try {
            return gridSafe.caseQueries().find(CaseId.of(id)).filter(c -> c.source() == CaseSource.PUBLIC_REPORT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> view(Case c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.id().value());
        r.put("status", status(c));
        r.put("status_notes", c.state().zhName() + " / " + c.state().enName());
        r.put("service_name", c.domain().zhName() + "隐患 / " + c.domain().enName() + " hazard");
        r.put("service_code", serviceCode(c.domain()));
        r.put("description", c.description());
        c.department()
                .flatMap(d -> gridSafe.directory().dutyMatrix().department(d))
                .ifPresent(d -> r.put("agency_responsible", d.zhName()));
        r.put("requested_datetime", json.time(c.reportedAt()));
        r.put("updated_datetime", json.time(c.stateSince()));
        c.deadline().ifPresent(d -> r.put("expected_datetime", json.time(d)));
        r.put("address_id", c.grid().value());
        c.location().ifPresent(p -> {
            r.put("lat", p.latitude());
            r.put("long", p.longitude());
        });
        c.attachments().stream()
                .filter(a -> a.startsWith("http://") || a.startsWith("https://"))
                .findFirst()
                .ifPresent(url -> r.put("media_url", url));
        return r;
    }

    static String status(Case c) {
        // A suspended case (缓办) is not finished: Open311 shows it as open.
        return c.state().isFinished() ? "closed" : "open";
    }

    static String serviceCode(SafetyDomain domain) {
        return domain.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<SafetyDomain> domain(String serviceCode) {
        for (SafetyDomain domain : SafetyDomain.values()) {
            if (serviceCode(domain).equals(serviceCode)) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }

    private static Instant date(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    field, field + " must be a W3C date-time with offset, e.g. 2026-11-30T09:30:00+08:00");
        }
    }

    private Reply reply(Exchange ex, String root, Object value) {
        Open311Format format = Open311Format.ofPath(ex.path());
        return Reply.of(200, format.contentType(), format.render(json, root, value));
    }

    /** Parses an application/x-www-form-urlencoded body; the first value of a repeated field wins. */
    static Map<String, String> form(byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return form;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, StorableText.require(name, value));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(
                        "(body)", "the form body is not valid application/x-www-form-urlencoded");
            }
        }
        return form;
    }
}
