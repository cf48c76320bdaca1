package org.gridsafe.rest;

import java.util.List;

/**
 * The JSON request bodies of {@code /api/v1}. Every field is nullable here: missing required fields
 * are reported by {@link Fields} or by core's decider, all at once, with the field named.
 */
final class Bodies {

    private Bodies() {}

    record Point(Double lon, Double lat) {}

    record ReportBody(
            String source,
            String grid,
            Point location,
            String domain,
            String hazard,
            String grade,
            String description,
            List<String> attachments,
            Boolean anonymous,
            String reporterContact,
            String enterpriseId,
            List<String> media,
            String entity,
            String majorHazardCriterion) {}

    record FixedOnSpotBody(
            ReportBody report, String evidence, List<String> evidenceAttachments, List<String> evidenceMedia) {}

    record RegisterBody(
            String domain, String hazard, String grade, String note, String entity, String majorHazardCriterion) {}

    record RejectBody(String reason) {}

    record MergeBody(String into, String reason) {}

    record PlanBody(String responsiblePerson, String measures, String funds, String dueDate, String contingencyPlan) {}

    record SupervisionBody(String authority, String documentReference) {}

    record TreatmentPlanBody(
            String objectivesAndTasks,
            String methodsAndMeasures,
            String fundsAndMaterials,
            String organisationAndPersonnel,
            String timeLimitAndRequirements,
            String safetyMeasuresAndContingencyPlan) {}

    record DispatchBody(
            String department,
            String overrideReason,
            String handlerId,
            PlanBody plan,
            SupervisionBody listedSupervision,
            TreatmentPlanBody treatmentPlan) {}

    record FileMajorHazardReportBody(String kind, String recipient, String reference) {}

    record StopProductionBody(String scope, Boolean evacuated, String reason) {}

    record ApplyForResumptionBody(String summary) {}

    record ReviewResumptionBody(Boolean passed, String remarks) {}

    record RectificationBody(String evidence, List<String> attachments, List<String> media) {}

    record ExtensionRequestBody(String requestedDeadline, String reason) {}

    record ApproveExtensionBody(String note) {}

    record DenyExtensionBody(String reason) {}

    record ReturnBody(String reason) {}

    record ReassignBody(String department, String handlerId, String reason) {}

    record SuspendBody(String kind, String reason, String approval, String reviewDate) {}

    record ResumeBody(String reason) {}

    record ReopenBody(String complaint) {}

    record VerifyBody(Boolean passed, String remarks, List<String> media) {}

    record CloseBody(Integer satisfaction, String feedback, String evaluation) {}

    record EscalationRunBody() {}

    /** {@code entity} null removes the entity the case names. */
    record ChangeEntityBody(String entity, String reason) {}

    record LicenceRunBody() {}

    record DowngradeMajorHazardBody(String reason) {}

    record ChangeMajorHazardCriterionBody(String criterion, String reason) {}
}
