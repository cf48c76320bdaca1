package org.gridsafe.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.Inspections;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionCommand;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionFinding;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.InspectionRequest;
import org.gridsafe.inspection.Inspector;
import org.gridsafe.inspection.RandomDraw;
import org.gridsafe.registry.EntityId;

/** {@code /api/v1/enforcement-credentials}, {@code /api/v1/inspections}, {@code /api/v1/random-draws}. */
final class InspectionRoutes {

    private final Inspections inspections;
    private final Json json;
    private final CaseViews views;
    private final java.time.Clock clock;

    private final org.gridsafe.port.MediaStore media;

    InspectionRoutes(
            Inspections inspections,
            Json json,
            CaseViews views,
            java.time.Clock clock,
            org.gridsafe.port.MediaStore media) {
        this.media = media;
        this.inspections = inspections;
        this.json = json;
        this.views = views;
        this.clock = clock;
    }

    record CredentialBody(
            String number,
            String issuingBody,
            String holderId,
            String holderName,
            String validFrom,
            String validUntil) {}

    record InspectorBody(String personId, String credentialNumber) {}

    record OpenBody(
            String id,
            String entity,
            String origin,
            String basis,
            String day,
            List<InspectorBody> inspectors,
            String checklist,
            Boolean combined,
            String joins) {}

    record AnswerBody(String item, String verdict, Double number, String text, List<String> photos, String note) {}

    record FindingBody(String item, String domain, String hazard, String grade) {}

    record ChecklistBody(Long expectedVersion, List<AnswerBody> answers, List<FindingBody> findings) {}

    record DocumentBody(String kind, String number, String date, String issuingOfficer, Long expectedVersion) {}

    record CloseBody(String conclusion, Long expectedVersion) {}

    record ExclusionBody(String inspector, String entity) {}

    record DrawBody(
            Long seed,
            List<String> entities,
            List<String> inspectors,
            Integer entityCount,
            Integer inspectorsPerEntity,
            List<ExclusionBody> exclusions) {}

    Reply registerCredential(Exchange ex) {
        CredentialBody b = json.read(ex.body(), CredentialBody.class);
        Fields f = new Fields();
        Optional<LocalDate> from = f.date("validFrom", b.validFrom());
        Optional<LocalDate> until = f.date("validUntil", b.validUntil());
        f.check("enforcement credential");
        List<FieldProblem> problems = EnforcementCredential.problems(
                b.number(), b.issuingBody(), b.holderId(), b.holderName(), from.orElse(null), until.orElse(null));
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        EnforcementCredential c = inspections.registerCredential(
                ex.actor(),
                new EnforcementCredential(
                        b.number(), b.issuingBody(), b.holderId(), b.holderName(), from.get(), until.get()));
        return reply(201, credentialView(c));
    }

    Reply open(Exchange ex) {
        OpenBody b = json.read(ex.body(), OpenBody.class);
        Fields f = new Fields();
        Optional<InspectionId> id = f.parse("id", b.id(), InspectionId::of);
        f.required("id", id, b.id());
        Optional<EntityId> entity = f.parse("entity", b.entity(), EntityId::of);
        f.required("entity", entity, b.entity());
        Optional<InspectionOrigin> origin = f.enumValue("origin", b.origin(), InspectionOrigin.class);
        f.required("origin", origin, b.origin());
        Optional<LocalDate> day = f.date("day", b.day());
        f.required("day", day, b.day());
        Optional<ChecklistRef> checklist = f.parse("checklist", b.checklist(), ChecklistRef::parse);
        f.required("checklist", checklist, b.checklist());
        Optional<InspectionId> joins = f.parse("joins", b.joins(), InspectionId::of);
        List<Inspector> inspectors = new ArrayList<>();
        if (b.inspectors() == null) {
            f.fail("inspectors", "is required: at least two officers, each with their credential's number");
        } else if (b.inspectors().size() > 20) {
            f.fail("inspectors", "at most 20 officers");
        } else {
            for (int i = 0; i < b.inspectors().size(); i++) {
                InspectorBody x = b.inspectors().get(i);
                String at = "inspectors[" + i + "].";
                if (x == null || x.personId() == null || x.personId().isBlank()) {
                    f.fail(at + "personId", "is required");
                } else if (x.credentialNumber() == null || x.credentialNumber().isBlank()) {
                    f.fail(at + "credentialNumber", "is required: an officer inspects only with a credential");
                } else if (x.personId().length() > 64 || x.credentialNumber().length() > 64) {
                    f.fail(at + "personId", "personId and credentialNumber are at most 64 characters");
                } else {
                    inspectors.add(new Inspector(x.personId(), x.credentialNumber()));
                }
            }
        }
        f.check("inspection");
        Inspection i = inspections.open(
                ex.actor(),
                new InspectionRequest(
                        id.get(),
                        entity.get(),
                        origin.get(),
                        b.basis(),
                        day.get(),
                        inspectors,
                        checklist.get(),
                        Boolean.TRUE.equals(b.combined()),
                        joins));
        return reply(201, view(i)).withHeader("Location", "/api/v1/inspections/" + i.id().value());
    }

