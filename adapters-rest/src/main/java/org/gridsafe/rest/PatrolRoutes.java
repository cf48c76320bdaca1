package org.gridsafe.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.gridsafe.Patrols;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;
import org.gridsafe.patrol.Advice;
import org.gridsafe.patrol.AdviceKind;
import org.gridsafe.patrol.CheckInMethod;
import org.gridsafe.patrol.FindingReport;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PatrolTarget;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.patrol.ScheduleResult;
import org.gridsafe.port.MediaStore;

/** {@code /api/v1/checklists}, {@code /api/v1/patrol-plans}, {@code /api/v1/patrols}: patrols over HTTP. */
final class PatrolRoutes {

    private final Patrols patrols;
    private final Json json;
    private final MediaStore media;

    PatrolRoutes(Patrols patrols, Json json, MediaStore media) {
        this.patrols = patrols;
        this.json = json;
        this.media = media;
    }

    record PointBody(Double lon, Double lat) {}

    record PlanBody(
            String id,
            String name,
            String grid,
            List<String> kinds,
            List<String> sectors,
            String frequency,
            Integer dueWithinDays,
            String checklist,
            String patrolRole,
            String basis,
            Long expectedVersion) {}

    record ScheduleBody(String day) {}

    record CheckInBody(
            String at,
            String method,
            PointBody location,
            Double accuracyMeters,
            String qrCode,
            String photo,
            Long expectedVersion) {}

    record AnswerBody(String item, String verdict, Double number, String text, List<String> photos, String note) {}

    record AdviceBody(String kind, String text) {}

    record FindingBody(String item, String domain, String hazard, String grade, String fixedOnSpot) {}

    record SubmissionBody(
            Long expectedVersion, List<AnswerBody> answers, List<AdviceBody> advice, List<FindingBody> findings) {}

    record SkipBody(String reason, Long expectedVersion) {}

    record RunBody() {}

    // ---- checklists

    Reply checklists(Exchange ex) {
        ex.actor();
        List<Object> items = new ArrayList<>();
        for (Checklist c : patrols.rules().checklists().all()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("ref", c.ref().toString());
            v.put("title", c.title());
            v.put("effectiveFrom", c.effectiveFrom().toString());
            v.put("evidence", c.evidence().tag());
            v.put("source", c.source());
            v.put("items", c.items().size());
            items.add(v);
        }
        return reply(200, Map.of("items", items));
    }

    Reply checklist(Exchange ex) {
        ex.actor();
        Fields f = new Fields();
        Optional<ChecklistRef> ref = f.parse("ref", ex.pathParam("ref"), ChecklistRef::parse);
        f.check("checklist reference");
        Checklist c = patrols.rules()
                .checklists()
                .find(ref.get())
                .orElseThrow(() -> ProblemException.notFound("no checklist " + ref.get()));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ref", c.ref().toString());
        v.put("title", c.title());
        v.put("effectiveFrom", c.effectiveFrom().toString());
        v.put("evidence", c.evidence().tag());
        v.put("source", c.source());
        List<Object> sections = new ArrayList<>();
        c.sections().forEach(s -> {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("code", s.code());
            sv.put("title", s.title());
            List<Object> items = new ArrayList<>();
            s.items().forEach(i -> {
                Map<String, Object> iv = new LinkedHashMap<>();
                iv.put("code", i.code());
                iv.put("text", i.text());
                i.basis().ifPresent(b -> iv.put("basis", b.citation()));
                iv.put("answerType", i.answerType().name());
                iv.put("photoRequired", i.photoRequired());
                iv.put("entityKinds", List.copyOf(i.entityKinds()));
                iv.put("sectors", List.copyOf(i.sectors()));
                iv.put("onFail", i.onFail().kind().name());
                i.onFail().criterion().ifPresent(k -> iv.put("criterion", k));
                iv.put("evidence", i.evidence().tag());
                i.source().ifPresent(src -> iv.put("source", src));
                items.add(iv);
            });
            sv.put("items", items);
            sections.add(sv);
        });
        v.put("sections", sections);
        return reply(200, v);
    }

    // ---- plans

