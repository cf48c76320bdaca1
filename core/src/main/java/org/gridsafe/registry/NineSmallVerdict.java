package org.gridsafe.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link NineSmallProfile} says of a place's measures ({@link NineSmallClassifier}).
 *
 * @param profileId the profile that decided
 * @param type the 九小场所 type the place declares
 * @param outcome within, outside, not decidable or not covered
 * @param findings why it is outside (each names a measure)
 * @param missing the measures that would decide it, when it is not decidable
 * @param uncovered why the profile does not cover the place, when not covered
 */
public record NineSmallVerdict(
        String profileId,
        NineSmallType type,
        NineSmallOutcome outcome,
        List<Finding> findings,
        Set<PlaceMeasure> missing,
        Optional<String> uncovered) {

    /**
     * One reason: the measure, its value, the limit and a sentence, e.g. {@code floorArea 350 m²
     * exceeds 300 m² for 小商店 under WIDELY_USED}.
     *
     * @param measure the measure at fault
     * @param value its value as stated
     * @param limit the limit
     * @param message the sentence
     */
    public record Finding(PlaceMeasure measure, String value, String limit, String message) {
        public Finding {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(message, "message");
        }
    }

    public NineSmallVerdict {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        missing = Set.copyOf(missing);
        Objects.requireNonNull(uncovered, "uncovered");
    }

    /** Whether the place is refused as a 九小场所 of its type (outside, or not covered). */
    public boolean refuses() {
        return outcome == NineSmallOutcome.OUTSIDE || outcome == NineSmallOutcome.NOT_COVERED;
    }

    /** A sentence saying the verdict. */
    public String message() {
        return switch (outcome) {
            case WITHIN -> type.zhName() + " within the thresholds of " + profileId;
            case OUTSIDE ->
                String.join("; ", findings.stream().map(Finding::message).toList());
            case NOT_COVERED -> uncovered.orElse(profileId + " does not cover " + type.zhName());
            case NOT_DECIDABLE ->
                "not decidable under " + profileId + " for " + type.zhName() + ": "
                        + String.join(
                                ", ",
                                missing.stream()
                                        .sorted()
                                        .map(PlaceMeasure::field)
                                        .toList())
                        + " not known";
        };
    }
}
