package org.gridsafe.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person a production unit names for safety, with the safety training certificate the role needs.
 *
 * @param role principal or safety manager
 * @param name the person's name
 * @param phone how to reach them
 * @param certificateNumber the certificate's number (安全生产知识和管理能力考核合格证)
 * @param nextReview when the certificate is next reviewed (复审)
 */
public record UnitPerson(
        UnitPersonRole role,
        String name,
        Optional<String> phone,
        Optional<String> certificateNumber,
        Optional<LocalDate> nextReview) {

    public UnitPerson {
        FieldRules rules = new FieldRules("");
        rules.notNull(role, "role");
        rules.text(name, "name", FieldRules.MAX_NAME);
        rules.optionalText(phone, "phone", 40);
        rules.optionalText(certificateNumber, "certificateNumber", 100);
        rules.notNull(nextReview, "nextReview");
        if (nextReview != null && nextReview.isPresent() && certificateNumber != null && certificateNumber.isEmpty()) {
            rules.add("nextReview", "a review date needs the certificate number it belongs to");
        }
        rules.throwIfAny();
    }
}
