package org.gridsafe.entity;

import java.util.Optional;

/**
 * One article of a {@link MajorHazardStandard}: what it applies to and how many items it has.
 *
 * @param standardId the standard
 * @param number the article number (第N条)
 * @param criterionClass management, industry, special, or an article-level rule
 * @param sectorId the sector it applies to, for management and industry articles
 * @param featureId the special risk feature it applies to, for special articles
 * @param zhSubject what it is about, in simplified Chinese
 * @param itemCount how many items (款/项) it lists; 0 for a rule
 * @param text the article's own text or its gist, for rules
 * @param provenance where its structure comes from
 */
public record MajorHazardArticle(
        String standardId,
        int number,
        CriterionClass criterionClass,
        Optional<String> sectorId,
        Optional<String> featureId,
        String zhSubject,
        int itemCount,
        Optional<String> text,
        Provenance provenance) {

    /** Checks every field; only a rule may have no items. */
    public MajorHazardArticle {
        Checks.requireId(standardId, "standardId");
        Checks.requireNonNull(criterionClass, "criterionClass");
        Checks.requireNonNull(sectorId, "sectorId");
        Checks.requireNonNull(featureId, "featureId");
        Checks.requireName(zhSubject, "zhSubject");
        Checks.requireNonNull(text, "text");
        Checks.requireNonNull(provenance, "provenance");
        if (number < 1) {
            throw new InvalidEntityValueException("number", "must be at least 1; got " + number);
        }
        if ((criterionClass == CriterionClass.RULE) != (itemCount == 0) || itemCount < 0) {
            throw new InvalidEntityValueException(
                    "itemCount",
                    "article " + number + ": a rule has 0 items and every other article at least 1; got " + itemCount
                            + " for " + criterionClass);
        }
        if (criterionClass == CriterionClass.SPECIAL && featureId.isEmpty()) {
            throw new InvalidEntityValueException(
                    "featureId", "article " + number + ": a special article names its special risk feature");
        }
    }
}
