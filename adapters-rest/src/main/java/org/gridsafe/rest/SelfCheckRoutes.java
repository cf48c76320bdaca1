package org.gridsafe.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.SelfInspections;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.LedgerEntry;
import org.gridsafe.selfcheck.ReturnObligation;
import org.gridsafe.selfcheck.SelfCheckKind;
import org.gridsafe.selfcheck.SelfCheckPlan;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.SelfReport;
import org.gridsafe.selfcheck.StatisticsReturn;

/** {@code /api/v1/self-check/...} and an entity's {@code /api/v1/entities/{id}/self-check/...}. */
final class SelfCheckRoutes {

    private static final int MAX_ITEMS = 200;

    private final SelfInspections self;
    private final Json json;

    private final org.gridsafe.port.MediaStore media;

    SelfCheckRoutes(SelfInspections self, Json json, org.gridsafe.port.MediaStore media) {
        this.media = media;
        this.self = self;
        this.json = json;
    }

    record PlanBody(
            String id,
            String entity,
            String kind,
            Integer cycleDays,
            String checklist,
            String title,
            Long expectedVersion) {}

    record AnswerBody(String item, String verdict, Double number, String text, List<String> photos, String note) {}

    record ReportBody(
            String item,
            String place,
            String description,
            String measure,
            String domain,
            String hazard,
            String grade,
            List<String> photos) {}

    record RunBody(String id, String plan, List<AnswerBody> answers, List<ReportBody> reports) {}

    record ReturnBody(
            String period, Integer hazardsFound, Integer hazardsRectified, Integer majorHazards, String principal) {}

    Reply savePlan(Exchange ex) {
        PlanBody b = json.read(ex.body(), PlanBody.class);
        Fields f = new Fields();
        Optional<SelfCheckPlanId> id = f.parse("id", b.id(), SelfCheckPlanId::of);
        f.required("id", id, b.id());
        Optional<EntityId> entity = f.parse("entity", b.entity(), EntityId::of);
        f.required("entity", entity, b.entity());
        Optional<SelfCheckKind> kind = f.enumValue("kind", b.kind(), SelfCheckKind.class);
        f.required("kind", kind, b.kind());
        Optional<ChecklistRef> checklist = f.parse("checklist", b.checklist(), ChecklistRef::parse);
        f.required("checklist", checklist, b.checklist());
        if (b.expectedVersion() != null && b.expectedVersion() < 0) {
            f.fail("expectedVersion", "must be 0 (a new plan) or the version read");
        }
        f.check("self-inspection plan");
        SelfCheckPlanRecord saved = self.savePlan(
                ex.actor(),
                new SelfCheckPlan(
                        id.get(),
                        entity.get(),
                        kind.get(),
                        Optional.ofNullable(b.cycleDays()),
                        checklist.get(),
                        b.title()),
                b.expectedVersion() == null ? 0 : b.expectedVersion());
        return reply(saved.version() == 1 ? 201 : 200, planView(saved))
                .withHeader(
                        "Location",
                        "/api/v1/self-check/plans/" + saved.plan().id().value());
    }

    Reply plan(Exchange ex) {
        return reply(200, planView(self.plan(ex.actor(), planId(ex))));
    }

    Reply plans(Exchange ex) {
        List<Object> items = new ArrayList<>();
        self.plans(ex.actor(), entityId(ex)).forEach(p -> items.add(planView(p)));
        return reply(200, Map.of("items", items));
    }

