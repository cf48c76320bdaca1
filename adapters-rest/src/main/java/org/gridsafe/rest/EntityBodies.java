package org.gridsafe.rest;

import java.util.List;

/**
 * The JSON request bodies of {@code /api/v1/entities}. Every field is nullable here; {@link EntityRoutes}
 * and core name what is missing or wrong. A profile has the shape {@link EntityViews} writes, so a
 * client can read an entity, change its {@code profile} and send it back as an amendment.
 */
final class EntityBodies {

    private EntityBodies() {}

    record AddressBody(String text, Bodies.Point point) {}

    record PersonBody(String role, String name, String phone, String certificateNumber, String nextReview) {}

    record LinksBody(String territorialPerson, String industryDepartment, String comprehensiveDepartment) {}

    record LicenceBody(
            String type,
            String number,
            String issuer,
            String scope,
            String issued,
            String expires,
            String storageMode,
            String issuerTier) {}

    record ClassBody(String scheme, String code) {}

    /** A production unit ({@code kind} PRODUCTION_UNIT) or a place ({@code kind} PLACE): one shape, fields per kind. */
    record ProfileBody(
            String kind,
            String name,
            String creditCode,
            Boolean unregisteredOperator,
            AddressBody address,
            String assignedGrid,
            String industry,
            List<String> sectors,
            String scale,
            Integer employees,
            List<String> specialRiskFeatures,
            String majorHazardGrade,
            List<String> keyUnitLevels,
            List<PersonBody> people,
            String placeKind,
            String nineSmallType,
            Boolean threeInOne,
            Integer floorArea,
            String operator,
            LinksBody links,
            List<LicenceBody> licences,
            ClassBody supervisionClass,
            MeasuresBody measures) {}

    /** A place's measures beyond its floor area (which is {@code floorArea} of the profile). */
    record MeasuresBody(
            Integer beds,
            Integer seats,
            Integer staff,
            Integer pupils,
            Integer storey,
            Boolean boarding,
            Boolean kindergarten,
            Boolean insideComplex) {}

    record RegisterBody(String id, String reason, ProfileBody profile) {}

    record AmendBody(String reason, ProfileBody profile) {}

    record ReasonBody(String reason) {}

    record AssessmentBody(
            String reason, String method, String level, String assessedOn, String assessedBy, String basis) {}
}
