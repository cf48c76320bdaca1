package org.gridsafe.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.casework.ApplyForResumption;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.ChangeCaseEntity;
import org.gridsafe.casework.ChangeMajorHazardCriterion;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.ExistingCaseCommand;
import org.gridsafe.casework.FileMajorHazardReport;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.MajorHazardReportKind;
import org.gridsafe.casework.Merge;
import org.gridsafe.casework.ProductionStopScope;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Reopen;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.Resume;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.ReviewResumption;
import org.gridsafe.casework.StopProduction;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.SuspensionKind;
import org.gridsafe.casework.TreatmentPlan;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.registry.EntityId;

/** {@code /api/v1/cases...} and {@code /api/v1/escalations/run}: the six-step loop over HTTP. */
final class CaseRoutes {

    private final GridSafe gridSafe;
    private final Casework casework;
    private final Json json;
    private final CaseViews views;
    private final Clock clock;

    CaseRoutes(GridSafe gridSafe, Json json, Clock clock) {
        this.gridSafe = gridSafe;
        this.casework = gridSafe.casework();
        this.json = json;
        this.views = new CaseViews(
                json, gridSafe.accessPolicy(), () -> gridSafe.directory().workCalendar());
        this.clock = clock;
    }

    // ---- reading

    Reply get(Exchange ex) {
        Case c = casework.get(ex.actor(), caseId(ex));
        return caseReply(200, c, ex.actor());
    }

    Reply history(Exchange ex) {
        List<RecordedEvent> events = casework.history(ex.actor(), caseId(ex));
        return jsonReply(200, views.history(events, ex.actor()));
    }

