package org.gridsafe.inspection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enforcement document an inspection issued.
 *
 * @param kind which document
 * @param number its number (文号), 1-64 characters, unique within the inspection
 * @param date the day it was issued
 * @param issuingOfficer the person id of the officer who issued it, one of the inspection's officers
 */
public record InspectionDocument(DocumentKind kind, String number, LocalDate date, String issuingOfficer) {

    public InspectionDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(issuingOfficer, "issuingOfficer");
    }
}