    Reply savePlan(Exchange ex) {
        PlanBody b = json.read(ex.body(), PlanBody.class);
        Fields f = new Fields();
        Optional<PatrolPlanId> id = f.parse("id", b.id(), PatrolPlanId::of);
        f.required("id", id, b.id());
        Optional<GridCode> grid = f.parse("grid", b.grid(), GridCode::parse);
        f.required("grid", grid, b.grid());
        Optional<PatrolFrequency> frequency = f.enumValue("frequency", b.frequency(), PatrolFrequency.class);
        f.required("frequency", frequency, b.frequency());
        Optional<ChecklistRef> checklist = f.parse("checklist", b.checklist(), ChecklistRef::parse);
        f.required("checklist", checklist, b.checklist());
        Optional<GridRole> role = f.enumValue("patrolRole", b.patrolRole(), GridRole.class);
        strings(f, "kinds", b.kinds());
        strings(f, "sectors", b.sectors());
        long expected = b.expectedVersion() == null ? 0 : b.expectedVersion();
        if (expected < 0) {
            f.fail("expectedVersion", "must be 0 (a new plan) or the plan's version");
        }
        f.check("patrol plan");
        PatrolPlan plan = new PatrolPlan(
                id.get(),
                b.name(),
                grid.get(),
                new PatrolTarget(set(b.kinds()), set(b.sectors())),
                frequency.get(),
                b.dueWithinDays() == null ? OptionalInt.empty() : OptionalInt.of(b.dueWithinDays()),
                checklist.get(),
                role.orElse(GridRole.SAFETY_OFFICER),
                b.basis());
        PlanRecord saved = patrols.savePlan(ex.actor(), plan, expected);
        return reply(expected == 0 ? 201 : 200, planView(saved))
                .withHeader(
                        "Location", "/api/v1/patrol-plans/" + saved.plan().id().value());
    }

    Reply plans(Exchange ex) {
        List<Object> items = new ArrayList<>();
        patrols.plans(ex.actor()).forEach(p -> items.add(planView(p)));
        return reply(200, Map.of("items", items));
    }

    Reply plan(Exchange ex) {
        return reply(200, planView(patrols.plan(ex.actor(), planId(ex))));
    }

    Reply schedule(Exchange ex) {
        ScheduleBody b = json.read(ex.body(), ScheduleBody.class);
        Fields f = new Fields();
        PatrolPlanId id = planId(ex);
        Optional<LocalDate> day = f.date("day", b.day());
        f.required("day", day, b.day());
        f.check("schedule");
        ScheduleResult r = patrols.schedule(ex.actor(), id, day.get());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("period", r.period().key());
        v.put("created", r.created().stream().map(OccurrenceId::value).toList());
        v.put("existing", r.existing().stream().map(OccurrenceId::value).toList());
        v.put("unassigned", r.unassigned().stream().map(e -> e.value()).toList());
        return reply(200, v);
    }

    // ---- occurrences