    Reply list(Exchange ex) {
        Actor actor = ex.actor();
        Fields f = new Fields();
        CaseQuery query = CaseQuery.all();
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (String value : ex.queries("state")) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    f.enumValue("state", one.strip(), CaseState.class).ifPresent(states::add);
                }
            }
        }
        if (!states.isEmpty()) {
            query = query.inStates(states);
        }
        Optional<GridCode> grid = f.parse("grid", ex.query("grid").orElse(null), GridCode::parse);
        Optional<DepartmentId> department =
                f.parse("department", ex.query("department").orElse(null), DepartmentId::of);
        Optional<HazardGrade> grade = f.enumValue("grade", ex.query("grade").orElse(null), HazardGrade.class);
        Optional<SafetyDomain> domain = f.enumValue("domain", ex.query("domain").orElse(null), SafetyDomain.class);
        Optional<CaseId> after = f.parse("after", ex.query("after").orElse(null), CaseId::of);
        Optional<EntityId> entity = f.parse("entity", ex.query("entity").orElse(null), EntityId::of);
        Optional<String> sector = f.parse("sector", ex.query("sector").orElse(null), CaseRoutes::catalogId);
        Optional<RiskLevel> riskLevel =
                f.enumValue("riskLevel", ex.query("riskLevel").orElse(null), RiskLevel.class);
        Optional<String> supervisionClass =
                f.parse("supervisionClass", ex.query("supervisionClass").orElse(null), CaseRoutes::catalogId);
        Optional<String> overdue = ex.query("overdue");
        if (overdue.isPresent()
                && !overdue.get().equals("true")
                && !overdue.get().equals("false")) {
            f.fail("overdue", "must be true or false");
        }
        int limit = CaseQuery.DEFAULT_LIMIT;
        if (ex.query("limit").isPresent()) {
            try {
                limit = Integer.parseInt(ex.query("limit").get());
                if (limit < 1 || limit > CaseQuery.MAX_LIMIT) {
                    f.fail("limit", "must be 1 to " + CaseQuery.MAX_LIMIT);
                }
            } catch (NumberFormatException e) {
                f.fail("limit", "must be an integer, 1 to " + CaseQuery.MAX_LIMIT);
            }
        }
        Optional<String> text = ex.query("text");
        if (text.isPresent() && text.get().length() > 200) {
            f.fail("text", "must be at most 200 characters");
        }
        f.check("case query");
        Instant now = clock.instant();
        // Who may read which case, and where to look at all, is core's (Casework.list, AccessPolicy).
        if (grid.isPresent()) {
            query = query.withinGrid(grid.get());
        }
        if (department.isPresent()) {
            query = query.department(department.get());
        }
        if (grade.isPresent()) {
            query = query.grade(grade.get());
        }
        if (domain.isPresent()) {
            query = query.domain(domain.get());
        }
        if (text.isPresent()) {
            query = query.containing(text.get());
        }
        if (entity.isPresent()) {
            query = query.entity(entity.get());
        }
        if (sector.isPresent()) {
            query = query.sector(sector.get());
        }
        if (riskLevel.isPresent()) {
            query = query.riskLevel(riskLevel.get());
        }
        if (supervisionClass.isPresent()) {
            query = query.supervisionClass(supervisionClass.get());
        }
        if (overdue.isPresent()) {
            query = overdue.get().equals("true") ? query.dueBefore(now) : query.notDueBefore(now);
        }
        if (after.isPresent()) {
            query = query.after(after.get());
        }
        CasePage page = casework.list(actor, query.limit(limit));
        List<Object> items = new ArrayList<>();
        for (Case c : page.cases()) {
            items.add(views.view(c, actor, now));
        }
        Optional<CaseId> next = page.next();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        next.ifPresent(n -> body.put("next", n.value()));
        return jsonReply(200, body);
    }

    // ---- step 1

    Reply report(Exchange ex) {
        Bodies.ReportBody body = json.read(ex.body(), Bodies.ReportBody.class);
        Fields f = new Fields();
        Report report = report(body, ex.actor(), "", f);
        f.check("report");
        Case c = casework.report(ex.actor(), report);
        return caseReply(201, c, ex.actor()).withHeader("Location", "/api/v1/cases/" + c.id().value());
    }

    Reply reportFixedOnSpot(Exchange ex) {
        Bodies.FixedOnSpotBody body = json.read(ex.body(), Bodies.FixedOnSpotBody.class);
        Fields f = new Fields();
        if (body.report() == null) {
            f.fail("report", "is required");
        }
        Report report = body.report() == null ? null : report(body.report(), ex.actor(), "report.", f);
        checkList(f, "evidenceAttachments", body.evidenceAttachments());
        List<MediaReference> evidenceMedia = media(f, "evidenceMedia", body.evidenceMedia());
        f.check("fixed-on-spot report");
        ReportFixedOnSpot.Builder fixed =
                ReportFixedOnSpot.of(report).evidence(body.evidence()).evidenceAttachments(body.evidenceAttachments());
        evidenceMedia.forEach(fixed::evidenceMedia);
        Case c = casework.reportFixedOnSpot(ex.actor(), fixed.build());
        return caseReply(201, c, ex.actor()).withHeader("Location", "/api/v1/cases/" + c.id().value());
    }

    private Report report(Bodies.ReportBody b, Actor actor, String prefix, Fields f) {
        if (b.source() == null && defaultSource(actor).isEmpty()) {
            throw ProblemException.forbidden(
                    "no-reporting-role",
                    actor + " holds no role that reports hazards (grid staff, command center, "
                            + "department officer, enterprise or citizen)");
        }
        Optional<CaseSource> source = f.enumValue(prefix + "source", b.source(), CaseSource.class);
        Optional<GridCode> grid = f.parse(prefix + "grid", b.grid(), GridCode::parse);
        Optional<GeoPoint> location = Optional.empty();
        if (b.location() != null) {
            if (b.location().lon() == null || b.location().lat() == null) {
                f.fail(prefix + "location", "needs both lon and lat");
            } else {
                location = f.parse(
                        prefix + "location",
                        "",
                        unused -> GeoPoint.of(b.location().lon(), b.location().lat()));
            }
        }
        checkList(f, prefix + "attachments", b.attachments());
        Report.Builder builder = Report.builder()
                .source(source.or(() -> defaultSource(actor)).orElse(null))
                .grid(grid.orElse(null))
                .location(location.orElse(null))
                .domain(f.enumValue(prefix + "domain", b.domain(), SafetyDomain.class)
                        .orElse(null))
                .hazard(f.parse(prefix + "hazard", b.hazard(), HazardCode::parse)
                        .orElse(null))
                .grade(f.enumValue(prefix + "grade", b.grade(), HazardGrade.class)
                        .orElse(null))
                .description(b.description())
                .anonymous(Boolean.TRUE.equals(b.anonymous()))
                .reporterContact(b.reporterContact())
                .enterpriseId(b.enterpriseId())
                .entity(f.parse(prefix + "entity", b.entity(), EntityId::of).orElse(null))
                .majorHazardCriterion(b.majorHazardCriterion());
        if (b.attachments() != null) {
            b.attachments().stream().filter(a -> a != null).forEach(builder::attachment);
        }
        media(f, prefix + "media", b.media()).forEach(builder::media);
        return builder.build();
    }

    /** A sector id or class code as the catalogs write them: 1-64 of A-Z, 0-9 and '_'. */
    static String catalogId(String text) {
        if (!text.matches("[A-Z0-9_]{1,64}")) {
            throw new IllegalArgumentException("must be 1-64 characters of A-Z, 0-9 and '_' (a catalog id)");
        }
        return text;
    }

    /** The source an actor reports from when the body names none. */
    static Optional<CaseSource> defaultSource(Actor actor) {
        for (CaseSource source : CaseSource.values()) {
            // LICENCE_EXPIRED cases come from the licence run only, never by default.
            if (source != CaseSource.LICENCE_EXPIRED && actor.has(source.reporterRole())) {
                return Optional.of(source);
            }
        }
        return actor.has(ActorRole.COMMAND_CENTER) ? Optional.of(CaseSource.PUBLIC_REPORT) : Optional.empty();
    }

    /**
     * The stored files {@code hashes} name (as {@code POST /api/v1/media} answered them), in order;
     * a malformed or unknown hash is a field error. Core checks the references again.
     */
    private List<MediaReference> media(Fields f, String field, List<String> hashes) {
        List<MediaReference> refs = new ArrayList<>();
        if (hashes == null) {
            return refs;
        }
        if (hashes.size() > InputLimits.ATTACHMENTS) {
            f.fail(field, hashes.size() + " files given; at most " + InputLimits.ATTACHMENTS + " are allowed");
            return refs;
        }
        for (int i = 0; i < hashes.size(); i++) {
            String name = field + "[" + i + "]";
            if (hashes.get(i) == null) {
                f.fail(name, "must be a string, not null");
                continue;
            }
            Optional<MediaHash> hash = f.parse(name, hashes.get(i), MediaHash::parse);
            if (hash.isEmpty()) {
                continue;
            }
            Optional<MediaReference> stored = gridSafe.mediaStore().find(hash.get());
            if (stored.isEmpty()) {
                f.fail(name, "no file with hash " + hash.get() + " is stored; upload it first (POST /api/v1/media)");
            } else {
                refs.add(stored.get());
            }
        }
        return refs;
    }

    private static void checkList(Fields f, String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    f.fail(field + "[" + i + "]", "must be a string, not null");
                }
            }
        }
    }

    // ---- steps 2-6

    Reply register(Exchange ex) {
        return command(
                ex,
                Bodies.RegisterBody.class,
                (b, id, v, f) -> Register.of(id)
                        .expectedVersion(v)
                        .domain(f.enumValue("domain", b.domain(), SafetyDomain.class))
                        .hazard(f.parse("hazard", b.hazard(), HazardCode::parse))
                        .grade(f.enumValue("grade", b.grade(), HazardGrade.class))
                        .note(b.note())
                        .entity(f.parse("entity", b.entity(), EntityId::of))
                        .majorHazardCriterion(b.majorHazardCriterion())
                        .build());
    }

    Reply reject(Exchange ex) {
        return command(
                ex,
                Bodies.RejectBody.class,
                (b, id, v, f) ->
                        Reject.of(id).expectedVersion(v).reason(b.reason()).build());
    }

    Reply merge(Exchange ex) {
        return command(ex, Bodies.MergeBody.class, (b, id, v, f) -> {
            CaseId into = f.required("into", f.parse("into", b.into(), CaseId::of), b.into());
            return Merge.of(id).expectedVersion(v).into(into).reason(b.reason()).build();
        });
    }

    Reply dispatch(Exchange ex) {
        return command(ex, Bodies.DispatchBody.class, (b, id, v, f) -> {
            Optional<RectificationPlan> plan = Optional.empty();
            // Core checks a plan and a listed supervision only where it requires them (major
            // hazards); given for a general one they were stored with empty fields, and every
            // later read of the case failed. Whatever is given must be complete.
            if (b.plan() != null) {
                Bodies.PlanBody p = b.plan();
                present(f, "plan.responsiblePerson", p.responsiblePerson());
                present(f, "plan.measures", p.measures());
                present(f, "plan.funds", p.funds());
                present(f, "plan.dueDate", p.dueDate());
                present(f, "plan.contingencyPlan", p.contingencyPlan());
                plan = Optional.of(new RectificationPlan(
                        p.responsiblePerson(),
                        p.measures(),
                        p.funds(),
                        f.date("plan.dueDate", p.dueDate()).orElse(null),
                        p.contingencyPlan()));
            }
            if (b.listedSupervision() != null) {
                present(f, "listedSupervision.authority", b.listedSupervision().authority());
                present(
                        f,
                        "listedSupervision.documentReference",
                        b.listedSupervision().documentReference());
            }
            Optional<ListedSupervision> supervision = b.listedSupervision() == null
                    ? Optional.empty()
                    : Optional.of(new ListedSupervision(
                            b.listedSupervision().authority(),
                            b.listedSupervision().documentReference()));
            Optional<TreatmentPlan> treatment = Optional.empty();
            if (b.treatmentPlan() != null) {
                Bodies.TreatmentPlanBody t = b.treatmentPlan();
                present(f, "treatmentPlan.objectivesAndTasks", t.objectivesAndTasks());
                present(f, "treatmentPlan.methodsAndMeasures", t.methodsAndMeasures());
                present(f, "treatmentPlan.fundsAndMaterials", t.fundsAndMaterials());
                present(f, "treatmentPlan.organisationAndPersonnel", t.organisationAndPersonnel());
                present(f, "treatmentPlan.timeLimitAndRequirements", t.timeLimitAndRequirements());
                present(f, "treatmentPlan.safetyMeasuresAndContingencyPlan", t.safetyMeasuresAndContingencyPlan());
                treatment = Optional.of(new TreatmentPlan(
                        t.objectivesAndTasks(),
                        t.methodsAndMeasures(),
                        t.fundsAndMaterials(),
                        t.organisationAndPersonnel(),
                        t.timeLimitAndRequirements(),
                        t.safetyMeasuresAndContingencyPlan()));
            }
            return Dispatch.of(id)
                    .expectedVersion(v)
                    .department(f.parse("department", b.department(), DepartmentId::of))
                    .overrideReason(b.overrideReason())
                    .handlerId(b.handlerId())
                    .plan(plan)
                    .listedSupervision(supervision)
                    .treatmentPlan(treatment)
                    .build();
        });
    }

    private static void present(Fields f, String field, String value) {
        if (value == null || value.isBlank()) {
            f.fail(field, "is required when " + field.substring(0, field.indexOf('.')) + " is given");
        }
    }

    Reply rectify(Exchange ex) {
        return command(ex, Bodies.RectificationBody.class, (b, id, v, f) -> {
            checkList(f, "attachments", b.attachments());
            SubmitRectification.Builder rectification = SubmitRectification.of(id)
                    .expectedVersion(v)
                    .evidence(b.evidence())
                    .attachments(b.attachments() == null ? List.of() : b.attachments());
            media(f, "media", b.media()).forEach(rectification::media);
            return rectification.build();
        });
    }

    Reply returnCase(Exchange ex) {
        return command(
                ex,
                Bodies.ReturnBody.class,
                (b, id, v, f) ->
                        ReturnCase.of(id).expectedVersion(v).reason(b.reason()).build());
    }

    Reply reassign(Exchange ex) {
        return command(
                ex,
                Bodies.ReassignBody.class,
                (b, id, v, f) -> Reassign.of(id)
                        .expectedVersion(v)
                        .department(f.parse("department", b.department(), DepartmentId::of)
                                .orElse(null))
                        .handlerId(b.handlerId())
                        .reason(b.reason())
                        .build());
    }

    Reply suspend(Exchange ex) {
        return command(
                ex,
                Bodies.SuspendBody.class,
                (b, id, v, f) -> Suspend.of(id)
                        .expectedVersion(v)
                        .kind(f.enumValue("kind", b.kind(), SuspensionKind.class)
                                .orElse(null))
                        .reason(b.reason())
                        .approval(b.approval())
                        .reviewDate(f.date("reviewDate", b.reviewDate()).orElse(null))
                        .build());
    }

    Reply resume(Exchange ex) {
        return command(
                ex,
                Bodies.ResumeBody.class,
                (b, id, v, f) ->
                        Resume.of(id).expectedVersion(v).reason(b.reason()).build());
    }

    Reply reopen(Exchange ex) {
        return command(
                ex,
                Bodies.ReopenBody.class,
                (b, id, v, f) -> Reopen.of(id)
                        .expectedVersion(v)
                        .complaint(b.complaint())
                        .build());
    }

    Reply fileMajorHazardReport(Exchange ex) {
        return command(
                ex,
                Bodies.FileMajorHazardReportBody.class,
                (b, id, v, f) -> FileMajorHazardReport.of(id)
                        .expectedVersion(v)
                        .kind(f.enumValue("kind", b.kind(), MajorHazardReportKind.class)
                                .orElse(null))
                        .recipient(b.recipient())
                        .reference(b.reference())
                        .build());
    }

    Reply stopProduction(Exchange ex) {
        return command(
                ex,
                Bodies.StopProductionBody.class,
                (b, id, v, f) -> StopProduction.of(id)
                        .expectedVersion(v)
                        .scope(f.enumValue("scope", b.scope(), ProductionStopScope.class)
                                .orElse(null))
                        .evacuated(Boolean.TRUE.equals(b.evacuated()))
                        .reason(b.reason())
                        .build());
    }

    Reply applyForResumption(Exchange ex) {
        return command(
                ex,
                Bodies.ApplyForResumptionBody.class,
                (b, id, v, f) -> ApplyForResumption.of(id)
                        .expectedVersion(v)
                        .summary(b.summary())
                        .build());
    }

    Reply reviewResumption(Exchange ex) {
        return command(ex, Bodies.ReviewResumptionBody.class, (b, id, v, f) -> {
            if (b.passed() == null) {
                f.fail("passed", "is required: true to write the hazard off and resume, false to keep it stopped");
            }
            return ReviewResumption.of(id)
                    .expectedVersion(v)
                    .passed(Boolean.TRUE.equals(b.passed()))
                    .remarks(b.remarks())
                    .build();
        });
    }

    Reply requestExtension(Exchange ex) {
        return command(ex, Bodies.ExtensionRequestBody.class, (b, id, v, f) -> {
            Instant deadline = f.required(
                    "requestedDeadline", f.instant("requestedDeadline", b.requestedDeadline()), b.requestedDeadline());
            return RequestExtension.of(id)
                    .expectedVersion(v)
                    .requestedDeadline(deadline)
                    .reason(b.reason())
                    .build();
        });
    }

    Reply approveExtension(Exchange ex) {
        return command(
                ex,
                Bodies.ApproveExtensionBody.class,
                (b, id, v, f) -> ApproveExtension.of(id)
                        .expectedVersion(v)
                        .note(b.note())
                        .build());
    }

    Reply denyExtension(Exchange ex) {
        return command(
                ex,
                Bodies.DenyExtensionBody.class,
                (b, id, v, f) -> DenyExtension.of(id)
                        .expectedVersion(v)
                        .reason(b.reason())
                        .build());
    }

    Reply verify(Exchange ex) {
        return command(ex, Bodies.VerifyBody.class, (b, id, v, f) -> {
            if (b.passed() == null) {
                f.fail("passed", "is required: true to accept the rectification, false to send it back");
            }
            Verify.Builder verification = Verify.of(id)
                    .expectedVersion(v)
                    .passed(Boolean.TRUE.equals(b.passed()))
                    .remarks(b.remarks());
            media(f, "media", b.media()).forEach(verification::media);
            return verification.build();
        });
    }

    Reply close(Exchange ex) {
        return command(
                ex,
                Bodies.CloseBody.class,
                (b, id, v, f) -> Close.of(id)
                        .expectedVersion(v)
                        .satisfaction(b.satisfaction())
                        .feedback(b.feedback())
                        .evaluation(b.evaluation())
                        .build());
    }

    /** 变更涉及单位: the command center names, changes or removes the entity a case concerns. */
    Reply changeEntity(Exchange ex) {
        return command(
                ex,
                Bodies.ChangeEntityBody.class,
                (b, id, v, f) -> ChangeCaseEntity.of(id)
                        .expectedVersion(v)
                        .entity(f.parse("entity", b.entity(), EntityId::of).orElse(null))
                        .reason(b.reason())
                        .build());
    }

    /** 重大事故隐患降级: the command center makes an open MAJOR case GENERAL, with a reason. */
    Reply downgradeMajorHazard(Exchange ex) {
        return command(
                ex,
                Bodies.DowngradeMajorHazardBody.class,
                (b, id, v, f) -> DowngradeMajorHazard.of(id)
                        .expectedVersion(v)
                        .reason(b.reason())
                        .build());
    }

    /** 变更重大事故隐患判定依据: the command center links a criterion to an open case, or replaces it. */
    Reply changeMajorHazardCriterion(Exchange ex) {
        return command(
                ex,
                Bodies.ChangeMajorHazardCriterionBody.class,
                (b, id, v, f) -> ChangeMajorHazardCriterion.of(id)
                        .expectedVersion(v)
                        .criterion(b.criterion())
                        .reason(b.reason())
                        .build());
    }

    /** The licence run over the whole district; core decides who may run it (district command centers, systems). */
    Reply runLicenceCheck(Exchange ex) {
        Actor actor = ex.actor();
        if (ex.body().length > 0) {
            json.read(ex.body(), Bodies.LicenceRunBody.class);
        }
        Instant now = clock.instant();
        List<Case> opened = casework.openExpiredLicenceCases(actor, now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("opened", opened.stream().map(c -> c.id().value()).toList());
        body.put("at", json.time(now));
        return jsonReply(200, body);
    }

    /** 督办 over the whole district; core decides who may run it (district command centers, systems). */
    Reply runEscalations(Exchange ex) {
        Actor actor = ex.actor();
        if (ex.body().length > 0) {
            json.read(ex.body(), Bodies.EscalationRunBody.class);
        }
        Instant now = clock.instant();
        int escalations = casework.escalateOverdue(actor, now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("escalations", escalations);
        body.put("at", json.time(now));
        return jsonReply(200, body);
    }

    // ---- plumbing

    @FunctionalInterface
    interface CommandBuilder<B> {
        ExistingCaseCommand build(B body, CaseId caseId, OptionalLong expectedVersion, Fields fields);
    }

    private <B> Reply command(Exchange ex, Class<B> bodyType, CommandBuilder<B> builder) {
        Actor actor = ex.actor();
        CaseId id = caseId(ex);
        long expected = ifMatch(ex);
        // Order: the case must exist and be readable (404/403), then the body must make sense (400),
        // then the version must match (412); core decides the rest (403/409/400).
        Case current = casework.get(actor, id);
        B body = json.read(ex.body(), bodyType);
        Fields f = new Fields();
        ExistingCaseCommand command = builder.build(body, id, OptionalLong.of(expected), f);
        f.check(ex.path().substring(ex.path().lastIndexOf('/') + 1) + " of case " + id);
        if (current.version() != expected) {
            throw ProblemException.of(
                            412,
                            "stale-version",
                            "Precondition failed",
                            "case " + id + " is at version " + current.version() + ", not " + expected
                                    + " (If-Match): reload it and decide again")
                    .withHeader("ETag", CaseViews.etag(current).orElseThrow());
        }
        Case after;
        try {
            after = casework.execute(actor, command);
        } catch (ConcurrentUpdateException lostRace) {
            // The If-Match version was current when checked; another writer got in between.
            throw ProblemException.of(
                    409,
                    "concurrent-update",
                    "Conflict",
                    "case " + id + " was changed by another request while this one ran: reload it and retry");
        }
        return caseReply(200, after, actor);
    }

    private static CaseId caseId(Exchange ex) {
        String raw = ex.pathParam("id");
        try {
            return CaseId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("case " + raw + " does not exist: " + e.getMessage());
        }
    }

    /** The version in {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static long ifMatch(Exchange ex) {
        String header = ex.header("If-Match").map(String::strip).orElse("");
        if (header.isEmpty()) {
            throw ProblemException.of(
                    428,
                    "if-match-required",
                    "Precondition required",
                    "workflow commands need an If-Match header with the case version you saw (its ETag, e.g. \"3\")");
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
            throw ProblemException.invalid("If-Match", "must be a case version ETag such as \"3\", was " + header);
        }
    }

    /** {@code GET /patrols/{id}/cases}: the cases that came from the occurrence that the caller may read. */
    Reply fromOccurrence(Exchange ex) {
        String occurrence = ex.pathParam("id");
        Fields f = new Fields();
        if (occurrence == null || occurrence.isEmpty() || occurrence.length() > CaseOrigin.MAX_OCCURRENCE) {
            f.fail("id", "must be 1 to " + CaseOrigin.MAX_OCCURRENCE + " characters");
        }
        f.check("patrol id");
        Actor actor = ex.actor();
        Instant now = clock.instant();
        List<Object> items = new ArrayList<>();
        for (Case c : casework.casesFromOccurrence(actor, occurrence)) {
            items.add(views.view(c, actor, now));
        }
        return jsonReply(200, Map.of("items", items));
    }

    private Reply caseReply(int status, Case c, Actor actor) {
        return jsonReply(status, views.view(c, actor, clock.instant()))
                .withHeader("ETag", CaseViews.etag(c).orElseThrow());
    }

    private Reply jsonReply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