    Reply get(Exchange ex) {
        return reply(200, view(inspections.get(ex.actor(), id(ex))));
    }

    Reply checklist(Exchange ex) {
        InspectionId id = id(ex);
        ChecklistBody b = json.read(ex.body(), ChecklistBody.class);
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
                        PhotoFields.parse(media, f, at + "photos", a.item(), a.photos()),
                        Optional.ofNullable(a.note())));
            }
        }
        List<InspectionFinding> findings = new ArrayList<>();
        if (b.findings() != null) {
            if (b.findings().size() > 200) {
                f.fail("findings", "at most 200 findings");
            } else {
                for (int i = 0; i < b.findings().size(); i++) {
                    FindingBody x = b.findings().get(i);
                    String at = "findings[" + i + "].";
                    if (x == null || x.item() == null) {
                        f.fail(at + "item", "is required");
                        continue;
                    }
                    findings.add(new InspectionFinding(
                            x.item(),
                            f.enumValue(at + "domain", x.domain(), SafetyDomain.class)
                                    .orElse(null),
                            f.parse(at + "hazard", x.hazard(), HazardCode::parse)
                                    .orElse(null),
                            f.enumValue(at + "grade", x.grade(), HazardGrade.class)
                                    .orElse(null)));
                }
            }
        }
        f.check("inspection checklist");
        Inspection i = inspections.submitChecklist(
                ex.actor(), new InspectionCommand.SubmitChecklist(id, version(b.expectedVersion()), answers, findings));
        return reply(200, view(i));
    }

    Reply document(Exchange ex) {
        InspectionId id = id(ex);
        DocumentBody b = json.read(ex.body(), DocumentBody.class);
        Fields f = new Fields();
        Optional<DocumentKind> kind = f.enumValue("kind", b.kind(), DocumentKind.class);
        f.required("kind", kind, b.kind());
        Optional<LocalDate> date = f.date("date", b.date());
        f.required("date", date, b.date());
        if (b.number() == null || b.number().isBlank()) {
            f.fail("number", "is required: the document's number (文号)");
        }
        if (b.issuingOfficer() == null || b.issuingOfficer().isBlank()) {
            f.fail("issuingOfficer", "is required: one of the inspection's officers");
        }
        f.check("inspection document");
        Inspection i = inspections.recordDocument(
                ex.actor(),
                new InspectionCommand.RecordDocument(
                        id,
                        version(b.expectedVersion()),
                        new InspectionDocument(kind.get(), b.number(), date.get(), b.issuingOfficer())));
        return reply(200, view(i));
    }

    Reply close(Exchange ex) {
        InspectionId id = id(ex);
        CloseBody b = json.read(ex.body(), CloseBody.class);
        Inspection i = inspections.close(
                ex.actor(), new InspectionCommand.Close(id, version(b.expectedVersion()), b.conclusion()));
        return reply(200, view(i));
    }

    /** A photo of the inspection's answers, to whom may read the inspection. */
    Reply media(Exchange ex) {
        InspectionId id = id(ex);
        org.gridsafe.media.MediaHash hash = PhotoFields.hash(ex);
        return PhotoFields.download(hash, inspections.mediaContent(ex.actor(), id, hash));
    }

    Reply cases(Exchange ex) {
        InspectionId id = id(ex);
        java.time.Instant now = clock.instant();
        List<Object> items = new ArrayList<>();
        inspections.cases(ex.actor(), id).forEach(c -> items.add(views.view(c, ex.actor(), now)));
        return reply(200, Map.of("items", items));
    }

    Reply draw(Exchange ex) {
        DrawBody b = json.read(ex.body(), DrawBody.class);
        Fields f = new Fields();
        if (b.seed() == null) {
            f.fail("seed", "is required: the published seed");
        }
        if (b.entityCount() == null) {
            f.fail("entityCount", "is required");
        }
        if (b.inspectorsPerEntity() == null) {
            f.fail("inspectorsPerEntity", "is required: at least 2");
        }
        if (b.entities() != null && b.entities().size() > 10_000) {
            f.fail("entities", "at most 10000 entities");
        }
        if (b.inspectors() != null && b.inspectors().size() > 10_000) {
            f.fail("inspectors", "at most 10000 inspectors");
        }
        List<RandomDraw.Exclusion> exclusions = new ArrayList<>();
        if (b.exclusions() != null) {
            for (int i = 0; i < b.exclusions().size(); i++) {
                ExclusionBody x = b.exclusions().get(i);
                if (x == null || x.inspector() == null || x.entity() == null) {
                    f.fail("exclusions[" + i + "]", "needs inspector and entity");
                } else {
                    exclusions.add(new RandomDraw.Exclusion(x.inspector(), x.entity()));
                }
            }
        }
        f.check("random draw");
        RandomDraw.Result r = inspections.draw(
                ex.actor(),
                new RandomDraw.Request(
                        b.seed(), b.entities(), b.inspectors(), b.entityCount(), b.inspectorsPerEntity(), exclusions));
        List<Object> items = new ArrayList<>();
        r.assignments().forEach(a -> items.add(Map.of("entity", a.entity(), "inspectors", a.inspectors())));
        return reply(200, Map.of("seed", r.seed(), "assignments", items));
    }

    private static ProblemException invalid(List<FieldProblem> problems) {
        return ProblemException.invalid(
                problems.stream()
                        .map(FieldProblem::toString)
                        .reduce((a, c) -> a + "; " + c)
                        .orElse("invalid"),
                problems.stream()
                        .map(x -> new org.gridsafe.casework.FieldError(x.field(), x.message()))
                        .toList());
    }

    private static InspectionId id(Exchange ex) {
        Fields f = new Fields();
        Optional<InspectionId> id = f.parse("id", ex.pathParam("id"), InspectionId::of);
        f.check("inspection id");
        return id.get();
    }

    private static OptionalLong version(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static Map<String, Object> credentialView(EnforcementCredential c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", c.number());
        v.put("issuingBody", c.issuingBody());
        v.put("holderId", c.holderId());
        v.put("holderName", c.holderName());
        v.put("validFrom", c.validFrom().toString());
        v.put("validUntil", c.validUntil().toString());
        return v;
    }

    private static Map<String, Object> view(Inspection i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", i.id().value());
        v.put("entity", i.opened().entity().value());
        v.put("entityName", i.opened().entityName());
        v.put("grid", i.opened().grid().value());
        v.put("department", i.opened().department().value());
        v.put("origin", i.opened().origin().name());
        v.put("basis", i.opened().basis());
        v.put("day", i.opened().day().toString());
        List<Object> inspectors = new ArrayList<>();
        i.opened()
                .inspectors()
                .forEach(x ->
                        inspectors.add(Map.of("personId", x.personId(), "credentialNumber", x.credentialNumber())));
        v.put("inspectors", inspectors);
        v.put("checklist", i.opened().checklist().toString());
        v.put("combined", i.opened().combined());
        i.opened().joins().ifPresent(j -> v.put("joins", j.value()));
        v.put("counted", i.opened().counted());
        v.put("state", i.state().name());
        v.put("version", i.version());
        List<Object> findings = new ArrayList<>();
        i.findings().forEach(x -> {
            Map<String, Object> fv = new LinkedHashMap<>();
            fv.put("item", x.item());
            Optional.ofNullable(i.cases().get(x.item())).ifPresent(c -> fv.put("case", c.value()));
            findings.add(fv);
        });
        v.put("findings", findings);
        List<Object> documents = new ArrayList<>();
        i.documents().forEach(d -> {
            Map<String, Object> dv = new LinkedHashMap<>();
            dv.put("kind", d.kind().name());
            dv.put("number", d.number());
            dv.put("date", d.date().toString());
            dv.put("issuingOfficer", d.issuingOfficer());
            documents.add(dv);
        });
        v.put("documents", documents);
        i.conclusion().ifPresent(c -> v.put("conclusion", c));
        return v;
    }

    private Reply reply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