    Reply list(Exchange ex) {
        Fields f = new Fields();
        PatrolQuery q = PatrolQuery.all();
        Optional<GridCode> grid = f.parse("grid", ex.query("grid").orElse(null), GridCode::parse);
        Optional<PatrolPlanId> plan = f.parse("plan", ex.query("plan").orElse(null), PatrolPlanId::of);
        Optional<OccurrenceId> after = f.parse("after", ex.query("after").orElse(null), OccurrenceId::of);
        Set<OccurrenceState> states = EnumSet.noneOf(OccurrenceState.class);
        for (String value : ex.queries("state")) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    f.enumValue("state", one.strip(), OccurrenceState.class).ifPresent(states::add);
                }
            }
        }
        int limit = 100;
        if (ex.query("limit").isPresent()) {
            try {
                limit = Integer.parseInt(ex.query("limit").get());
                if (limit < 1 || limit > PatrolQuery.MAX_LIMIT) {
                    f.fail("limit", "must be 1 to " + PatrolQuery.MAX_LIMIT);
                }
            } catch (NumberFormatException e) {
                f.fail("limit", "must be an integer, 1 to " + PatrolQuery.MAX_LIMIT);
            }
        }
        Optional<String> assignee = ex.query("assignee");
        if (assignee.isPresent() && assignee.get().length() > 64) {
            f.fail("assignee", "must be at most 64 characters");
        }
        f.check("patrol query");
        if (grid.isPresent()) {
            q = q.within(grid.get());
        }
        if (plan.isPresent()) {
            q = q.plan(plan.get());
        }
        if (after.isPresent()) {
            q = q.after(after.get());
        }
        if (assignee.isPresent()) {
            q = q.assignee(assignee.get());
        }
        q = q.states(states).limit(limit);
        List<PatrolOccurrence> page = patrols.list(ex.actor(), q);
        List<Object> items = new ArrayList<>();
        page.forEach(o -> items.add(view(o)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        if (page.size() == limit) {
            body.put("next", page.get(page.size() - 1).id().value());
        }
        return reply(200, body);
    }

    Reply get(Exchange ex) {
        return reply(200, view(patrols.get(ex.actor(), occurrenceId(ex))));
    }

    Reply history(Exchange ex) {
        List<Object> items = new ArrayList<>();
        patrols.history(ex.actor(), occurrenceId(ex)).forEach(e -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("version", e.version());
            v.put("type", e.event().type());
            v.put("actor", e.actorId());
            v.put("at", e.at());
            items.add(v);
        });
        return reply(200, Map.of("items", items));
    }

    Reply checkIn(Exchange ex) {
        OccurrenceId id = occurrenceId(ex);
        CheckInBody b = json.read(ex.body(), CheckInBody.class);
        Fields f = new Fields();
        Optional<Instant> at = f.instant("at", b.at());
        f.required("at", at, b.at());
        Optional<CheckInMethod> method = f.enumValue("method", b.method(), CheckInMethod.class);
        f.required("method", method, b.method());
        Optional<GeoPoint> point = point(f, "location", b.location());
        if (b.photo() != null && b.photo().length() > 100) {
            f.fail("photo", "must be sha256: and 64 lower-case hex digits");
        }
        if (b.qrCode() != null && b.qrCode().length() > 200) {
            f.fail("qrCode", "must be at most 200 characters");
        }
        f.check("check-in");
        PatrolOccurrence o = patrols.checkIn(
                ex.actor(),
                new PatrolCommand.RecordCheckIn(
                        id,
                        version(b.expectedVersion()),
                        at.get(),
                        method.get(),
                        point,
                        Optional.ofNullable(b.accuracyMeters()),
                        Optional.ofNullable(b.qrCode()),
                        Optional.ofNullable(b.photo())));
        return reply(200, view(o));
    }

    Reply submit(Exchange ex) {
        OccurrenceId id = occurrenceId(ex);
        SubmissionBody b = json.read(ex.body(), SubmissionBody.class);
        Fields f = new Fields();
        List<ChecklistAnswer> answers = new ArrayList<>();
        if (b.answers() == null) {
            f.fail("answers", "is required");
        } else if (b.answers().size() > 200) {
            f.fail("answers", "at most 200 answers");
        } else {
            for (int i = 0; i < b.answers().size(); i++) {
                AnswerBody a = b.answers().get(i);
                String at = "answers[" + i + "].";
                if (a == null || a.item() == null) {
                    f.fail(at + "item", "is required");
                    continue;
                }
                answers.add(new ChecklistAnswer(
                        a.item(),
                        f.enumValue(at + "verdict", a.verdict(), Verdict.class),
                        Optional.ofNullable(a.number()),
                        Optional.ofNullable(a.text()),
                        photos(f, at + "photos", a.item(), a.photos()),
                        Optional.ofNullable(a.note())));
            }
        }
        List<Advice> advice = new ArrayList<>();
        if (b.advice() != null) {
            for (int i = 0; i < b.advice().size(); i++) {
                AdviceBody a = b.advice().get(i);
                String at = "advice[" + i + "].";
                if (a == null) {
                    f.fail("advice[" + i + "]", "must be an object");
                    continue;
                }
                Optional<AdviceKind> kind = f.enumValue(at + "kind", a.kind(), AdviceKind.class);
                f.required(at + "kind", kind, a.kind());
                if (a.text() == null) {
                    f.fail(at + "text", "is required");
                }
                if (kind.isPresent() && a.text() != null) {
                    advice.add(new Advice(kind.get(), a.text()));
                }
            }
        }
        List<FindingReport> findings = new ArrayList<>();
        if (b.findings() != null) {
            for (int i = 0; i < b.findings().size(); i++) {
                FindingBody x = b.findings().get(i);
                String at = "findings[" + i + "].";
                if (x == null || x.item() == null) {
                    f.fail(at + "item", "is required");
                    continue;
                }
                findings.add(new FindingReport(
                        x.item(),
                        f.enumValue(at + "domain", x.domain(), SafetyDomain.class)
                                .orElse(null),
                        f.parse(at + "hazard", x.hazard(), HazardCode::parse).orElse(null),
                        f.enumValue(at + "grade", x.grade(), HazardGrade.class).orElse(null),
                        Optional.ofNullable(x.fixedOnSpot())));
            }
        }
        f.check("patrol submission");
        PatrolOccurrence o = patrols.submit(
                ex.actor(), new PatrolCommand.Submit(id, version(b.expectedVersion()), answers, advice, findings));
        return reply(200, view(o));
    }

    Reply skip(Exchange ex) {
        OccurrenceId id = occurrenceId(ex);
        SkipBody b = json.read(ex.body(), SkipBody.class);
        PatrolOccurrence o =
                patrols.skip(ex.actor(), new PatrolCommand.Skip(id, version(b.expectedVersion()), b.reason()));
        return reply(200, view(o));
    }

    Reply missedRun(Exchange ex, Instant now) {
        if (ex.body().length > 0) {
            json.read(ex.body(), RunBody.class);
        }
        return reply(200, Map.of("marked", patrols.markMissed(ex.actor(), now)));
    }

    // ---- views and parsing

    private Map<String, Object> planView(PlanRecord r) {
        PatrolPlan p = r.plan();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.id().value());
        v.put("name", p.name());
        v.put("grid", p.grid().value());
        v.put("kinds", List.copyOf(p.target().kinds()));
        v.put("sectors", List.copyOf(p.target().sectors()));
        v.put("frequency", p.frequency().name());
        p.dueWithinDays().ifPresent(d -> v.put("dueWithinDays", d));
        v.put("checklist", p.checklist().toString());
        v.put("patrolRole", p.patrolRole().name());
        v.put("basis", p.basis());
        v.put("version", r.version());
        return v;
    }

    private Map<String, Object> view(PatrolOccurrence o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", o.id().value());
        v.put("plan", o.scheduled().plan().value());
        v.put("entity", o.scheduled().entity().value());
        v.put("entityName", o.scheduled().entityName());
        v.put("grid", o.scheduled().grid().value());
        v.put("assignee", o.assignee());
        v.put("period", o.scheduled().period().key());
        v.put("windowStart", o.scheduled().windowStart());
        v.put("windowEnd", o.scheduled().windowEnd());
        v.put("checklist", o.scheduled().checklist().toString());
        v.put("state", o.state().name());
        v.put("version", o.version());
        o.checkIn().ifPresent(c -> {
            Map<String, Object> cv = new LinkedHashMap<>();
            cv.put("at", c.at());
            cv.put("method", c.method().name());
            c.distanceMeters().ifPresent(d -> cv.put("distanceMeters", Math.round(d)));
            cv.put("flags", c.flags().stream().map(Enum::name).sorted().toList());
            v.put("checkIn", cv);
        });
        List<Object> findings = new ArrayList<>();
        o.findings().forEach(x -> {
            Map<String, Object> fv = new LinkedHashMap<>();
            fv.put("item", x.report().item());
            x.caseId().ifPresent(c -> fv.put("case", c.value()));
            findings.add(fv);
        });
        v.put("findings", findings);
        v.put("answers", o.answers().size());
        o.skipReason().ifPresent(r -> v.put("skipReason", r));
        return v;
    }

    private static Optional<GeoPoint> point(Fields f, String field, PointBody p) {
        if (p == null) {
            return Optional.empty();
        }
        if (p.lon() == null || p.lat() == null) {
            f.fail(field, "needs both lon and lat");
            return Optional.empty();
        }
        return f.parse(field, "", unused -> GeoPoint.of(p.lon(), p.lat()));
    }

    private static OptionalLong version(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static void strings(Fields f, String field, List<String> values) {
        if (values != null) {
            if (values.size() > 50) {
                f.fail(field, "at most 50 values");
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    f.fail(field + "[" + i + "]", "must be a string, not null");
                }
            }
        }
    }

    /** A photo of the occurrence's answers, to whom may read the occurrence. */
    Reply media(Exchange ex) {
        OccurrenceId id = occurrenceId(ex);
        org.gridsafe.media.MediaHash hash = PhotoFields.hash(ex);
        return PhotoFields.download(hash, patrols.mediaContent(ex.actor(), id, hash));
    }

    private List<MediaReference> photos(Fields f, String field, String item, List<String> hashes) {
        return PhotoFields.parse(media, f, field, item, hashes);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static PatrolPlanId planId(Exchange ex) {
        Fields f = new Fields();
        Optional<PatrolPlanId> id = f.parse("id", ex.pathParam("id"), PatrolPlanId::of);
        f.check("patrol plan id");
        return id.get();
    }

    private static OccurrenceId occurrenceId(Exchange ex) {
        Fields f = new Fields();
        Optional<OccurrenceId> id = f.parse("id", ex.pathParam("id"), OccurrenceId::of);
        f.check("patrol id");
        return id.get();
    }

    private Reply reply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
