package org.gridsafe.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.FieldError;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceIssuerTier;
import org.gridsafe.entity.LicenceStorageMode;
import org.gridsafe.entity.LicenceType;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.Address;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.DuplicateCreditCodeException;
import org.gridsafe.registry.EntityAccessDeniedException;
import org.gridsafe.registry.EntityAlreadyExistsException;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityNotFoundException;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.EntityVersionConflictException;
import org.gridsafe.registry.KeyUnitLevel;
import org.gridsafe.registry.LicenceExpiry;
import org.gridsafe.registry.NineSmallOutcome;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.PlaceMeasures;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.SupervisionLinks;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.registry.UnitScale;
import org.gridsafe.registry.WrongEntityStateException;

/**
 * {@code /api/v1/entities...} and {@code /api/v1/licence-expiries}: the registry of supervised
 * entities (production units and places) over HTTP. Every decision is core's
 * ({@link SupervisedEntities}, {@code AccessPolicy}); this class parses, calls and maps refusals to
 * problems. Commands carry the entity's version in {@code If-Match}, as case commands do.
 */
final class EntityRoutes {

    /** A search answers at most this many entities unless {@code limit} says otherwise: the project's own choice. */
    static final int DEFAULT_LIMIT = 100;

    private final Optional<SupervisedEntities> entities;
    private final LicenceTypeCatalog licenceTypes;
    private final Json json;
    private final EntityViews views;
    private final Clock clock;

    EntityRoutes(Optional<SupervisedEntities> entities, LicenceTypeCatalog licenceTypes, Json json, Clock clock) {
        this.entities = entities;
        this.licenceTypes = licenceTypes;
        this.json = json;
        this.views = new EntityViews(json, e -> entities.flatMap(s -> s.nineSmallVerdict(e)));
        this.clock = clock;
    }

    /** The handler with core's refusals of the registry mapped to problems. */
    GridSafeHttpApi.Handler guarded(GridSafeHttpApi.Handler handler) {
        return ex -> {
            try {
                return handler.handle(ex);
            } catch (InvalidEntityValueException e) {
                throw invalid(
                        e, ex.path().equals("/api/v1/entities") || ex.path().endsWith("/amend"));
            } catch (EntityAccessDeniedException e) {
                throw ProblemException.forbidden(e.decision().rule(), e.getMessage());
            } catch (EntityNotFoundException e) {
                throw ProblemException.notFound(e.getMessage());
            } catch (DuplicateCreditCodeException e) {
                String message = e.getMessage().startsWith("creditCode: ")
                        ? e.getMessage().substring("creditCode: ".length())
                        : e.getMessage();
                throw new ProblemException(
                        409,
                        "duplicate-credit-code",
                        "Duplicate credit code",
                        "profile.creditCode: " + message,
                        List.of(new FieldError("profile.creditCode", message)),
                        Optional.empty(),
                        Map.of());
            } catch (EntityAlreadyExistsException e) {
                throw new ProblemException(
                        409,
                        "entity-exists",
                        "Entity exists",
                        e.getMessage() + "; choose another id",
                        List.of(new FieldError("id", "is taken: " + e.getMessage())),
                        Optional.empty(),
                        Map.of());
            } catch (WrongEntityStateException e) {
                throw ProblemException.of(409, "wrong-state", "Wrong state", e.getMessage());
            } catch (EntityVersionConflictException e) {
                throw ProblemException.of(
                        409,
                        "concurrent-update",
                        "Conflict",
                        e.getMessage() + " (another request changed the entity while this one ran)");
            }
        };
    }

