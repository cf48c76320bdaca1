package org.gridsafe.entity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a set of major accident hazard criteria (重大事故隐患判定标准), such as
 * 应急管理部令第10号 for 工贸 enterprises. Versions are data: a new order is a new standard whose
 * predecessor names it in {@code repealedBy}.
 *
 * @param id a stable key, e.g. {@code MEM_ORDER_10_2023}
 * @param zhTitle the title in simplified Chinese
 * @param enTitle an English rendering
 * @param documentNumber the document number, e.g. {@code 应急管理部令第10号}
 * @param issuer the issuing body
 * @param published the publication date, if known
 * @param effective the date it took effect, if known
 * @param repealedBy the standard that repealed it, if any
 * @param excludedSectorIds sectors whose own rules apply instead (另有规定的，适用其规定)
 * @param provenance where the metadata comes from
 */
public record MajorHazardStandard(
        String id,
        String zhTitle,
        String enTitle,
        String documentNumber,
        String issuer,
        Optional<LocalDate> published,
        Optional<LocalDate> effective,
        Optional<String> repealedBy,
        Set<String> excludedSectorIds,
        Provenance provenance) {

    /** Checks every field; a standard takes effect no earlier than it is published. */
    public MajorHazardStandard {
        Checks.requireId(id, "id");
        Checks.requireName(zhTitle, "zhTitle");
        Checks.requireName(enTitle, "enTitle");
        Checks.requireName(documentNumber, "documentNumber");
        Checks.requireName(issuer, "issuer");
        Checks.requireNonNull(published, "published");
        Checks.requireNonNull(effective, "effective");
        Checks.requireNonNull(repealedBy, "repealedBy");
        repealedBy.ifPresent(r -> Checks.requireId(r, "repealedBy"));
        excludedSectorIds = Set.copyOf(Checks.requireNonNull(excludedSectorIds, "excludedSectorIds"));
        Checks.requireNonNull(provenance, "provenance");
        if (published.isPresent() && effective.isPresent() && effective.get().isBefore(published.get())) {
            throw new InvalidEntityValueException(
                    "effective", effective.get() + " is before published " + published.get() + " for " + id);
        }
    }

    /** Whether no later standard has repealed this one. */
    public boolean isCurrent() {
        return repealedBy.isEmpty();
    }
}
