package org.gridsafe.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.registry.EntityEvent;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.GridAssignment;
import org.gridsafe.registry.LicenceExpiry;
import org.gridsafe.registry.NineSmallVerdict;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceMeasure;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.UnitPerson;

/**
 * How supervised entities look in JSON, GeoJSON and CSV. The {@code profile} object has exactly the
 * fields of a registration's or amendment's {@code profile}, so what a client reads it can send back.
 */
final class EntityViews {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The columns of the CSV export of a search, in order. */
    static final List<String> CSV_COLUMNS = List.of(
            "id",
            "kind",
            "name",
            "creditCode",
            "status",
            "grid",
            "gridExplicit",
            "riskLevel",
            "sectors",
            "placeKind",
            "supervisionClass",
            "address",
            "longitude",
            "latitude",
            "industryDepartment",
            "comprehensiveDepartment",
            "earliestLicenceExpiry",
            "version",
            "updatedAt",
            "nineSmallVerdict");

    private final Json json;
    private final Function<SupervisedEntity, Optional<NineSmallVerdict>> nineSmall;

    /** {@code nineSmall} gives the district profile's verdict on a place of kind NINE_SMALL. */
    EntityViews(Json json, Function<SupervisedEntity, Optional<NineSmallVerdict>> nineSmall) {
        this.json = json;
        this.nineSmall = nineSmall;
    }