    Reply submit(Exchange ex) {
        RunBody b = json.read(ex.body(), RunBody.class);
        Fields f = new Fields();
        Optional<SelfCheckRunId> id = f.parse("id", b.id(), SelfCheckRunId::of);
        f.required("id", id, b.id());
        Optional<SelfCheckPlanId> plan = f.parse("plan", b.plan(), SelfCheckPlanId::of);
        f.required("plan", plan, b.plan());
        List<ChecklistAnswer> answers = new ArrayList<>();
        if (b.answers() == null) {
            f.fail("answers", "is required: one answer per applicable item of the plan's checklist");
        } else if (b.answers().size() > MAX_ITEMS) {
            f.fail("answers", "at most " + MAX_ITEMS + " answers");
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
                        PhotoFields.parse(media, f, at + "photos", a.item(), a.photos()),
                        Optional.ofNullable(a.note())));
            }
        }
        List<SelfReport> reports = new ArrayList<>();
        if (b.reports() != null) {
            if (b.reports().size() > MAX_ITEMS) {
                f.fail("reports", "at most " + MAX_ITEMS + " reports");
            } else {
                for (int i = 0; i < b.reports().size(); i++) {
                    ReportBody r = b.reports().get(i);
                    String at = "reports[" + i + "].";
                    if (r == null || r.item() == null) {
                        f.fail(at + "item", "is required");
                        continue;
                    }
                    reports.add(new SelfReport(
                            r.item(),
                            r.place(),
                            r.description(),
                            r.measure(),
                            f.enumValue(at + "domain", r.domain(), SafetyDomain.class)
                                    .orElse(null),
                            f.parse(at + "hazard", r.hazard(), HazardCode::parse)
                                    .orElse(null),
                            f.enumValue(at + "grade", r.grade(), HazardGrade.class)
                                    .orElse(null),
                            PhotoFields.parse(media, f, at + "photos", r.item(), r.photos())));
                }
            }
        }
        f.check("self-inspection run");
        SelfCheckRun run = self.submit(ex.actor(), id.get(), plan.get(), answers, reports);
        return reply(201, runView(run))
                .withHeader("Location", "/api/v1/self-check/runs/" + run.id().value());
    }

    /** A photo of the run's answers or self-reports, to whom may read the run. */
    Reply media(Exchange ex) {
        Fields f = new Fields();
        String raw = ex.pathParam("id");
        Optional<SelfCheckRunId> id = f.parse("id", raw, SelfCheckRunId::of);
        f.check("self-inspection run");
        org.gridsafe.media.MediaHash hash = PhotoFields.hash(ex);
        return PhotoFields.download(hash, self.mediaContent(ex.actor(), id.get(), hash));
    }

    Reply run(Exchange ex) {
        Fields f = new Fields();
        Optional<SelfCheckRunId> id = f.parse("id", ex.pathParam("id"), SelfCheckRunId::of);
        f.check("self-inspection run id");
        return reply(200, runView(self.run(ex.actor(), id.get())));
    }

    Reply runs(Exchange ex) {
        List<Object> items = new ArrayList<>();
        self.runs(ex.actor(), entityId(ex)).forEach(r -> items.add(runView(r)));
        return reply(200, Map.of("items", items));
    }

    Reply ledger(Exchange ex) {
        List<Object> items = new ArrayList<>();
        self.ledger(ex.actor(), entityId(ex)).forEach(e -> items.add(entryView(e)));
        return reply(200, Map.of("items", items));
    }

    Reply fileReturn(Exchange ex) {
        EntityId entity = entityId(ex);
        ReturnBody b = json.read(ex.body(), ReturnBody.class);
        Fields f = new Fields();
        Optional<ReturnPeriod> period = f.parse("period", b.period(), ReturnPeriod::parse);
        f.required("period", period, b.period());
        for (var n : List.of(
                Map.entry("hazardsFound", Optional.ofNullable(b.hazardsFound())),
                Map.entry("hazardsRectified", Optional.ofNullable(b.hazardsRectified())),
                Map.entry("majorHazards", Optional.ofNullable(b.majorHazards())))) {
            if (n.getValue().isEmpty()) {
                f.fail(n.getKey(), "is required: a count, 0 or more");
            }
        }
        f.check("statistical return");
        StatisticsReturn filed = self.fileReturn(
                ex.actor(),
                entity,
                period.get(),
                b.hazardsFound(),
                b.hazardsRectified(),
                b.majorHazards(),
                b.principal());
        return reply(201, returnView(filed));
    }

    Reply returns(Exchange ex) {
        List<Object> items = new ArrayList<>();
        self.returns(ex.actor(), entityId(ex)).forEach(r -> items.add(returnView(r)));
        return reply(200, Map.of("items", items));
    }

    Reply obligations(Exchange ex) {
        List<Object> items = new ArrayList<>();
        self.obligations(ex.actor(), entityId(ex)).forEach(o -> items.add(obligationView(o)));
        return reply(200, Map.of("items", items));
    }

    Reply allObligations(Exchange ex) {
        Optional<String> overdue = ex.query("overdue");
        if (overdue.isPresent()
                && !overdue.get().equals("true")
                && !overdue.get().equals("false")) {
            throw ProblemException.invalid("overdue", "must be true or false");
        }
        List<Object> items = new ArrayList<>();
        self.obligations(ex.actor(), overdue.map(Boolean::parseBoolean).orElse(false))
                .forEach(o -> items.add(obligationView(o)));
        return reply(200, Map.of("items", items));
    }

    private static SelfCheckPlanId planId(Exchange ex) {
        Fields f = new Fields();
        Optional<SelfCheckPlanId> id = f.parse("id", ex.pathParam("id"), SelfCheckPlanId::of);
        f.check("self-inspection plan id");
        return id.get();
    }

    private static EntityId entityId(Exchange ex) {
        Fields f = new Fields();
        Optional<EntityId> id = f.parse("id", ex.pathParam("id"), EntityId::of);
        f.check("entity id");
        return id.get();
    }

    private static Map<String, Object> planView(SelfCheckPlanRecord r) {
        Map<String, Object> v = new LinkedHashMap<>();
        SelfCheckPlan p = r.plan();
        v.put("id", p.id().value());
        v.put("entity", p.entity().value());
        v.put("kind", p.kind().name());
        p.cycleDays().ifPresent(d -> v.put("cycleDays", d));
        v.put("checklist", p.checklist().toString());
        v.put("title", p.title());
        v.put("version", r.version());
        v.put("savedBy", r.savedBy());
        v.put("savedAt", r.savedAt().toString());
        return v;
    }

    private static Map<String, Object> runView(SelfCheckRun r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id().value());
        v.put("plan", r.submitted().plan().value());
        v.put("entity", r.submitted().entity().value());
        v.put("entityName", r.submitted().entityName());
        v.put("grid", r.submitted().grid().value());
        v.put("checklist", r.submitted().checklist().toString());
        v.put("state", r.state().name());
        v.put("version", r.version());
        v.put("submittedBy", r.submittedBy());
        v.put("submittedAt", r.submittedAt().toString());
        List<Object> answers = new ArrayList<>();
        r.submitted().answers().forEach(a -> {
            Map<String, Object> av = new LinkedHashMap<>();
            av.put("item", a.item());
            a.verdict().ifPresent(x -> av.put("verdict", x.name()));
            a.number().ifPresent(x -> av.put("number", x));
            a.text().ifPresent(x -> av.put("text", x));
            a.note().ifPresent(x -> av.put("note", x));
            av.put("photos", PhotoFields.view(a.photos()));
            answers.add(av);
        });
        v.put("answers", answers);
        List<Object> entries = new ArrayList<>();
        r.entries().forEach(e -> entries.add(entryView(e)));
        v.put("entries", entries);
        return v;
    }

    private static Map<String, Object> entryView(LedgerEntry e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("run", e.run().value());
        v.put("entity", e.entity().value());
        v.put("item", e.item());
        v.put("place", e.report().place());
        v.put("description", e.report().description());
        v.put("measure", e.report().measure());
        v.put("domain", e.report().domain().name());
        v.put("hazard", e.report().hazard().value());
        v.put("grade", e.report().grade().name());
        v.put("foundAt", e.foundAt().toString());
        e.caseId().ifPresent(c -> v.put("case", c.value()));
        return v;
    }

    private static Map<String, Object> returnView(StatisticsReturn r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entity", r.entity().value());
        v.put("period", r.period().toString());
        v.put("hazardsFound", r.hazardsFound());
        v.put("hazardsRectified", r.hazardsRectified());
        v.put("majorHazards", r.majorHazards());
        v.put("principal", r.principal());
        v.put("filedBy", r.filedBy());
        v.put("filedAt", r.filedAt().toString());
        v.put("filedOn", r.filedOn().toString());
        v.put("late", r.late());
        return v;
    }

    private static Map<String, Object> obligationView(ReturnObligation o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entity", o.entity().value());
        v.put("entityName", o.entityName());
        v.put("grid", o.grid().value());
        v.put("period", o.period().toString());
        v.put("due", o.due().toString());
        v.put("status", obligationStatus(o.status()));
        o.filing().ifPresent(r -> v.put("filing", returnView(r)));
        return v;
    }

    /**
     * An obligation's status as these routes have always named it: {@code FILED} for a return
     * filed on time (the major-hazard routes say {@code FILED_ON_TIME} for the same state).
     */
    static String obligationStatus(ReturnStatus status) {
        return status == ReturnStatus.FILED_ON_TIME ? "FILED" : status.name();
    }

    private Reply reply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
