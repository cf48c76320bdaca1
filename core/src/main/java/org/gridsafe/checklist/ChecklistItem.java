package org.gridsafe.checklist;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridsafe.entity.Evidence;

/**
 * One item of a checklist (检查项).
 *
 * @param code the item's code, unique in its checklist (e.g. {@code A01}); letters, digits, '.', '-', '_'
 * @param text what is checked, as the source has it
 * @param basis the requirement's legal basis, if the source names one
 * @param answerType how it is answered
 * @param photoRequired whether an answer needs at least one photo
 * @param entityKinds the kinds it applies to ({@code PRODUCTION_UNIT} or a place kind such as
 *     {@code NINE_SMALL}); empty: every kind
 * @param sectors the supervision sectors it applies to; empty: every sector
 * @param onFail what a failure suggests
 * @param evidence how well this item is sourced
 * @param source where this item comes from, when it is not the checklist's own source
 */
public record ChecklistItem(
        String code,
        String text,
        Optional<LegalBasis> basis,
        AnswerType answerType,
        boolean photoRequired,
        Set<String> entityKinds,
        Set<String> sectors,
        FailureSuggestion onFail,
        Evidence evidence,
        Optional<String> source) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public ChecklistItem {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("item code must be 1-32 letters, digits, '.', '-' or '_'; got " + code);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 1000) {
            throw new IllegalArgumentException("item " + code + ": text must be 1-1000 characters");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(answerType, "answerType");
        entityKinds = Set.copyOf(entityKinds);
        sectors = Set.copyOf(sectors);
        Objects.requireNonNull(onFail, "onFail");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether the item applies to an entity of {@code kind} (the entity kind, or the place kind of a
     * place, e.g. {@code NINE_SMALL}) with {@code entitySectors}.
     */
    public boolean appliesTo(Collection<String> kinds, Collection<String> entitySectors) {
        boolean kindFits = entityKinds.isEmpty() || kinds.stream().anyMatch(entityKinds::contains);
        boolean sectorFits = sectors.isEmpty() || entitySectors.stream().anyMatch(sectors::contains);
        return kindFits && sectorFits;
    }

    /** Whether a failure of this item can be answered by fixing it where it was found. */
    public boolean fixableOnSpot() {
        return onFail.kind() == FailureSuggestion.Kind.FIX_ON_SPOT;
    }
}
