package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;

/**
 * Step 1, 发现上报: a hazard was reported. The reporter is the actor of the recorded event.
 *
 * @param source where the report came from
 * @param grid the grid the hazard lies in
 * @param location where exactly, if known
 * @param domain the safety domain
 * @param hazard the GB/T 13861 hazard code
 * @param grade general or major, as the reporter sees it (registration may correct it)
 * @param description what was found
 * @param attachments references (ids or URIs) to photos and documents the host stores
 * @param anonymous whether the reporter's identity is hidden from everyone but command centers
 * @param reporterContact how to reach the reporter (phone, ...); never shown in listings
 * @param enterpriseId the enterprise concerned, if any
 * @param registerDeadline when registration is due
 * @param media the photos and files stored with the report, by hash (added later: empty in older logs)
 * @param entity the production unit or place concerned, with its facts as of the report
 * @param licence the expired licence the case is about ({@link CaseSource#LICENCE_EXPIRED})
 * @param origin the patrol occurrence and checklist item the case came from (added later: empty in
 *     older logs)
 * @param majorHazardCriterion the major-hazard criterion item the reporter linked, by key (added
 *     later: empty in older logs)
 */
public record CaseReported(
        CaseSource source,
        GridCode grid,
        Optional<GeoPoint> location,
        SafetyDomain domain,
        HazardCode hazard,
        HazardGrade grade,
        String description,
        List<String> attachments,
        boolean anonymous,
        Optional<String> reporterContact,
        Optional<String> enterpriseId,
        Instant registerDeadline,
        @AddedComponent List<MediaReference> media,
        @AddedComponent Optional<CaseEntity> entity,
        @AddedComponent Optional<CaseLicence> licence,
        @AddedComponent Optional<CaseOrigin> origin,
        @AddedComponent Optional<String> majorHazardCriterion)
        implements CaseEvent {

    public CaseReported {
        attachments = List.copyOf(attachments);
        media = media == null ? List.of() : List.copyOf(media);
        entity = entity == null ? Optional.empty() : entity;
        licence = licence == null ? Optional.empty() : licence;
        origin = origin == null ? Optional.empty() : origin;
        majorHazardCriterion = majorHazardCriterion == null ? Optional.empty() : majorHazardCriterion;
    }

    /** A report without an origin that links no major-hazard criterion. */
    public CaseReported(
            CaseSource source,
            GridCode grid,
            Optional<GeoPoint> location,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            String description,
            List<String> attachments,
            boolean anonymous,
            Optional<String> reporterContact,
            Optional<String> enterpriseId,
            Instant registerDeadline,
            List<MediaReference> media,
            Optional<CaseEntity> entity,
            Optional<CaseLicence> licence) {
        this(
                source,
                grid,
                location,
                domain,
                hazard,
                grade,
                description,
                attachments,
                anonymous,
                reporterContact,
                enterpriseId,
                registerDeadline,
                media,
                entity,
                licence,
                Optional.empty(),
                Optional.empty());
    }

    /** A report without stored media that names no entity (the shape of the first release). */
    public CaseReported(
            CaseSource source,
            GridCode grid,
            Optional<GeoPoint> location,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            String description,
            List<String> attachments,
            boolean anonymous,
            Optional<String> reporterContact,
            Optional<String> enterpriseId,
            Instant registerDeadline) {
        this(
                source,
                grid,
                location,
                domain,
                hazard,
                grade,
                description,
                attachments,
                anonymous,
                reporterContact,
                enterpriseId,
                registerDeadline,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
