package org.gridsafe.casework;

import java.time.LocalDate;
import java.util.Objects;
import org.gridsafe.entity.Licence;

/**
 * The licence a case is about: on a case opened because a licence of an operating unit expired
 * ({@link CaseSource#LICENCE_EXPIRED}), it names the licence, so a rerun of the licence run finds
 * the open case and opens no second one.
 *
 * @param type the licence type's catalog id
 * @param number the licence number
 * @param expires the day it expired
 */
public record CaseLicence(String type, String number, LocalDate expires) {

    public CaseLicence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expires, "expires");
    }

    /** The case's form of {@code licence}, which must have an expiry date. */
    public static CaseLicence of(Licence licence) {
        return new CaseLicence(
                licence.type().id(), licence.number(), licence.expires().orElseThrow());
    }

    /** Whether this names {@code licence} (same type and number). */
    public boolean names(Licence licence) {
        return type.equals(licence.type().id()) && number.equals(licence.number());
    }
}