    Map<String, Object> entity(SupervisedEntity e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id().value());
        v.put("version", e.version());
        v.put("kind", e.kind().name());
        v.put("status", e.status().name());
        v.put("statusName", Map.of("zh", e.status().zhName(), "en", e.status().enName()));
        v.put("grid", e.grid().grid().value());
        v.put("gridAssignment", grid(e.grid()));
        e.riskLevel().ifPresent(r -> v.put("riskLevel", r.name()));
        v.put("assessments", e.assessments().stream().map(this::assessment).toList());
        v.put("updatedAt", json.time(e.updatedAt()));
        v.put("profile", profile(e.profile()));
        nineSmall.apply(e).ifPresent(verdict -> v.put("nineSmall", verdict(verdict)));
        return v;
    }

    /** The verdict of the district's 九小场所 profile: outcome, the measures at fault or missing, a sentence. */
    static Map<String, Object> verdict(NineSmallVerdict verdict) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("profile", verdict.profileId());
        v.put("verdict", verdict.outcome().name());
        v.put(
                "verdictName",
                Map.of("zh", verdict.outcome().zhName(), "en", verdict.outcome().enName()));
        v.put(
                "exceeded",
                verdict.findings().stream()
                        .map(f -> Map.of("measure", f.measure().field(), "value", f.value(), "limit", f.limit()))
                        .toList());
        v.put(
                "missing",
                verdict.missing().stream().sorted().map(PlaceMeasure::field).toList());
        v.put("message", verdict.message());
        return v;
    }

    static Map<String, Object> grid(GridAssignment g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("grid", g.grid().value());
        g.located().ifPresent(l -> v.put("located", l.value()));
        v.put("explicit", g.explicit());
        return v;
    }

    Map<String, Object> assessment(RiskAssessment a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("assessor", a.assessor().name());
        v.put("method", a.method());
        v.put("level", a.level().name());
        v.put("assessedOn", a.assessedOn().toString());
        v.put("assessedBy", a.assessedBy());
        a.basis().ifPresent(b -> v.put("basis", b));
        return v;
    }

    static Map<String, Object> profile(EntityProfile p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", p.entityKind().name());
        v.put("name", p.name());
        p.creditCode().ifPresent(c -> v.put("creditCode", c.value()));
        if (p instanceof ProductionUnit u) {
            v.put("unregisteredOperator", u.unregisteredOperator());
        }
        v.put(
                "address",
                Map.of(
                        "text",
                        p.address().text(),
                        "point",
                        Map.of(
                                "lon", p.address().point().longitude(),
                                "lat", p.address().point().latitude())));
        p.assignedGrid().ifPresent(g -> v.put("assignedGrid", g.value()));
        if (p instanceof ProductionUnit u) {
            u.industry().ifPresent(i -> v.put("industry", i.value()));
        }
        v.put("sectors", p.sectors());
        if (p instanceof ProductionUnit u) {
            v.put("scale", u.scale().name());
            v.put("employees", u.employees());
            v.put("specialRiskFeatures", u.specialRiskFeatures());
            v.put("majorHazardGrade", u.majorHazardGrade().name());
            v.put(
                    "keyUnitLevels",
                    u.keyUnitLevels().stream().sorted().map(Enum::name).toList());
            v.put("people", u.people().stream().map(EntityViews::person).toList());
        }
        if (p instanceof Place place) {
            v.put("placeKind", place.kind().name());
            place.nineSmallType().ifPresent(t -> v.put("nineSmallType", t.name()));
            v.put("threeInOne", place.threeInOne());
            place.floorArea().ifPresent(a -> v.put("floorArea", a));
            place.operator().ifPresent(o -> v.put("operator", o.value()));
            Map<String, Object> measures = new LinkedHashMap<>();
            for (PlaceMeasure m : PlaceMeasure.values()) {
                if (m == PlaceMeasure.FLOOR_AREA) {
                    continue; // the profile's floorArea
                }
                (m.numeric() ? place.measures().count(m) : place.measures().flag(m))
                        .ifPresent(value -> measures.put(m.field(), value));
            }
            if (!measures.isEmpty()) {
                v.put("measures", measures);
            }
        }
        Map<String, Object> links = new LinkedHashMap<>();
        p.links().territorialPerson().ifPresent(t -> links.put("territorialPerson", t));
        p.links().industryDepartment().ifPresent(d -> links.put("industryDepartment", d.value()));
        p.links().comprehensiveDepartment().ifPresent(d -> links.put("comprehensiveDepartment", d.value()));
        v.put("links", links);
        v.put("licences", p.licences().stream().map(EntityViews::licence).toList());
        p.supervisionClass()
                .ifPresent(c -> v.put("supervisionClass", Map.of("scheme", c.schemeId(), "code", c.code())));
        return v;
    }

    private static Map<String, Object> person(UnitPerson person) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("role", person.role().name());
        v.put("name", person.name());
        person.phone().ifPresent(x -> v.put("phone", x));
        person.certificateNumber().ifPresent(x -> v.put("certificateNumber", x));
        person.nextReview().ifPresent(x -> v.put("nextReview", x.toString()));
        return v;
    }

    static Map<String, Object> licence(Licence l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", l.type().id());
        v.put("number", l.number());
        v.put("issuer", l.issuer());
        l.scope().ifPresent(s -> v.put("scope", s));
        v.put("issued", l.issued().toString());
        l.expires().ifPresent(x -> v.put("expires", x.toString()));
        l.storageMode().ifPresent(m -> v.put("storageMode", m.name()));
        l.issuerTier().ifPresent(t -> v.put("issuerTier", t.name()));
        return v;
    }

    Map<String, Object> history(
            SupervisedEntity current,
            List<RecordedEntityEvent> events,
            Optional<java.time.Instant> asOfInstant,
            Optional<SupervisedEntity> asOf) {
        List<Object> items = new ArrayList<>();
        for (RecordedEntityEvent r : events) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", r.version());
            item.put("at", json.time(r.at()));
            item.put("actorId", r.actorId());
            item.put("reason", r.reason());
            item.put("type", r.event().type());
            item.put("data", data(r.event()));
            items.add(item);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entityId", current.id().value());
        v.put("version", current.version());
        v.put("events", items);
        asOfInstant.ifPresent(at -> {
            Map<String, Object> then = new LinkedHashMap<>();
            then.put("at", json.time(at));
            asOf.ifPresent(e -> then.put("entity", entity(e)));
            v.put("asOf", then);
        });
        return v;
    }

    private Map<String, Object> data(EntityEvent event) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (event instanceof EntityEvent.Registered r) {
            v.put("profile", profile(r.profile()));
            v.put("gridAssignment", grid(r.grid()));
        } else if (event instanceof EntityEvent.Amended a) {
            v.put("profile", profile(a.profile()));
            v.put("gridAssignment", grid(a.grid()));
        } else if (event instanceof EntityEvent.StatusChanged s) {
            v.put("from", s.from().name());
            v.put("to", s.to().name());
        } else if (event instanceof EntityEvent.RiskAssessed a) {
            v.put("assessment", assessment(a.assessment()));
        }
        return v;
    }

    /** Units and places as GeoJSON points (RFC 7946): [longitude, latitude], properties for a map's legend. */
    Map<String, Object> featureCollection(List<SupervisedEntity> entities) {
        List<Object> features = new ArrayList<>();
        for (SupervisedEntity e : entities) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", e.kind().name());
            properties.put("name", e.profile().name());
            properties.put("status", e.status().name());
            properties.put("grid", e.grid().grid().value());
            e.riskLevel().ifPresent(r -> properties.put("riskLevel", r.name()));
            properties.put("sectors", e.profile().sectors());
            if (e.profile() instanceof Place place) {
                properties.put("placeKind", place.kind().name());
            }
            e.profile().supervisionClass().ifPresent(c -> properties.put("supervisionClass", c.code()));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", e.id().value());
            feature.put(
                    "geometry",
                    Map.of(
                            "type",
                            "Point",
                            "coordinates",
                            List.of(
                                    e.profile().address().point().longitude(),
                                    e.profile().address().point().latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "FeatureCollection");
        v.put("features", features);
        return v;
    }

    Map<String, Object> expiry(LicenceExpiry line) {
        Map<String, Object> v = new LinkedHashMap<>();
        SupervisedEntity e = line.entity();
        v.put("entityId", e.id().value());
        v.put("entityName", e.profile().name());
        v.put("kind", e.kind().name());
        v.put("status", e.status().name());
        v.put("grid", e.grid().grid().value());
        v.put("licence", licence(line.licence()));
        v.put("licenceTypeName", line.licence().type().zhName());
        v.put("daysLeft", line.daysLeft());
        v.put("expired", line.expired());
        return v;
    }

    /** A search as CSV: UTF-8 with a byte-order mark and CRLF, as the statistics CSV (Excel reads it). */
    Reply csv(List<SupervisedEntity> entities) {
        StringBuilder text = new StringBuilder();
        line(text, CSV_COLUMNS);
        for (SupervisedEntity e : entities) {
            EntityProfile p = e.profile();
            List<String> row = new ArrayList<>();
            row.add(StatisticsCsv.text(e.id().value()));
            row.add(e.kind().name());
            row.add(StatisticsCsv.text(p.name()));
            row.add(p.creditCode().map(UnifiedSocialCreditCode::value).orElse(""));
            row.add(e.status().name());
            row.add(e.grid().grid().value());
            row.add(Boolean.toString(e.grid().explicit()));
            row.add(e.riskLevel().map(Enum::name).orElse(""));
            row.add(String.join(";", p.sectors()));
            row.add(p instanceof Place place ? place.kind().name() : "");
            row.add(p.supervisionClass().map(Object::toString).orElse(""));
            row.add(StatisticsCsv.text(p.address().text()));
            row.add(Double.toString(p.address().point().longitude()));
            row.add(Double.toString(p.address().point().latitude()));
            row.add(p.links().industryDepartment().map(Object::toString).orElse(""));
            row.add(p.links().comprehensiveDepartment().map(Object::toString).orElse(""));
            row.add(p.licences().stream()
                    .flatMap(l -> l.expires().stream())
                    .min(java.util.Comparator.naturalOrder())
                    .map(Object::toString)
                    .orElse(""));
            row.add(Long.toString(e.version()));
            row.add(json.time(e.updatedAt()));
            row.add(nineSmall.apply(e).map(x -> x.outcome().name()).orElse(""));
            line(text, row);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return new Reply(
                200,
                StatisticsCsv.MEDIA_TYPE,
                withBom,
                Map.of("Content-Disposition", "attachment; filename=\"entities.csv\"", "Vary", "Accept"));
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(StatisticsCsv.cell(cells.get(i)));
        }
        text.append("\r\n");
    }
}
