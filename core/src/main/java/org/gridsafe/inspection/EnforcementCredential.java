package org.gridsafe.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gridsafe.entity.FieldProblem;

/**
 * An officer's administrative enforcement credential (行政执法证件): only holders of a credential
 * valid on the day may inspect an enterprise (国办发〔2024〕54号).
 *
 * @param number the credential's number, 1-64 letters, digits, '-', '_' or '.'
 * @param issuingBody who issued it (e.g. a provincial government's 司法厅)
 * @param holderId the holder's person id (the actor id they act under)
 * @param holderName the holder's name
 * @param validFrom the first day it is valid
 * @param validUntil the last day it is valid
 */
public record EnforcementCredential(
        String number,
        String issuingBody,
        String holderId,
        String holderName,
        LocalDate validFrom,
        LocalDate validUntil) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PERSON = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    /** Every problem of the fields, each named; empty when the credential is well formed. */
    public static List<FieldProblem> problems(
            String number,
            String issuingBody,
            String holderId,
            String holderName,
            LocalDate validFrom,
            LocalDate validUntil) {
        List<FieldProblem> p = new ArrayList<>();
        if (number == null || !NUMBER.matcher(number).matches()) {
            p.add(new FieldProblem("number", "is required: 1-64 letters, digits, '-', '_' or '.'"));
        }
        text(p, "issuingBody", issuingBody);
        if (holderId == null || !PERSON.matcher(holderId).matches()) {
            p.add(new FieldProblem("holderId", "is required: the holder's person id, 1-64 letters, digits or ._:@-"));
        }
        text(p, "holderName", holderName);
        if (validFrom == null) {
            p.add(new FieldProblem("validFrom", "is required: the first day the credential is valid"));
        }
        if (validUntil == null) {
            p.add(new FieldProblem("validUntil", "is required: the last day the credential is valid"));
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            p.add(new FieldProblem("validUntil", "must not be before validFrom " + validFrom));
        }
        return p;
    }

    private static void text(List<FieldProblem> p, String field, String value) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "is required"));
        } else if (value.length() > 200) {
            p.add(new FieldProblem(field, "must be at most 200 characters; got " + value.length()));
        }
    }

    /** Checks every field, naming each problem. */
    public EnforcementCredential {
        List<FieldProblem> p = problems(number, issuingBody, holderId, holderName, validFrom, validUntil);
        if (!p.isEmpty()) {
            throw new InvalidInspectionException(p);
        }
    }

    /** Whether the credential is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
