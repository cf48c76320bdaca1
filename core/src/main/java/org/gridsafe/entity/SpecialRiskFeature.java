package org.gridsafe.entity;

import java.util.Optional;

/**
 * A special risk feature (专项风险) of a production unit that cuts across industries, such as
 * combustible dust or ammonia refrigeration: the 专项类 of the 工贸 major-hazard criteria and the
 * features local systems track. Catalog data ({@link SpecialRiskFeatureCatalog}), extensible by the
 * host.
 *
 * @param id a stable key, e.g. {@code COMBUSTIBLE_DUST}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param criteriaArticle the article of 应急管理部令第10号 that lists its major hazards, if any
 * @param provenance where the feature comes from
 */
public record SpecialRiskFeature(
        String id, String zhName, String enName, Optional<Integer> criteriaArticle, Provenance provenance) {

    /** Checks every field. */
    public SpecialRiskFeature {
        Checks.requireId(id, "id");
        Checks.requireName(zhName, "zhName");
        Checks.requireName(enName, "enName");
        Checks.requireNonNull(criteriaArticle, "criteriaArticle");
        Checks.requireNonNull(provenance, "provenance");
    }

    @Override
    public String toString() {
        return id + " " + zhName;
    }
}