    /** Core's field names are the profile's own; in a body they sit under {@code profile}. */
    private static ProblemException invalid(InvalidEntityValueException e, boolean profileCommand) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field();
            if (profileCommand && !field.equals("reason") && !field.equals("id")) {
                field = field.equals("profile") ? "profile.kind" : "profile." + field;
            }
            errors.add(new FieldError(field, p.message()));
        }
        StringBuilder detail = new StringBuilder("the request is invalid: ");
        for (int i = 0; i < errors.size(); i++) {
            detail.append(i == 0 ? "" : "; ").append(errors.get(i));
        }
        return ProblemException.invalid(detail.toString(), errors);
    }

    private SupervisedEntities service() {
        return entities.orElseThrow(() -> ProblemException.of(
                501,
                "not-configured",
                "Not configured",
                "this server has no registry of supervised entities (GridSafeHttpApi.Builder.entities)"));
    }

    // ---- reading

    Reply get(Exchange ex) {
        SupervisedEntity e = service().get(ex.actor(), entityId(ex));
        return entityReply(200, e);
    }

    Reply history(Exchange ex) {
        SupervisedEntities service = service();
        EntityId id = entityId(ex);
        Fields f = new Fields();
        Optional<Instant> asOf = f.instant("asOf", ex.query("asOf").orElse(null));
        f.check("history query");
        SupervisedEntity current = service.get(ex.actor(), id);
        var history = service.history(ex.actor(), id);
        Optional<SupervisedEntity> then = asOf.flatMap(at -> SupervisedEntity.asOf(history, at));
        return jsonReply(200, views.history(current, history, asOf, then));
    }

    Reply search(Exchange ex) {
        EntityQuery query = query(ex, DEFAULT_LIMIT);
        List<SupervisedEntity> found = found(ex, query);
        if (StatisticsCsv.wanted(ex)) {
            return views.csv(found);
        }
        return jsonReply(200, Map.of("items", found.stream().map(views::entity).toList()))
                .withHeader("Vary", "Accept");
    }

    Reply geoJson(Exchange ex) {
        EntityQuery query = query(ex, EntityQuery.MAX_LIMIT);
        List<SupervisedEntity> found = found(ex, query);
        return Reply.of(200, "application/geo+json; charset=utf-8", json.write(views.featureCollection(found)));
    }

    Reply licenceExpiries(Exchange ex) {
        Fields f = new Fields();
        int days = Licence.DEFAULT_EXPIRY_WARNING.getDays();
        if (ex.query("windowDays").isPresent()) {
            days = integer(f, "windowDays", ex.query("windowDays").get(), 0, 3650);
        }
        f.check("licence expiry query");
        EntityQuery query = query(ex, EntityQuery.MAX_LIMIT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), json.zone());
        List<LicenceExpiry> lines = service().licenceExpiries(ex.actor(), query, today, Period.ofDays(days));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("today", today.toString());
        body.put("windowDays", days);
        body.put("items", lines.stream().map(views::expiry).toList());
        return jsonReply(200, body);
    }

    /** The search, narrowed by {@code nineSmallVerdict} if given (a verdict of the district's profile). */
    private List<SupervisedEntity> found(Exchange ex, EntityQuery query) {
        if (ex.queries("nineSmallVerdict").size() > 1) {
            throw ProblemException.invalid("nineSmallVerdict", "give it once");
        }
        Fields f = new Fields();
        Optional<NineSmallOutcome> verdict =
                f.enumValue("nineSmallVerdict", ex.query("nineSmallVerdict").orElse(null), NineSmallOutcome.class);
        f.check("entity query");
        return verdict.isPresent()
                ? service().search(ex.actor(), query, verdict.get())
                : service().search(ex.actor(), query);
    }

    private EntityQuery query(Exchange ex, int defaultLimit) {
        for (String single : List.of("licenceExpiringBy", "limit", "text")) {
            if (ex.queries(single).size() > 1) {
                throw ProblemException.invalid(single, "give it once");
            }
        }
        Fields f = new Fields();
        Optional<GridCode> grid = f.parse("grid", ex.query("grid").orElse(null), GridCode::parse);
        Optional<EntityKind> kind = f.enumValue("kind", ex.query("kind").orElse(null), EntityKind.class);
        Optional<EntityStatus> status = f.enumValue("status", ex.query("status").orElse(null), EntityStatus.class);
        Optional<String> sector = ex.query("sector");
        Optional<RiskLevel> risk =
                f.enumValue("riskLevel", ex.query("riskLevel").orElse(null), RiskLevel.class);
        Optional<String> supervisionClass = ex.query("class");
        Optional<LocalDate> expiring =
                f.date("licenceExpiringBy", ex.query("licenceExpiringBy").orElse(null));
        Optional<DepartmentId> department =
                f.parse("department", ex.query("department").orElse(null), DepartmentId::of);
        Optional<String> text = ex.query("text");
        int limit = defaultLimit;
        if (ex.query("limit").isPresent()) {
            limit = integer(f, "limit", ex.query("limit").get(), 1, EntityQuery.MAX_LIMIT);
        }
        if (text.isPresent() && text.get().length() > 200) {
            f.fail("text", "must be at most 200 characters");
        }
        if (sector.isPresent() && sector.get().length() > 64) {
            f.fail("sector", "must be at most 64 characters (a sector id)");
        }
        if (supervisionClass.isPresent() && supervisionClass.get().length() > 64) {
            f.fail("class", "must be at most 64 characters (a class code)");
        }
        f.check("entity query");
        EntityQuery q = EntityQuery.all().limit(limit);
        q = grid.map(q::within).orElse(q);
        q = kind.map(q::kind).orElse(q);
        q = status.map(q::status).orElse(q);
        q = sector.map(q::sector).orElse(q);
        q = risk.map(q::riskLevel).orElse(q);
        q = supervisionClass.map(q::supervisionClass).orElse(q);
        q = expiring.map(q::licenceExpiringBy).orElse(q);
        q = department.map(q::department).orElse(q);
        q = text.map(q::text).orElse(q);
        return q;
    }

    private static int integer(Fields f, String field, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                f.fail(field, "must be " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            f.fail(field, "must be an integer, " + min + " to " + max);
            return min;
        }
    }

    // ---- commands

    Reply register(Exchange ex) {
        SupervisedEntities service = service();
        EntityBodies.RegisterBody body = json.read(ex.body(), EntityBodies.RegisterBody.class);
        Fields f = new Fields();
        EntityId id = null;
        if (body.id() == null) {
            f.fail("id", "is required: the registry's id of the unit or place, e.g. PU-0001");
        } else {
            id = value(f, "id", () -> EntityId.of(body.id()));
        }
        requireReason(f, body.reason());
        if (body.profile() == null) {
            f.fail("profile", "is required");
        }
        f.check("registration");
        EntityProfile profile = profile(body.profile());
        SupervisedEntity e = service.execute(ex.actor(), new EntityCommand.Register(id, profile, body.reason()));
        return entityReply(201, e).withHeader("Location", "/api/v1/entities/" + e.id().value());
    }

    Reply amend(Exchange ex) {
        return command(ex, EntityBodies.AmendBody.class, (b, id, version) -> {
            Fields f = new Fields();
            requireReason(f, b.reason());
            if (b.profile() == null) {
                f.fail("profile", "is required: the whole new profile (read the entity, change it, send it)");
            }
            f.check("amendment of entity " + id);
            return new EntityCommand.Amend(id, version, profile(b.profile()), b.reason());
        });
    }

    Reply suspend(Exchange ex) {
        return reasonCommand(ex, (id, v, reason) -> new EntityCommand.Suspend(id, v, reason));
    }

    Reply resume(Exchange ex) {
        return reasonCommand(ex, (id, v, reason) -> new EntityCommand.Resume(id, v, reason));
    }

    Reply close(Exchange ex) {
        return reasonCommand(ex, (id, v, reason) -> new EntityCommand.Close(id, v, reason));
    }

    Reply deregister(Exchange ex) {
        return reasonCommand(ex, (id, v, reason) -> new EntityCommand.Deregister(id, v, reason));
    }

    Reply selfAssessment(Exchange ex) {
        return command(
                ex,
                EntityBodies.AssessmentBody.class,
                (b, id, v) -> new EntityCommand.SubmitSelfAssessment(
                        id, v, assessment(b, AssessorKind.SELF, "self-assessment"), b.reason()));
    }

    Reply riskAssessment(Exchange ex) {
        return command(
                ex,
                EntityBodies.AssessmentBody.class,
                (b, id, v) -> new EntityCommand.AssessRisk(
                        id, v, assessment(b, AssessorKind.REGULATOR, "risk assessment"), b.reason()));
    }

    private RiskAssessment assessment(EntityBodies.AssessmentBody b, AssessorKind assessor, String what) {
        Fields f = new Fields();
        requireReason(f, b.reason());
        Optional<RiskLevel> level = f.enumValue("level", b.level(), RiskLevel.class);
        Optional<LocalDate> day = f.date("assessedOn", b.assessedOn());
        if (b.level() == null) {
            f.fail("level", "is required: RED, ORANGE, YELLOW or BLUE");
        }
        if (b.method() == null) {
            f.fail("method", "is required, e.g. LS, LEC or the local scoring table's name");
        }
        if (b.assessedBy() == null) {
            f.fail("assessedBy", "is required: the person or body that assessed");
        }
        f.check(what);
        RiskAssessment assessment = value(
                f,
                "",
                () -> new RiskAssessment(
                        assessor,
                        b.method(),
                        level.orElseThrow(),
                        day.orElseGet(() -> LocalDate.ofInstant(clock.instant(), json.zone())),
                        b.assessedBy(),
                        Optional.ofNullable(b.basis())));
        f.check(what);
        return assessment;
    }

    @FunctionalInterface
    interface ReasonCommand {
        EntityCommand build(EntityId id, long version, String reason);
    }

    private Reply reasonCommand(Exchange ex, ReasonCommand builder) {
        return command(ex, EntityBodies.ReasonBody.class, (b, id, v) -> {
            Fields f = new Fields();
            requireReason(f, b.reason());
            f.check(ex.path().substring(ex.path().lastIndexOf('/') + 1) + " of entity " + id);
            return builder.build(id, v, b.reason());
        });
    }

    @FunctionalInterface
    interface CommandBuilder<B> {
        EntityCommand build(B body, EntityId id, long version);
    }

    private <B> Reply command(Exchange ex, Class<B> bodyType, CommandBuilder<B> builder) {
        SupervisedEntities service = service();
        Actor actor = ex.actor();
        EntityId id = entityId(ex);
        long expected = ifMatch(ex);
        // As for cases: readable (404/403), a sensible body (400), the version seen (412); core the rest.
        SupervisedEntity current = service.get(actor, id);
        B body = json.read(ex.body(), bodyType);
        EntityCommand command = builder.build(body, id, expected);
        if (current.version() != expected) {
            throw ProblemException.of(
                            412,
                            "stale-version",
                            "Precondition failed",
                            "entity " + id + " is at version " + current.version() + ", not " + expected
                                    + " (If-Match): reload it and decide again")
                    .withHeader("ETag", etag(current));
        }
        return entityReply(200, service.execute(actor, command));
    }

    private static void requireReason(Fields f, String reason) {
        if (reason == null) {
            f.fail("reason", "is required: why, in your words (the history keeps it)");
        }
    }

    /** The version in {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
    private static long ifMatch(Exchange ex) {
        String header = ex.header("If-Match").map(String::strip).orElse("");
        if (header.isEmpty()) {
            throw ProblemException.of(
                    428,
                    "if-match-required",
                    "Precondition required",
                    "entity commands need an If-Match header with the entity version you saw (its ETag, e.g. \"3\")");
        }
        String value = header.startsWith("W/") ? header.substring(2) : header;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an entity version ETag such as \"3\", was " + header);
        }
    }

    // ---- the profile

    /** The profile of {@code b}, every problem named under {@code profile.} at once. */
    EntityProfile profile(EntityBodies.ProfileBody b) {
        Fields f = new Fields();
        Optional<EntityKind> kind = f.enumValue("profile.kind", b.kind(), EntityKind.class);
        if (b.kind() == null) {
            f.fail("profile.kind", "is required: PRODUCTION_UNIT or PLACE");
        }
        Optional<UnifiedSocialCreditCode> creditCode = Optional.ofNullable(b.creditCode())
                .map(text -> value(f, "profile.creditCode", () -> UnifiedSocialCreditCode.parse(text)));
        Address address = address(f, b.address());
        Optional<GridCode> assigned = f.parse("profile.assignedGrid", b.assignedGrid(), GridCode::parse);
        List<String> sectors = strings(f, "profile.sectors", b.sectors());
        SupervisionLinks links = links(f, b.links());
        List<Licence> licences = licences(f, b.licences());
        Optional<SupervisionClass> supervisionClass = Optional.ofNullable(b.supervisionClass())
                .map(c -> value(f, "profile.supervisionClass", () -> new SupervisionClass(c.scheme(), c.code())));
        if (kind.isEmpty()) {
            f.check("profile");
            throw new IllegalStateException("unreachable: the kind was refused above");
        }
        EntityProfile profile;
        if (kind.get() == EntityKind.PRODUCTION_UNIT) {
            notFor(f, "placeKind", b.placeKind(), kind.get());
            notFor(f, "nineSmallType", b.nineSmallType(), kind.get());
            notFor(f, "threeInOne", b.threeInOne(), kind.get());
            notFor(f, "floorArea", b.floorArea(), kind.get());
            notFor(f, "operator", b.operator(), kind.get());
            notFor(f, "measures", b.measures(), kind.get());
            Optional<IndustryCode> industry = Optional.ofNullable(b.industry())
                    .map(text -> value(f, "profile.industry", () -> IndustryCode.parse(text)));
            Optional<UnitScale> scale = f.enumValue("profile.scale", b.scale(), UnitScale.class);
            if (b.scale() == null) {
                f.fail("profile.scale", "is required: ABOVE_DESIGNATED_SIZE, SMALL_MEDIUM or MICRO");
            }
            if (b.employees() == null) {
                f.fail("profile.employees", "is required: the number of employees, 0 or more");
            }
            List<String> features = strings(f, "profile.specialRiskFeatures", b.specialRiskFeatures());
            Optional<MajorHazardInstallationGrade> grade =
                    f.enumValue("profile.majorHazardGrade", b.majorHazardGrade(), MajorHazardInstallationGrade.class);
            Set<KeyUnitLevel> keyLevels = EnumSet.noneOf(KeyUnitLevel.class);
            List<String> levels = strings(f, "profile.keyUnitLevels", b.keyUnitLevels());
            for (int i = 0; i < levels.size(); i++) {
                f.enumValue("profile.keyUnitLevels[" + i + "]", levels.get(i), KeyUnitLevel.class)
                        .ifPresent(keyLevels::add);
            }
            List<UnitPerson> people = people(f, b.people());
            f.check("profile");
            profile = value(
                    f,
                    "profile",
                    () -> new ProductionUnit(
                            b.name(),
                            creditCode,
                            Boolean.TRUE.equals(b.unregisteredOperator()),
                            address,
                            assigned,
                            industry,
                            sectors,
                            scale.orElseThrow(),
                            b.employees(),
                            features,
                            grade.orElse(MajorHazardInstallationGrade.NONE),
                            keyLevels,
                            people,
                            links,
                            licences,
                            supervisionClass));
        } else {
            notFor(f, "unregisteredOperator", b.unregisteredOperator(), kind.get());
            notFor(f, "industry", b.industry(), kind.get());
            notFor(f, "scale", b.scale(), kind.get());
            notFor(f, "employees", b.employees(), kind.get());
            notFor(f, "specialRiskFeatures", b.specialRiskFeatures(), kind.get());
            notFor(f, "majorHazardGrade", b.majorHazardGrade(), kind.get());
            notFor(f, "keyUnitLevels", b.keyUnitLevels(), kind.get());
            notFor(f, "people", b.people(), kind.get());
            Optional<PlaceKind> placeKind = f.enumValue("profile.placeKind", b.placeKind(), PlaceKind.class);
            if (b.placeKind() == null) {
                f.fail("profile.placeKind", "is required for a place, e.g. NINE_SMALL or CONSTRUCTION_SITE");
            }
            Optional<NineSmallType> nineSmall =
                    f.enumValue("profile.nineSmallType", b.nineSmallType(), NineSmallType.class);
            Optional<EntityId> operator = Optional.ofNullable(b.operator())
                    .map(text -> value(f, "profile.operator", () -> EntityId.of(text)));
            PlaceMeasures measures = measures(f, b.floorArea(), b.measures());
            f.check("profile");
            profile = value(
                    f,
                    "profile",
                    () -> new Place(
                            b.name(),
                            placeKind.orElseThrow(),
                            nineSmall,
                            Boolean.TRUE.equals(b.threeInOne()),
                            creditCode,
                            address,
                            assigned,
                            Optional.ofNullable(b.floorArea()),
                            operator,
                            sectors,
                            links,
                            licences,
                            supervisionClass,
                            measures));
        }
        f.check("profile");
        return profile;
    }

    private static PlaceMeasures measures(Fields f, Integer floorArea, EntityBodies.MeasuresBody m) {
        if (m == null && floorArea == null) {
            return PlaceMeasures.none();
        }
        EntityBodies.MeasuresBody given =
                m == null ? new EntityBodies.MeasuresBody(null, null, null, null, null, null, null, null) : m;
        PlaceMeasures measures = value(
                f,
                "profile",
                () -> new PlaceMeasures(
                        Optional.empty(),
                        Optional.ofNullable(given.beds()),
                        Optional.ofNullable(given.seats()),
                        Optional.ofNullable(given.staff()),
                        Optional.ofNullable(given.pupils()),
                        Optional.ofNullable(given.storey()),
                        Optional.ofNullable(given.boarding()),
                        Optional.ofNullable(given.kindergarten()),
                        Optional.ofNullable(given.insideComplex())));
        return measures == null ? PlaceMeasures.none() : measures;
    }

    private static void notFor(Fields f, String field, Object value, EntityKind kind) {
        if (value != null) {
            f.fail(
                    "profile." + field,
                    "is not a field of a " + kind.enName() + " (kind " + kind.name() + "); leave it out");
        }
    }

    private static Address address(Fields f, EntityBodies.AddressBody a) {
        if (a == null) {
            f.fail("profile.address", "is required: text and point {lon, lat}");
            return null;
        }
        if (a.point() == null || a.point().lon() == null || a.point().lat() == null) {
            f.fail("profile.address.point", "is required with both lon and lat (decimal degrees)");
            return null;
        }
        GeoPoint point = value(
                f,
                "profile.address.point",
                () -> GeoPoint.of(a.point().lon(), a.point().lat()));
        if (point == null) {
            return null;
        }
        return value(f, "profile.address", () -> new Address(a.text(), point));
    }

    private static SupervisionLinks links(Fields f, EntityBodies.LinksBody l) {
        if (l == null) {
            return SupervisionLinks.none();
        }
        Optional<DepartmentId> industry =
                f.parse("profile.links.industryDepartment", l.industryDepartment(), DepartmentId::of);
        Optional<DepartmentId> comprehensive =
                f.parse("profile.links.comprehensiveDepartment", l.comprehensiveDepartment(), DepartmentId::of);
        return value(
                f,
                "profile.links",
                () -> new SupervisionLinks(Optional.ofNullable(l.territorialPerson()), industry, comprehensive));
    }

    private List<Licence> licences(Fields f, List<EntityBodies.LicenceBody> bodies) {
        List<Licence> licences = new ArrayList<>();
        if (bodies == null) {
            return licences;
        }
        for (int i = 0; i < bodies.size(); i++) {
            String at = "profile.licences[" + i + "]";
            EntityBodies.LicenceBody l = bodies.get(i);
            if (l == null) {
                f.fail(at, "must be an object, not null");
                continue;
            }
            Optional<LicenceType> type = Optional.empty();
            if (l.type() == null) {
                f.fail(at + ".type", "is required: a licence type id, e.g. SAFETY_PRODUCTION");
            } else {
                type = licenceTypes.find(l.type());
                if (type.isEmpty()) {
                    f.fail(
                            at + ".type",
                            "unknown licence type " + l.type() + "; the catalog has "
                                    + licenceTypes.types().stream()
                                            .map(LicenceType::id)
                                            .toList());
                }
            }
            Optional<LocalDate> issued = f.date(at + ".issued", l.issued());
            if (l.issued() == null) {
                f.fail(at + ".issued", "is required: the issue date, e.g. 2024-03-01");
            }
            Optional<LocalDate> expires = f.date(at + ".expires", l.expires());
            Optional<LicenceStorageMode> mode =
                    f.enumValue(at + ".storageMode", l.storageMode(), LicenceStorageMode.class);
            Optional<LicenceIssuerTier> tier = f.enumValue(at + ".issuerTier", l.issuerTier(), LicenceIssuerTier.class);
            if (type.isPresent()
                    && issued.isPresent()
                    && (l.expires() == null || expires.isPresent())
                    && (l.storageMode() == null || mode.isPresent())
                    && (l.issuerTier() == null || tier.isPresent())) {
                LicenceType t = type.get();
                Licence licence = value(
                        f,
                        at,
                        () -> new Licence(
                                t,
                                l.number(),
                                l.issuer(),
                                Optional.ofNullable(l.scope()),
                                issued.get(),
                                expires,
                                mode,
                                tier));
                if (licence != null) {
                    licences.add(licence);
                }
            }
        }
        return licences;
    }

    private static List<UnitPerson> people(Fields f, List<EntityBodies.PersonBody> bodies) {
        List<UnitPerson> people = new ArrayList<>();
        if (bodies == null) {
            return people;
        }
        for (int i = 0; i < bodies.size(); i++) {
            String at = "profile.people[" + i + "]";
            EntityBodies.PersonBody p = bodies.get(i);
            if (p == null) {
                f.fail(at, "must be an object, not null");
                continue;
            }
            Optional<UnitPersonRole> role = f.enumValue(at + ".role", p.role(), UnitPersonRole.class);
            if (p.role() == null) {
                f.fail(at + ".role", "is required: PRINCIPAL or SAFETY_MANAGER");
            }
            Optional<LocalDate> review = f.date(at + ".nextReview", p.nextReview());
            if (role.isPresent() && (p.nextReview() == null || review.isPresent())) {
                UnitPerson person = value(
                        f,
                        at,
                        () -> new UnitPerson(
                                role.get(),
                                p.name(),
                                Optional.ofNullable(p.phone()),
                                Optional.ofNullable(p.certificateNumber()),
                                review));
                if (person != null) {
                    people.add(person);
                }
            }
        }
        return people;
    }

    private static List<String> strings(Fields f, String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                f.fail(field + "[" + i + "]", "must be a string, not null");
            }
        }
        return values.stream().filter(v -> v != null).toList();
    }

    /**
     * {@code construct}'s value, or null with its problems recorded: a value's own problem fields go
     * under {@code at} (a scalar's single problem is named {@code at} itself).
     */
    private static <T> T value(Fields f, String at, Supplier<T> construct) {
        try {
            return construct.get();
        } catch (InvalidEntityValueException e) {
            for (FieldProblem p : e.problems()) {
                f.fail(name(at, p.field(), e.problems().size() == 1 && scalar(at)), p.message());
            }
            return null;
        } catch (IllegalArgumentException e) {
            f.fail(at.isEmpty() ? "(body)" : at, e.getMessage());
            return null;
        }
    }

    /** A scalar's one problem keeps the body's field name (creditCode, not creditCode.creditCode). */
    private static boolean scalar(String at) {
        return at.equals("id")
                || at.endsWith(".creditCode")
                || at.endsWith(".industry")
                || at.endsWith(".operator")
                || at.endsWith(".point");
    }

    private static String name(String at, String field, boolean scalar) {
        if (scalar || field.isEmpty()) {
            return at;
        }
        return at.isEmpty() ? field : at + "." + field;
    }

    // ---- plumbing

    private static EntityId entityId(Exchange ex) {
        String raw = ex.pathParam("id");
        try {
            return EntityId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("entity " + raw + " does not exist: " + e.getMessage());
        }
    }

    static String etag(SupervisedEntity e) {
        return "\"" + e.version() + "\"";
    }

    private Reply entityReply(int status, SupervisedEntity e) {
        return jsonReply(status, views.entity(e)).withHeader("ETag", etag(e));
    }

    private Reply jsonReply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
