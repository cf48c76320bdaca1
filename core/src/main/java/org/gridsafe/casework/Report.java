package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.access.Action;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;
import org.gridsafe.registry.EntityId;

/**
 * Step 1, 发现上报: report a hazard, in a grid given by code or located from a point.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *         .source(CaseSource.GRID_PATROL)
 *         .grid(GridCode.parse("320508001001001"))
 *         .domain(SafetyDomain.FIRE)
 *         .hazard(HazardCode.parse("2102"))
 *         .grade(HazardGrade.GENERAL)
 *         .description("消防通道堆放杂物")
 *         .build();
 * }</pre>
 *
 * @param source where the report comes from; must fit the reporter's role
 * @param grid the grid, if known; otherwise located from {@code location}
 * @param location where the hazard is
 * @param domain the safety domain
 * @param hazard the GB/T 13861 hazard code; must be in the catalog
 * @param grade general or major; may be left unset when a major-hazard criterion is linked
 * @param description what was found, 1 to {@link InputLimits#DESCRIPTION} characters
 * @param attachments references to photos and documents, at most {@link InputLimits#ATTACHMENTS}
 * @param anonymous hide the reporter from everyone but command centers
 * @param reporterContact how to reach the reporter, at most {@link InputLimits#CONTACT} characters
 * @param enterpriseId the enterprise concerned (defaults to the reporter's own for self-reports)
 * @param media photos and files already in the {@code MediaStore}, by reference; at most
 *     {@link InputLimits#ATTACHMENTS}, each must be stored
 * @param entity the production unit or place concerned, by its registry id; checked against the
 *     registry where the service has one
 * @param licence the expired licence the case is about; given exactly for {@link
 *     CaseSource#LICENCE_EXPIRED}
 * @param origin the patrol occurrence and checklist item the report comes from; a case per origin,
 *     so reporting it again answers the case already made
 * @param majorHazardCriterion the major-hazard criterion (重大事故隐患判定标准 item key, e.g. {@code
 *     MEM_ORDER_10_2023:3.1}) the reporter finds the hazard meets; it must be a known item, and it
 *     makes the case {@link HazardGrade#MAJOR} (an unset grade becomes MAJOR, GENERAL is refused)
 */
public record Report(
        CaseSource source,
        Optional<GridCode> grid,
        Optional<GeoPoint> location,
        SafetyDomain domain,
        HazardCode hazard,
        HazardGrade grade,
        String description,
        List<String> attachments,
        boolean anonymous,
        Optional<String> reporterContact,
        Optional<String> enterpriseId,
        List<MediaReference> media,
        Optional<EntityId> entity,
        Optional<CaseLicence> licence,
        Optional<CaseOrigin> origin,
        Optional<String> majorHazardCriterion)
        implements CaseCommand {

    /** A report without an origin that links no major-hazard criterion. */
    public Report(
            CaseSource source,
            Optional<GridCode> grid,
            Optional<GeoPoint> location,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            String description,
            List<String> attachments,
            boolean anonymous,
            Optional<String> reporterContact,
            Optional<String> enterpriseId,
            List<MediaReference> media,
            Optional<EntityId> entity,
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
                media,
                entity,
                licence,
                Optional.empty(),
                Optional.empty());
    }

    /** A report without stored media that names no entity. */
    public Report(
            CaseSource source,
            Optional<GridCode> grid,
            Optional<GeoPoint> location,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            String description,
            List<String> attachments,
            boolean anonymous,
            Optional<String> reporterContact,
            Optional<String> enterpriseId) {
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
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public Report {
        media = media == null ? List.of() : List.copyOf(media);
        grid = grid == null ? Optional.empty() : grid;
        location = location == null ? Optional.empty() : location;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        reporterContact = reporterContact == null ? Optional.empty() : reporterContact;
        enterpriseId = enterpriseId == null ? Optional.empty() : enterpriseId;
        entity = entity == null ? Optional.empty() : entity;
        licence = licence == null ? Optional.empty() : licence;
        origin = origin == null ? Optional.empty() : origin;
        majorHazardCriterion = majorHazardCriterion == null ? Optional.empty() : majorHazardCriterion;
    }

    @Override
    public Action action() {
        return Action.REPORT;
    }

    /** A builder; unset optional fields stay empty, unset required ones are reported by the decider. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Report}. */
    public static final class Builder {
        private CaseSource source;
        private GridCode grid;
        private GeoPoint location;
        private SafetyDomain domain;
        private HazardCode hazard;
        private HazardGrade grade;
        private String description;
        private final List<String> attachments = new ArrayList<>();
        private boolean anonymous;
        private String reporterContact;
        private String enterpriseId;
        private final List<MediaReference> media = new ArrayList<>();
        private EntityId entity;
        private CaseLicence licence;
        private CaseOrigin origin;
        private String majorHazardCriterion;

        private Builder() {}

        public Builder source(CaseSource source) {
            this.source = source;
            return this;
        }

        public Builder grid(GridCode grid) {
            this.grid = grid;
            return this;
        }

        public Builder location(GeoPoint location) {
            this.location = location;
            return this;
        }

        public Builder domain(SafetyDomain domain) {
            this.domain = domain;
            return this;
        }

        public Builder hazard(HazardCode hazard) {
            this.hazard = hazard;
            return this;
        }

        public Builder grade(HazardGrade grade) {
            this.grade = grade;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder attachment(String reference) {
            this.attachments.add(reference);
            return this;
        }

        public Builder anonymous(boolean anonymous) {
            this.anonymous = anonymous;
            return this;
        }

        public Builder reporterContact(String reporterContact) {
            this.reporterContact = reporterContact;
            return this;
        }

        public Builder enterpriseId(String enterpriseId) {
            this.enterpriseId = enterpriseId;
            return this;
        }

        /** Adds a photo or file from the {@code MediaStore}. */
        public Builder media(MediaReference reference) {
            this.media.add(reference);
            return this;
        }

        /** The production unit or place the hazard concerns (its registry id). */
        public Builder entity(EntityId entity) {
            this.entity = entity;
            return this;
        }

        /** The expired licence the case is about (only for {@link CaseSource#LICENCE_EXPIRED}). */
        public Builder licence(CaseLicence licence) {
            this.licence = licence;
            return this;
        }

        /** The patrol occurrence and item the report comes from (one case per origin). */
        public Builder origin(CaseOrigin origin) {
            this.origin = origin;
            return this;
        }

        /** Links the major-hazard criterion the hazard meets (an item key); the case is then MAJOR. */
        public Builder majorHazardCriterion(String key) {
            this.majorHazardCriterion = key;
            return this;
        }

        public Report build() {
            return new Report(
                    source,
                    Optional.ofNullable(grid),
                    Optional.ofNullable(location),
                    domain,
                    hazard,
                    grade,
                    description,
                    attachments,
                    anonymous,
                    Optional.ofNullable(reporterContact),
                    Optional.ofNullable(enterpriseId),
                    media,
                    Optional.ofNullable(entity),
                    Optional.ofNullable(licence),
                    Optional.ofNullable(origin),
                    Optional.ofNullable(majorHazardCriterion));
        }
    }
}
